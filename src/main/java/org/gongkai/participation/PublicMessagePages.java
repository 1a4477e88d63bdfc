package org.gongkai.participation;

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
 * The public side of messages: the form of an organisation (honeypot field, rate limits per client address and per
 * contact, the size limits), the receipt with tracking number and query code, and the page where the writer follows
 * the exchange with them. An unknown number and a wrong code get the same answer.
 */
@Controller
class PublicMessagePages {

    private final OrganisationDirectory organisations;
    private final ReceiveMessage receive;
    private final MessageRateLimit rateLimit;
    private final MessageStore store;
    private final MessageCodes codes;
    private final RateReply rateReply;
    private final MessageAttachments attachments;

    PublicMessagePages(OrganisationDirectory organisations, ReceiveMessage receive, MessageRateLimit rateLimit,
                       MessageStore store, MessageCodes codes, RateReply rateReply, MessageAttachments attachments) {
        this.attachments = attachments;
        this.rateReply = rateReply;
        this.organisations = organisations;
        this.receive = receive;
        this.rateLimit = rateLimit;
        this.store = store;
        this.codes = codes;
    }

    @GetMapping("/messages")
    String form(@RequestParam(required = false) String org, Model model) {
        if (org == null || org.isBlank()) {
            model.addAttribute("organisations", organisations.all());
            return "participation/choose";
        }
        prepare(model, organisation(org), MessageForm.empty(), Map.of());
        return "participation/write";
    }

