package org.gongkai.application;

import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.web.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.LinkedHashMap;
import java.util.Map;

/** The office's settings: the correction period it gives applicants (Art. 30 leaves it to the organisation). */
@Controller
class ApplicationSettingsPages {

    private final ApplicationStore store;
    private final OfficeAccess access;
    private final OrganisationDirectory organisations;

    ApplicationSettingsPages(ApplicationStore store, OfficeAccess access, OrganisationDirectory organisations) {
        this.store = store;
        this.access = access;
        this.organisations = organisations;
    }

    @GetMapping("/admin/applications/settings")
    String settings(StaffUser user, Model model) {
        access.requireRead(user, user.organisationId());
        model.addAttribute("organisation", organisations.get(user.organisationId()));
        model.addAttribute("correctionDays", store.correctionWorkingDays(user.organisationId()));
        model.addAttribute("canAct", access.canAct(user, user.organisationId()));
        return "application/settings";
    }

    @PostMapping("/admin/applications/settings")
    String saveSettings(StaffUser user, @RequestParam(required = false) Integer correctionDays) {
        access.requireAct(user, user.organisationId());
        if (correctionDays == null || correctionDays < 1 || correctionDays > 60) {
            Map<String, String> errors = new LinkedHashMap<>();
            errors.put("correctionDays", "app.error.correctionDays");
            throw new InvalidInputException(errors);
        }
        store.setCorrectionWorkingDays(user.organisationId(), correctionDays);
        return "redirect:/admin/applications/settings";
    }
}
