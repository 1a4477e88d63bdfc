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
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/** The back office of hearings: the notice form, and one hearing's registrations, choice of participants and record. */
@Controller
class HearingPages {

    private final DraftConsultation drafts;
    private final Hearings hearings;
    private final HearingStore store;
    private final OrganisationAccess access;
    private final Clock clock;

    HearingPages(DraftConsultation drafts, Hearings hearings, HearingStore store, OrganisationAccess access, Clock clock) {
        this.drafts = drafts;
        this.hearings = hearings;
        this.store = store;
        this.access = access;
        this.clock = clock;
    }

    @GetMapping("/admin/consultations/{id}/hearings/new")
    String newForm(StaffUser user, @PathVariable long id, Model model) {
        Consultation c = drafts.get(user, id);
        access.requireRole(user, c.organisationId(), Role.PUBLISHER);
        return form(model, c, HearingInput.blank(), Map.of(), null);
    }

    @PostMapping("/admin/consultations/{id}/hearings")
    String create(StaffUser user, @PathVariable long id, @ModelAttribute HearingInput in, HttpServletResponse response,
                  Model model) {
        Consultation c = drafts.get(user, id);
        try {
            long hearing = hearings.schedule(user, id, in);
            return "redirect:/admin/consultations/" + id + "/hearings/" + hearing + "?saved";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(model, c, in, e.fieldErrors(), null);
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return form(model, c, in, Map.of(), e.getMessage());
        }
    }

    @GetMapping("/admin/consultations/{id}/hearings/{hearingId}")
    String show(StaffUser user, @PathVariable long id, @PathVariable long hearingId, Model model) {
        Consultation c = drafts.get(user, id);
        return page(user, c, hearings.hearingOf(c, hearingId), model, Map.of(), null, null);
    }

    @PostMapping("/admin/consultations/{id}/hearings/{hearingId}/selection")
    String select(StaffUser user, @PathVariable long id, @PathVariable long hearingId,
                  @RequestParam(name = "selected", required = false) List<String> selected,
                  HttpServletResponse response, Model model) {
        Consultation c = drafts.get(user, id);
        Hearing h = hearings.hearingOf(c, hearingId);
        try {
            hearings.select(user, id, hearingId, selected);
            return "redirect:/admin/consultations/" + id + "/hearings/" + hearingId + "?selected";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(user, c, h, model, e.fieldErrors(), null, null);
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return page(user, c, h, model, Map.of(), e.getMessage(), null);
        }
    }

    @PostMapping("/admin/consultations/{id}/hearings/{hearingId}/record")
    String record(StaffUser user, @PathVariable long id, @PathVariable long hearingId,
                  @RequestParam(required = false) String record, HttpServletResponse response, Model model) {
        Consultation c = drafts.get(user, id);
        Hearing h = hearings.hearingOf(c, hearingId);
        try {
            hearings.publishRecord(user, id, hearingId, record);
            return "redirect:/admin/consultations/" + id + "/hearings/" + hearingId + "?recorded";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(user, c, h, model, e.fieldErrors(), null, record);
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return page(user, c, h, model, Map.of(), e.getMessage(), record);
        }
    }

    private String page(StaffUser user, Consultation c, Hearing h, Model model, Map<String, String> errors,
                        String problem, String record) {
        model.addAttribute("c", c);
        model.addAttribute("h", h);
        model.addAttribute("registrations", store.registrations(h.id()));
        model.addAttribute("now", clock.instant());
        model.addAttribute("canSelect", access.canEdit(user, c.organisationId()) && user.hasAny(Role.EDITOR, Role.PUBLISHER));
        model.addAttribute("canPublish", access.canEdit(user, c.organisationId()) && user.has(Role.PUBLISHER));
        model.addAttribute("record", record);
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        return "consultation/hearing";
    }

    private static String form(Model model, Consultation c, HearingInput in, Map<String, String> errors, String problem) {
        model.addAttribute("c", c);
        model.addAttribute("input", in);
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        return "consultation/hearing-form";
    }
}