    @PostMapping("/messages")
    String send(@RequestParam String org, @ModelAttribute MessageForm form,
                @RequestParam(name = "files", required = false) List<MultipartFile> files, HttpServletRequest request,
                HttpServletResponse response, Model model) {
        Organisation o = organisation(org);
        if (form.robot()) {
            // a person never sees the field; nothing is stored, and the answer does not say why
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            prepare(model, o, form, Map.of("form", "msg.error.rejected"));
            return "participation/write";
        }
        MessageDraft draft = null;
        List<MessageAttachments.Checked> checked = List.of();
        Map<String, String> errors = new LinkedHashMap<>();
        try {
            draft = form.check();
        } catch (InvalidInputException e) {
            errors.putAll(e.fieldErrors());
        }
        try {
            checked = MessageAttachments.check(files);
        } catch (InvalidInputException e) {
            errors.putAll(e.fieldErrors());
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            prepare(model, o, form, errors);
            return "participation/write";
        }
        String contact = draft.phone() != null ? draft.phone().replaceAll("[^0-9+]", "") : draft.email();
        if (!rateLimit.tryTake(MessageRateLimit.Purpose.SEND, request.getRemoteAddr())
                || !rateLimit.tryTake(MessageRateLimit.Purpose.CONTACT, contact)) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            prepare(model, o, form, Map.of("form", "msg.error.rateLimited"));
            return "participation/write";
        }
        model.addAttribute("org", o);
        Long account = MessageAccounts.signedIn(request.getSession(false));
        model.addAttribute("receipt", receive.receive(o.id(), draft, checked, account));
        model.addAttribute("inAccount", account != null);
        return "participation/receipt";
    }

    @GetMapping("/messages/track")
    String trackForm() {
        return "participation/track";
    }

    @PostMapping("/messages/track")
    String track(@RequestParam(required = false) String trackingNumber, @RequestParam(required = false) String queryCode,
                 HttpServletRequest request, HttpServletResponse response, Model model) {
        find(trackingNumber, queryCode, request, response, model).ifPresent(m -> show(m, queryCode, model));
        return "participation/track";
    }

    @PostMapping("/messages/track/rate")
    String rate(@RequestParam(required = false) String trackingNumber, @RequestParam(required = false) String queryCode,
                @RequestParam(required = false) String rating, @RequestParam(required = false) String ratingComment,
                HttpServletRequest request, HttpServletResponse response, Model model) {
        Optional<CitizenMessage> m = find(trackingNumber, queryCode, request, response, model);
        if (m.isPresent()) {
            try {
                rateReply.rate(m.get(), rating, ratingComment);
                model.addAttribute("rated", true);
            } catch (InvalidInputException e) {
                response.setStatus(HttpStatus.BAD_REQUEST.value());
                model.addAttribute("errors", e.fieldErrors());
                model.addAttribute("typedComment", ratingComment);
            }
            show(store.find(m.get().id()).orElseThrow(), queryCode, model);
        }
        return "participation/track";
    }

    @PostMapping("/messages/track/second-look")
    String secondLook(@RequestParam(required = false) String trackingNumber,
                      @RequestParam(required = false) String queryCode,
                      @RequestParam(required = false) String secondLookReason, HttpServletRequest request,
                      HttpServletResponse response, Model model) {
        Optional<CitizenMessage> m = find(trackingNumber, queryCode, request, response, model);
        if (m.isPresent()) {
            try {
                rateReply.askSecondLook(m.get(), secondLookReason);
                model.addAttribute("secondLookAsked", true);
            } catch (InvalidInputException e) {
                response.setStatus(HttpStatus.BAD_REQUEST.value());
                model.addAttribute("errors", e.fieldErrors());
                model.addAttribute("typedReason", secondLookReason);
            }
            show(store.find(m.get().id()).orElseThrow(), queryCode, model);
        }
        return "participation/track";
    }

    /** The message for its tracking number and code, or the same "not found" whichever of them is wrong. */
    private Optional<CitizenMessage> find(String trackingNumber, String queryCode, HttpServletRequest request,
                                          HttpServletResponse response, Model model) {
        model.addAttribute("trackingNumber", trackingNumber);
        if (!rateLimit.tryTake(MessageRateLimit.Purpose.LOOKUP, request.getRemoteAddr())) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            model.addAttribute("rateLimited", true);
            return Optional.empty();
        }
        String tracking = MessageCodes.normaliseTracking(trackingNumber);
        Optional<CitizenMessage> m = tracking.length() > 24 ? Optional.empty() : store.findByTrackingNumber(tracking);
        boolean ok = codes.matches(MessageCodes.normaliseCode(queryCode), m.map(CitizenMessage::queryCodeHash).orElse(null));
        if (!ok || m.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("notFound", true);
            return Optional.empty();
        }
        return m;
    }

    private void show(CitizenMessage m, String queryCode, Model model) {
        model.addAttribute("org", organisations.get(m.organisationId()));
        model.addAttribute("message", m);
        model.addAttribute("queryCode", queryCode);
        model.addAttribute("history", store.history(m.id(), true));
        model.addAttribute("attachments", attachments.of(m.id()));
        model.addAttribute("ratings", Rating.values());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
    }

    private Organisation organisation(String slug) {
        return organisations.findBySlug(slug.strip()).orElseThrow(() -> new NotFoundException("organisation", slug));
    }

    private static void prepare(Model model, Organisation o, MessageForm form, Map<String, String> errors) {
        Map<String, String> ordered = new LinkedHashMap<>();
        java.util.stream.Stream.concat(MessageForm.FIELDS.stream(), java.util.stream.Stream.of("files")).filter(errors::containsKey).forEach(f -> ordered.put(f, errors.get(f)));
        errors.forEach(ordered::putIfAbsent);
        model.addAttribute("org", o);
        model.addAttribute("form", form);
        model.addAttribute("errors", ordered);
        model.addAttribute("types", MessageType.values());
        model.addAttribute("limits", Map.of("subject", MessageForm.SUBJECT_MAX, "body", MessageForm.BODY_MAX,
                "name", MessageForm.NAME_MAX, "phone", MessageForm.PHONE_MAX, "email", MessageForm.EMAIL_MAX));
        model.addAttribute("maxFiles", MessageAttachments.MAX_FILES);
        model.addAttribute("maxMegabytes", MessageAttachments.MAX_BYTES / (1024 * 1024));
    }
}
