package org.gongkai.integrity.web;

import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.platform.audit.StaffAction;
import org.gongkai.identity.OrganisationAccess;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.integrity.CleanedDocument;
import org.gongkai.integrity.ImportAccepted;
import org.gongkai.integrity.OriginalPage;
import org.gongkai.integrity.PageCleaner;
import org.gongkai.platform.web.ConflictException;
import org.gongkai.platform.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import java.nio.charset.Charset;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Back-office import of outside pages (editors of the organisation): paste or upload, see the cleaned document
 * beside the original with what was removed and the scores, then accept — which publishes {@link ImportAccepted}
 * for the documents module to make a draft from (nothing listens yet).
 */
@Controller
class ImportPages {

    private final PageCleaner cleaner;
    private final ImportStore store;
    private final OrganisationAccess access;
    private final ApplicationEventPublisher events;
    private final IntegrityLimits limits;

    ImportPages(PageCleaner cleaner, ImportStore store, OrganisationAccess access, ApplicationEventPublisher events,
                     IntegrityLimits limits) {
        this.cleaner = cleaner;
        this.store = store;
        this.access = access;
        this.events = events;
        this.limits = limits;
    }

    @GetMapping("/admin/import")
    String form(StaffUser user, Model model) {
        access.requireRole(user, user.organisationId(), Role.EDITOR);
        model.addAttribute("maxKb", limits.maxPageBytes / 1024);
        return "integrity/import";
    }

    @PostMapping("/admin/import")
    @Transactional
    String upload(StaffUser user, @RequestParam(required = false) String text,
                  @RequestParam(required = false) MultipartFile file, Model model, HttpServletResponse response) {
        access.requireRole(user, user.organisationId(), Role.EDITOR);
        Map<String, String> errors = new LinkedHashMap<>();
        SubmittedPage page = SubmittedPage.from(text, file, limits.maxPageBytes, errors);
        if (page == null) {
            model.addAttribute("errors", errors);
            model.addAttribute("text", text);
            model.addAttribute("maxKb", limits.maxPageBytes / 1024);
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "integrity/import";
        }
        CleanedDocument doc = cleaner.clean(page.bytes(), page.fileName());
        long id = store.save(user.organisationId(), user.id(), page.fileName(), page.bytes(), doc.originalSha256());
        events.publishEvent(new StaffAction(user.id(), user.username(), user.organisationId(), "integrity.import.clean",
                "integrity_import", String.valueOf(id), Map.of(),
                Map.of("sha256", doc.originalSha256(), "title", String.valueOf(doc.title()))));
        return "redirect:/admin/import/" + id;
    }

    @GetMapping("/admin/import/{id}")
    String show(StaffUser user, @PathVariable long id, Model model) {
        ImportStore.Stored stored = load(user, id);
        CleanedDocument doc = cleaner.clean(stored.original(), stored.fileName());
        model.addAttribute("stored", stored);
        model.addAttribute("doc", doc);
        model.addAttribute("originalText", new String(stored.original(), Charset.forName(doc.charset())));
        return "integrity/import-result";
    }

    @PostMapping("/admin/import/{id}/accept")
    @Transactional
    String accept(StaffUser user, @PathVariable long id) {
        ImportStore.Stored stored = load(user, id);
        if (!store.accept(id, user.id())) {
            throw new ConflictException("integrity.import.alreadyAccepted");
        }
        CleanedDocument doc = cleaner.clean(stored.original(), stored.fileName());
        events.publishEvent(new StaffAction(user.id(), user.username(), user.organisationId(), "integrity.import.accept",
                "integrity_import", String.valueOf(id), Map.of(), Map.of("sha256", stored.sha256())));
        events.publishEvent(new ImportAccepted(doc, user,
                new OriginalPage(id, stored.fileName(), stored.original(), stored.sha256())));
        return "redirect:/admin/import/" + id + "?accepted";
    }

    private ImportStore.Stored load(StaffUser user, long id) {
        access.requireRole(user, user.organisationId(), Role.EDITOR);
        ImportStore.Stored stored = store.find(id).orElseThrow(() -> new NotFoundException("integrity_import", id));
        access.requireEdit(user, stored.organisationId());
        return stored;
    }
}
