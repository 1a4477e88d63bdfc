package org.gongkai.identity;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.List;

/** The back office's landing page. */
@Controller
class DashboardPages {

    private final OrganisationDirectory directory;
    private final List<DashboardNotes> notes;
    private final WorkList workList;

    DashboardPages(OrganisationDirectory directory, List<DashboardNotes> notes, WorkList workList) {
        this.directory = directory;
        this.notes = notes;
        this.workList = workList;
    }

    @GetMapping("/admin")
    String dashboard(StaffUser user, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("organisation", directory.get(user.organisationId()));
        model.addAttribute("waiting", workList.waitingFor(user));
        model.addAttribute("notes", notes.stream().flatMap(n -> n.notesFor(user).stream()).toList());
        return "identity/dashboard";
    }
}
