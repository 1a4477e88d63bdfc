package org.gongkai.consultation;

import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.identity.OrganisationAccess;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.Zones;
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

/** The back-office form that extends a consultation's period or reopens it, with the public reason. */
@Controller
class ExtensionPages {

    private final DraftConsultation drafts;
    private final ExtendConsultation extend;
    private final OrganisationAccess access;

    ExtensionPages(DraftConsultation drafts, ExtendConsultation extend, OrganisationAccess access) {
        this.drafts = drafts;
        this.extend = extend;
        this.access = access;
    }

    @GetMapping("/admin/consultations/{id}/extensions/new")
    String form(StaffUser user, @PathVariable long id, Model model) {
        Consultation c = drafts.get(user, id);
        access.requireRole(user, c.organisationId(), Role.PUBLISHER);
        String closes = ConsultationInput.LOCAL.format(c.closesAt().atZone(Zones.CHINA).plusDays(15));
        return form(model, c, closes, null, Map.of(), null);
    }

    @PostMapping("/admin/consultations/{id}/extensions")
    String save(StaffUser user, @PathVariable long id, @RequestParam(required = false) String closesAt,
                @RequestParam(required = false) String reason, HttpServletResponse response, Model model) {
        Consultation c = drafts.get(user, id);
        try {
            extend.extend(user, id, closesAt, reason);
            return "redirect:/admin/consultations/" + id + "?extended";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(model, c, closesAt, reason, e.fieldErrors(), null);
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return form(model, c, closesAt, reason, Map.of(), e.getMessage());
        }
    }

    private static String form(Model model, Consultation c, String closesAt, String reason, Map<String, String> errors,
                               String problem) {
        model.addAttribute("c", c);
        model.addAttribute("closesAt", closesAt);
        model.addAttribute("reason", reason);
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        return "consultation/extend-form";
    }
}
