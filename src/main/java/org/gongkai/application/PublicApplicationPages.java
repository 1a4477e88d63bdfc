package org.gongkai.application;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.identity.Organisation;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.platform.web.InvalidInputException;
import org.gongkai.platform.web.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The public side: the application form of an organisation, the receipt with tracking number and query code, and
 * the status page (tracking number + code → status, due date, the applicant's part of the timeline, the reply
 * letter). Both forms are rate-limited per client address; the application form also has a honeypot field.
 */
@Controller
class PublicApplicationPages {

    private final OrganisationDirectory organisations;
    private final ReceiveApplication receive;
    private final ApplicantFiles files;
    private final RateLimit rateLimit;
    private final ApplicantAccounts accounts;
    private final ApplicantLookup lookup;
    private final ApplicationStore store;
    private final RequestCorrection correction;
    private final ReplyLetter letters;
    private final ReplyFileStore replyFiles;

    PublicApplicationPages(OrganisationDirectory organisations, ReceiveApplication receive, ApplicantFiles files,
                                RateLimit rateLimit, ApplicantLookup lookup, ApplicationStore store,
                                RequestCorrection correction, ReplyLetter letters,
                                ReplyFileStore replyFiles, ApplicantAccounts accounts) {
        this.replyFiles = replyFiles;
        this.accounts = accounts;
        this.organisations = organisations;
        this.receive = receive;
        this.files = files;
        this.rateLimit = rateLimit;
        this.lookup = lookup;
        this.store = store;
        this.correction = correction;
        this.letters = letters;
    }

    @GetMapping("/apply")
    String form(@RequestParam(required = false) String org, Model model) {
        if (org == null || org.isBlank()) {
            model.addAttribute("organisations", organisations.all());
            return "application/choose";
        }
        Organisation o = organisations.findBySlug(org).orElseThrow(() -> new NotFoundException("organisation", org));
        prepare(model, o, ApplicationForm.empty(), Map.of());
        return "application/apply";
    }

    @PostMapping("/apply")
    String submit(@RequestParam String org, @ModelAttribute ApplicationForm form,
                  @RequestParam(name = "files", required = false) MultipartFile[] uploads,
                  HttpServletRequest request, HttpServletResponse response, Model model) {
        Organisation o = organisations.findBySlug(org).orElseThrow(() -> new NotFoundException("organisation", org));
        if (form.website() != null && !form.website().isEmpty()) {
            // a person never sees the field; nothing is stored, and the answer does not say why
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            prepare(model, o, form, Map.of("form", "app.error.rejected"));
            return "application/apply";
        }
        FormValidation v = new FormValidation();
        FormValidation.Parts parts = v.check(form);
        Map<String, String> errors = new LinkedHashMap<>(v.errors);
        List<ApplicantFiles.Upload> checked = files.check(uploads, errors);
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            prepare(model, o, form, errors);
            return "application/apply";
        }
        if (!rateLimit.tryTake(RateLimit.Purpose.SUBMIT, request.getRemoteAddr())) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            prepare(model, o, form, Map.of("form", "app.error.rateLimited"));
            return "application/apply";
        }
        ReceiveApplication.Receipt receipt = receive.online(o, parts, checked);
        Long account = MyApplicationPages.signedIn(request.getSession(false));
        if (account != null) {
            accounts.link(account, receipt.id());
            model.addAttribute("linkedToAccount", true);
        }
        model.addAttribute("org", o);
        model.addAttribute("receipt", receipt);
        return "application/receipt";
    }

    private void prepare(Model model, Organisation o, ApplicationForm form, Map<String, String> errors) {
        model.addAttribute("org", o);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("applicantTypes", ApplicantType.values());
        model.addAttribute("idTypes", IdType.values());
        model.addAttribute("deliveries", Delivery.values());
        model.addAttribute("maxFiles", ApplicantFiles.MAX_FILES);
        model.addAttribute("maxMb", files.maxBytes() / (1024 * 1024));
    }

    @GetMapping("/apply/status")
    String statusForm() {
        return "application/status";
    }

    @PostMapping("/apply/status")
    String status(@RequestParam(required = false) String trackingNumber, @RequestParam(required = false) String queryCode,
                  HttpServletRequest request, HttpServletResponse response, Model model) {
        Optional<DisclosureApplication> app = find(trackingNumber, queryCode, request, response, model);
        app.ifPresent(a -> show(a, queryCode, model));
        return "application/status";
    }

    @PostMapping("/apply/status/correction")
    String correct(@RequestParam(required = false) String trackingNumber, @RequestParam(required = false) String queryCode,
                   @RequestParam(required = false) String correctionText,
                   HttpServletRequest request, HttpServletResponse response, Model model) {
        Optional<DisclosureApplication> app = find(trackingNumber, queryCode, request, response, model);
        if (app.isPresent()) {
            try {
                correction.byApplicant(app.get().id(), correctionText);
                model.addAttribute("corrected", true);
            } catch (InvalidInputException e) {
                response.setStatus(HttpStatus.BAD_REQUEST.value());
                model.addAttribute("errors", e.fieldErrors());
            }
            show(store.get(app.get().id()), queryCode, model);
        }
        return "application/status";
    }

    private Optional<DisclosureApplication> find(String trackingNumber, String queryCode, HttpServletRequest request,
                                                 HttpServletResponse response, Model model) {
        model.addAttribute("trackingNumber", trackingNumber);
        if (!rateLimit.tryTake(RateLimit.Purpose.LOOKUP, request.getRemoteAddr())) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            model.addAttribute("rateLimited", true);
            return Optional.empty();
        }
        Optional<DisclosureApplication> app = lookup.find(trackingNumber, queryCode);
        if (app.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("notFound", true);
        }
        return app;
    }

    private void show(DisclosureApplication app, String queryCode, Model model) {
        Organisation o = organisations.get(app.organisationId());
        model.addAttribute("org", o);
        model.addAttribute("app", app);
        model.addAttribute("queryCode", queryCode);
        model.addAttribute("timeline", store.timeline(app.id(), true));
        if (app.outcome() != null) {
            model.addAttribute("letter", letters.letter(app, o));
            model.addAttribute("replyFiles", replyFiles.list(app.id()));
        }
    }
}
