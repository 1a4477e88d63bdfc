package org.gongkai.consultation;

import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.identity.OrganisationAccess;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.web.ConflictException;
import org.gongkai.platform.web.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Map;
import java.util.stream.Collectors;

/** The back-office forms for a new version of a draft and for the final text. */
@Controller
class VersionPages {

    private final DraftConsultation drafts;
    private final ReviseDraft revise;
    private final ConsultationStore store;
    private final OrganisationAccess access;

    VersionPages(DraftConsultation drafts, ReviseDraft revise, ConsultationStore store, OrganisationAccess access) {
        this.drafts = drafts;
        this.revise = revise;
        this.store = store;
        this.access = access;
    }

    @GetMapping("/admin/consultations/{id}/versions/new")
    String newVersion(StaffUser user, @PathVariable long id, Model model) {
        Consultation c = publisher(user, id);
        return form(model, c, false, null, current(id), null, Map.of(), null);
    }

    @PostMapping("/admin/consultations/{id}/versions")
    String saveVersion(StaffUser user, @PathVariable long id, @RequestParam(required = false) String note,
                       @RequestParam(required = false) String draftText, HttpServletResponse response, Model model) {
        Consultation c = drafts.get(user, id);
        try {
            revise.newVersion(user, id, note, draftText);
            return "redirect:/admin/consultations/" + id + "?version#versions";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(model, c, false, note, draftText, null, e.fieldErrors(), null);
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return form(model, c, false, note, draftText, null, Map.of(), e.getMessage());
        }
    }

    @GetMapping("/admin/consultations/{id}/final/new")
    String newFinal(StaffUser user, @PathVariable long id, Model model) {
        Consultation c = publisher(user, id);
        return form(model, c, true, null, current(id), null, Map.of(), null);
    }

    @PostMapping("/admin/consultations/{id}/final")
    String saveFinal(StaffUser user, @PathVariable long id, @RequestParam(required = false) String note,
                     @RequestParam(required = false) String draftText,
                     @RequestParam(required = false) String decisionDocument, HttpServletResponse response, Model model) {
        Consultation c = drafts.get(user, id);
        try {
            revise.recordFinal(user, id, note, draftText, decisionDocument);
            return "redirect:/admin/consultations/" + id + "?final#final";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(model, c, true, note, draftText, decisionDocument, e.fieldErrors(), null);
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return form(model, c, true, note, draftText, decisionDocument, Map.of(), e.getMessage());
        }
    }

    private Consultation publisher(StaffUser user, long id) {
        Consultation c = drafts.get(user, id);
        access.requireRole(user, c.organisationId(), Role.PUBLISHER);
        return c;
    }

    private String current(long id) {
        return store.passages(id).stream().map(Passage::body).collect(Collectors.joining("\n\n"));
    }

    private static String form(Model model, Consultation c, boolean fin, String note, String text, String document,
                               Map<String, String> errors, String problem) {
        model.addAttribute("c", c);
        model.addAttribute("fin", fin);
        model.addAttribute("note", note);
        model.addAttribute("text", text);
        model.addAttribute("decisionDocument", document);
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        return "consultation/version-form";
    }
}
