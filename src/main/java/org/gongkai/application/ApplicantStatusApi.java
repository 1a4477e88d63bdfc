package org.gongkai.application;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.gongkai.identity.Organisation;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.platform.web.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * POST /api/v1/public/applications/status: the status page as JSON, under the same rules (tracking number + query
 * code in the body, never in the URL; a wrong code and an unknown number give the same 404; rate-limited per
 * client address together with the page).
 */
@RestController
@Tag(name = "applications")
class ApplicantStatusApi {

    /** The request body. */
    record Query(String trackingNumber, String queryCode) {
    }

    record Event(String at, String kind, String label, String note) {
    }

    record Outcome(String code, String label, String reportRow) {
    }

    record Attachment(long id, String name, String mediaType, long sizeBytes) {
    }

    record Delivered(String method, String label, String on) {
    }

    record Status(String trackingNumber, String organisation, String status, String statusLabel, String receivedOn,
                  String dueOn, boolean dueProvisional, String correctionDueOn, List<Event> history, Outcome outcome,
                  String repliedOn, String letterText, List<Attachment> attachments, List<Delivered> deliveries) {
    }

    /** The kinds whose note the applicant sees (as on the status page). */
    private static final Set<String> NOTE_KINDS = Set.of("correctionRequested", "extensionApproved", "feeNoticed");

    private final RateLimit rateLimit;
    private final ApplicantLookup lookup;
    private final ApplicationStore store;
    private final ReplyFileStore replyFiles;
    private final OrganisationDirectory organisations;
    private final ReplyLetter letters;
    private final LetterText letterText;
    private final MessageSource messages;

    ApplicantStatusApi(RateLimit rateLimit, ApplicantLookup lookup, ApplicationStore store, ReplyFileStore replyFiles,
                       OrganisationDirectory organisations, ReplyLetter letters, LetterText letterText,
                       MessageSource messages) {
        this.rateLimit = rateLimit;
        this.lookup = lookup;
        this.store = store;
        this.replyFiles = replyFiles;
        this.organisations = organisations;
        this.letters = letters;
        this.letterText = letterText;
        this.messages = messages;
    }

    @Operation(summary = "An applicant's view of their application (tracking number + query code)")
    @PostMapping("/api/v1/public/applications/status")
    ResponseEntity<?> status(@RequestBody(required = false) Query query, HttpServletRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        if (!rateLimit.tryTake(RateLimit.Purpose.LOOKUP, request.getRemoteAddr())) {
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                    .body(Map.of("status", 429, "message", msg(locale, "app.status.rateLimited")));
        }
        Query q = query == null ? new Query(null, null) : query;
        DisclosureApplication app = lookup.find(q.trackingNumber(), q.queryCode())
                .orElseThrow(() -> new NotFoundException("application", "?"));
        return ResponseEntity.ok().header("Cache-Control", "no-store").body(view(app, locale));
    }

    private Status view(DisclosureApplication app, Locale locale) {
        Organisation org = organisations.get(app.organisationId());
        List<Event> history = store.timeline(app.id(), true).stream()
                .map(e -> new Event(e.at().toString(), e.kind(), msg(locale, e.labelKey()),
                        e.kind().equals("answered") ? msg(locale, "app.outcome." + e.note())
                                : NOTE_KINDS.contains(e.kind()) || e.kind().equals("delivery") ? e.note() : null))
                .toList();
        Outcome outcome = null;
        String text = null;
        List<Attachment> attachments = List.of();
        if (app.outcome() != null) {
            outcome = new Outcome(app.outcome().name(), msg(locale, app.outcome().labelKey()), app.outcome().reportRow());
            text = letterText.text(letters.letter(app, org), locale);
            attachments = replyFiles.list(app.id()).stream()
                    .map(f -> new Attachment(f.id(), f.originalName(), f.mediaType(), f.sizeBytes())).toList();
        }
        List<Delivered> deliveries = replyFiles.deliveries(app.id()).stream()
                .map(d -> new Delivered(d.method().name(), msg(locale, d.method().labelKey()), d.deliveredOn().toString()))
                .toList();
        return new Status(app.trackingNumber(), org.name(), app.status().name(), msg(locale, app.status().labelKey()),
                str(app.receivedOn()), app.status().open() ? str(app.dueOn()) : null, app.dueProvisional(),
                str(app.correctionDueOn()), history, outcome, str(app.repliedOn()), text, attachments, deliveries);
    }

    private String msg(Locale locale, String key) {
        return messages.getMessage(key, null, key, locale);
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }
}
