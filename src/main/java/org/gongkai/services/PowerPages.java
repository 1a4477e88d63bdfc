package org.gongkai.services;

import org.gongkai.identity.Organisation;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.platform.web.NotFoundException;
import org.gongkai.platform.web.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;

/**
 * The public lists of powers and approval items of a site (its organisation and those below), and an item's page
 * with its current edition and public change history. Read only through {@code svc_public_power_edition}.
 */
@Controller
class PowerPages {

    static final int PAGE_SIZE = 50;

    private final PowerStore store;
    private final OrganisationDirectory organisations;

    PowerPages(PowerStore store, OrganisationDirectory organisations) {
        this.store = store;
        this.organisations = organisations;
    }

    @GetMapping("/o/{slug}/powers")
    String list(@PathVariable String slug, @RequestParam(required = false) String list,
                @RequestParam(required = false) String q, @RequestParam(required = false) Integer page, Model model) {
        Organisation site = organisations.findBySlug(slug).orElseThrow(() -> new NotFoundException("site", slug));
        PowerList l = PowerList.parse(list);
        String query = q == null || q.isBlank() ? null : q.strip().substring(0, Math.min(50, q.strip().length()));
        List<Long> ids = organisations.subtreeIds(site.id());
        Page<PowerEdition> rows = store.publicList(ids, l == null ? PowerList.POWER : l, query, Page.clamp(page), PAGE_SIZE);
        model.addAttribute("org", site);
        model.addAttribute("list", l == null ? PowerList.POWER : l);
        model.addAttribute("lists", PowerList.values());
        model.addAttribute("counts", store.publicCounts(ids));
        model.addAttribute("q", query);
        model.addAttribute("rows", rows);
        return "services/powers";
    }

    @GetMapping("/powers/{id}")
    String item(@PathVariable long id, Model model) {
        List<PowerEdition> editions = store.publicEditions(id);
        if (editions.isEmpty()) {
            throw new NotFoundException("power", id);
        }
        model.addAttribute("current", editions.get(0));
        model.addAttribute("org", organisations.get(editions.get(0).organisationId()));
        model.addAttribute("history", PowerHistory.of(editions));
        return "services/power";
    }
}
