package org.gongkai.application;

import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.web.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The reply letter as PDF, for delivery by post or e-mail; without a Chinese font, a clear 503 page instead. */
@Controller
class ReplyLetterFiles {

    private final ApplicationStore store;
    private final OfficeAccess access;
    private final OrganisationDirectory organisations;
    private final ReplyLetter letters;
    private final ReplyLetterPdf pdf;
    private final MessageSource messages;

    ReplyLetterFiles(ApplicationStore store, OfficeAccess access, OrganisationDirectory organisations,
                             ReplyLetter letters, ReplyLetterPdf pdf, MessageSource messages) {
        this.store = store;
        this.access = access;
        this.organisations = organisations;
        this.letters = letters;
        this.pdf = pdf;
        this.messages = messages;
    }

    @GetMapping("/admin/applications/{id}/letter.pdf")
    Object letterPdf(StaffUser user, @PathVariable long id, Model model, HttpServletResponse response) {
        DisclosureApplication app = store.get(id);
        access.requireRead(user, app.organisationId());
        if (app.outcome() == null) {
            throw new NotFoundException("letter", id);
        }
        var bytes = pdf.render(letters.letter(app, organisations.get(app.organisationId())));
        if (bytes.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            model.addAttribute("status", HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            model.addAttribute("message", messages.getMessage("app.letter.pdf.noFont", null, LocaleContextHolder.getLocale()));
            model.addAttribute("fields", Map.of());
            return "platform/error";
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("告知书-" + app.trackingNumber() + ".pdf", StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(bytes.get());
    }
}
