package org.gongkai.identity;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The back office's landing page. */
@Controller
class DashboardController {

    private final OrganisationDirectory directory;

    DashboardController(OrganisationDirectory directory) {
        this.directory = directory;
    }

    @GetMapping("/admin")
    String dashboard(StaffUser user, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("organisation", directory.get(user.organisationId()));
        return "identity/dashboard";
    }
}
