package org.gongkai.participation;

import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.web.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The incident forms: record one, add a statement or press conference to its timeline, close it. Invalid input
 * re-renders the page with the message next to the field (400); a stale version is a 409.
 */
@Controller
class IncidentActions {

    private final HandleIncident handle;
    private final IncidentPages pages;

    IncidentActions(HandleIncident handle, IncidentPages pages) {
        this.handle = handle;
        this.pages = pages;
    }

    @PostMapping("/admin/incidents")
    String record(StaffUser user, @RequestParam(required = false) String source,
                  @RequestParam(required = false) String sourceUrl, @RequestParam(required = false) String summary,
                  @RequestParam(required = false) String severity, @RequestParam(required = false) String discoveredAt,
                  HttpServletResponse response, Model model) {
        IncidentForm form = new IncidentForm(source, sourceUrl, summary, severity, discoveredAt);
        try {
            long id = handle.record(user, form);
            return "redirect:/admin/incidents/" + id + "?done=recorded";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            pages.fillForm(model, form, e.fieldErrors());
            return "participation/incident-form";
        }
    }

    @PostMapping("/admin/incidents/{id}/statements")
    String statement(StaffUser user, @PathVariable long id, @RequestParam int version,
                     @RequestParam(required = false) String kind, @RequestParam(required = false) String documentId,
                     @RequestParam(required = false) String title, @RequestParam(required = false) String heldAt,
                     @RequestParam(required = false) String place, HttpServletResponse response, Model model) {
        StatementForm form = new StatementForm(kind, documentId, title, heldAt, place);
        try {
            handle.addStatement(user, id, version, form);
            return "redirect:/admin/incidents/" + id + "?done=statement";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            pages.fill(model, user, handle.readable(user, id), form, null, e.fieldErrors());
            return "participation/incident";
        }
    }

    @PostMapping("/admin/incidents/{id}/close")
    String close(StaffUser user, @PathVariable long id, @RequestParam int version,
                 @RequestParam(required = false) String reviewNote, HttpServletResponse response, Model model) {
        try {
            handle.close(user, id, version, reviewNote);
            return "redirect:/admin/incidents/" + id + "?done=closed";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            pages.fill(model, user, handle.readable(user, id), StatementForm.blank(), reviewNote, e.fieldErrors());
            return "participation/incident";
        }
    }
}
