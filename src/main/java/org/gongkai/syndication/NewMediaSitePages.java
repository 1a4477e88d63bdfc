package org.gongkai.syndication;

import org.gongkai.identity.Organisation;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.platform.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A site's list of its official new-media accounts (政务新媒体), for telling real accounts from impostors. */
@Controller
class NewMediaSitePages {

    private final NewMediaRegister register;
    private final OrganisationDirectory organisations;

    NewMediaSitePages(NewMediaRegister register, OrganisationDirectory organisations) {
        this.register = register;
        this.organisations = organisations;
    }

    @GetMapping("/o/{slug}/new-media")
    String list(@PathVariable String slug, Model model) {
        Organisation org = organisations.findBySlug(slug).orElseThrow(() -> new NotFoundException("site", slug));
        model.addAttribute("org", org);
        model.addAttribute("accounts", register.of(org.id()));
        return "syndication/new-media-site";
    }
}
