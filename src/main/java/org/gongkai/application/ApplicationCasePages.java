package org.gongkai.application;

import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** One application's back-office page, and the reply letter as the applicant receives it. */
@Controller
class ApplicationCasePages {

    private final ApplicationCaseModel page;
    private final ApplicationStore store;
    private final OfficeAccess access;
    private final OrganisationDirectory organisations;
    private final ReplyLetter letters;

    ApplicationCasePages(ApplicationCaseModel page, ApplicationStore store, OfficeAccess access,
                         OrganisationDirectory organisations, ReplyLetter letters) {
        this.page = page;
        this.store = store;
        this.access = access;
        this.organisations = organisations;
        this.letters = letters;
    }

    @GetMapping("/admin/applications/{id}")
    String detail(StaffUser user, @PathVariable long id, Model model) {
        return page.fill(user, id, model);
    }

    @GetMapping("/admin/applications/{id}/letter")
    String letter(StaffUser user, @PathVariable long id, Model model) {
        DisclosureApplication app = store.get(id);
        access.requireRead(user, app.organisationId());
        if (app.outcome() == null) {
            throw new NotFoundException("letter", id);
        }
        model.addAttribute("letter", letters.letter(app, organisations.get(app.organisationId())));
        return "application/letter";
    }
}
