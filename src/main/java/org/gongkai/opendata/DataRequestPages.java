package org.gongkai.opendata;

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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The public side of data requests: the form of an organisation's data catalog (honeypot field, rate limits per
 * client address and per contact), the receipt with tracking number and query code, and the tracking page. An
 * unknown number and a wrong code get the same answer. A dataset named in an answer is linked only while public.
 */
@Controller
class DataRequestPages {

    private final OrganisationDirectory organisations;
    private final ReceiveDataRequest receive;
    private final DataRequestRateLimit rateLimit;
    private final DataRequestStore store;
    private final DataRequestCodes codes;
    private final DataRequestClock clock;
    private final PublicDatasets published;

    DataRequestPages(OrganisationDirectory organisations, ReceiveDataRequest receive, DataRequestRateLimit rateLimit,
                     DataRequestStore store, DataRequestCodes codes, DataRequestClock clock,
                     PublicDatasets published) {
        this.organisations = organisations;
        this.receive = receive;
        this.rateLimit = rateLimit;
        this.store = store;
        this.codes = codes;
        this.clock = clock;
        this.published = published;
    }

    @GetMapping("/o/{slug}/data/request")
    String form(@PathVariable String slug, Model model) {
        prepare(model, organisation(slug), DataRequestForm.empty(), Map.of());
        return "opendata/request-form";
    }

    @PostMapping("/o/{slug}/data/request")
    String send(@PathVariable String slug, @ModelAttribute DataRequestForm form, HttpServletRequest request,
                HttpServletResponse response, Model model) {
        Organisation o = organisation(slug);
        if (form.robot()) {
            // a person never sees the field; nothing is stored, and the answer does not say why
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            prepare(model, o, form, Map.of("form", "odr.error.rejected"));
            return "opendata/request-form";
        }
        DataRequestDraft draft;
        try {
            draft = form.check();
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            prepare(model, o, form, e.fieldErrors());
            return "opendata/request-form";
        }
        String contact = draft.phone() != null ? draft.phone().replaceAll("[^0-9+]", "") : draft.email();
        if (!rateLimit.tryTake(DataRequestRateLimit.Purpose.SEND, request.getRemoteAddr())
                || !rateLimit.tryTake(DataRequestRateLimit.Purpose.CONTACT, contact)) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            prepare(model, o, form, Map.of("form", "odr.error.rateLimited"));
            return "opendata/request-form";
        }
        model.addAttribute("org", o);
        model.addAttribute("receipt", receive.receive(o.id(), draft));
        return "opendata/request-receipt";
    }

    @GetMapping("/data/requests/track")
    String trackForm() {
        return "opendata/request-track";
    }

    @PostMapping("/data/requests/track")
    String track(@RequestParam(required = false) String trackingNumber, @RequestParam(required = false) String queryCode,
                 HttpServletRequest request, HttpServletResponse response, Model model) {
        model.addAttribute("trackingNumber", trackingNumber);
        if (!rateLimit.tryTake(DataRequestRateLimit.Purpose.LOOKUP, request.getRemoteAddr())) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            model.addAttribute("rateLimited", true);
            return "opendata/request-track";
        }
        String tracking = DataRequestCodes.normaliseTracking(trackingNumber);
        Optional<DataRequest> r = tracking.length() > 32 ? Optional.empty() : store.findByTrackingNumber(tracking);
        boolean ok = codes.matches(DataRequestCodes.normaliseCode(queryCode),
                r.map(DataRequest::queryCodeHash).orElse(null));
        if (!ok || r.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("notFound", true);
            return "opendata/request-track";
        }
        DataRequest found = r.get();
        model.addAttribute("org", organisations.get(found.organisationId()));
        model.addAttribute("request", found);
        model.addAttribute("urgency", clock.urgency(found));
        model.addAttribute("dataset", found.datasetId() == null || found.open() ? null
                : published.find(found.datasetId()).orElse(null));
        return "opendata/request-track";
    }

    private Organisation organisation(String slug) {
        return organisations.findBySlug(slug.strip()).orElseThrow(() -> new NotFoundException("organisation", slug));
    }

    private static void prepare(Model model, Organisation o, DataRequestForm form, Map<String, String> errors) {
        Map<String, String> ordered = new LinkedHashMap<>();
        DataRequestForm.FIELDS.stream().filter(errors::containsKey).forEach(f -> ordered.put(f, errors.get(f)));
        errors.forEach(ordered::putIfAbsent);
        model.addAttribute("org", o);
        model.addAttribute("form", form);
        model.addAttribute("errors", ordered);
        model.addAttribute("limits", Map.of("title", DataRequestForm.TITLE_MAX,
                "description", DataRequestForm.DESCRIPTION_MAX, "purpose", DataRequestForm.PURPOSE_MAX,
                "name", DataRequestForm.NAME_MAX, "phone", DataRequestForm.PHONE_MAX,
                "email", DataRequestForm.EMAIL_MAX));
    }
}
