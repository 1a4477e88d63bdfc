package org.gongkai.integrity.web;

import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.web.ForbiddenException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Staff see which outside copies the public checked. Checks are platform-wide (the public page is not per
 * organisation), so the list is for staff of a root organisation only, whatever their role (administrators,
 * auditors and disclosure staff alike: the rows hold no personal data, only hashed addresses).
 */
@Controller
class MirrorCheckAdminPages {

    private static final int PAGE = 50;

    private final MirrorCheckLog log;
    private final OrganisationDirectory organisations;

    MirrorCheckAdminPages(MirrorCheckLog log, OrganisationDirectory organisations) {
        this.log = log;
        this.organisations = organisations;
    }

    @GetMapping("/admin/mirror-checks")
    String list(StaffUser user, @RequestParam(defaultValue = "1") int page, Model model) {
        // a root organisation is its own whole ancestry (the walk up is done in SQL)
        if (organisations.ancestry(user.organisationId()).size() != 1) {
            throw new ForbiddenException("integrity.access.rootOnly");
        }
        int p = Math.max(1, page);
        long total = log.count();
        model.addAttribute("checks", log.latest(PAGE, (p - 1) * PAGE));
        model.addAttribute("page", p);
        model.addAttribute("pages", Math.max(1, (total + PAGE - 1) / PAGE));
        model.addAttribute("total", total);
        return "integrity/mirror-checks";
    }
}
