package org.gongkai.university;

import org.gongkai.identity.Organisation;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.platform.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.time.LocalDate;

/**
 * A university's public disclosure-list page: every item of the list with the published column and documents that
 * satisfy it, the responsible office, the last update and its clock, missing and overdue items flagged as they are,
 * and the university's annual reports. Only what is published is shown ({@link Boards#forPublic}).
 */
@Controller
class BoardPages {

    private final Boards boards;
    private final OrganisationDirectory organisations;

    BoardPages(Boards boards, OrganisationDirectory organisations) {
        this.boards = boards;
        this.organisations = organisations;
    }

    @GetMapping("/o/{slug}/disclosure-list")
    String board(@PathVariable String slug, Model model) {
        Organisation org = organisations.findBySlug(slug).filter(Boards::isUniversity)
                .orElseThrow(() -> new NotFoundException("disclosure board", slug));
        LocalDate today = boards.today();
        model.addAttribute("org", org);
        model.addAttribute("board", boards.forPublic(org, today));
        model.addAttribute("today", today);
        model.addAttribute("clockDays", BoardEditing.CLOCK_WORKING_DAYS);
        return "university/board";
    }
}
