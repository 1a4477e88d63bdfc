package org.gongkai.services;

import org.gongkai.identity.Organisation;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.platform.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.time.Instant;
import java.util.List;

/**
 * The public emergency information of a site (its organisation and those below): warnings in force first, then
 * past ones, then the published emergency plans; a warning's page with its handling updates and CAP links; a plan's
 * page. Drafts never show.
 */
@Controller
class EmergencyPages {

    private final EmergencyStore store;
    private final OrganisationDirectory organisations;
    private final ManageEmergencies manage;

    EmergencyPages(EmergencyStore store, OrganisationDirectory organisations, ManageEmergencies manage) {
        this.store = store;
        this.organisations = organisations;
        this.manage = manage;
    }

    @GetMapping("/o/{slug}/emergency")
    String list(@PathVariable String slug, Model model) {
        Organisation site = organisations.findBySlug(slug).orElseThrow(() -> new NotFoundException("site", slug));
        List<Long> ids = organisations.subtreeIds(site.id());
        Instant now = manage.now();
        List<WarningState> states = store.warnings(ids, true, 100).stream()
                .map(w -> new WarningState(w, store.updates(w.id()))).toList();
        model.addAttribute("org", site);
        model.addAttribute("current", states.stream().filter(s -> s.inForce(now)).toList());
        model.addAttribute("past", states.stream().filter(s -> !s.inForce(now)).toList());
        model.addAttribute("plans", store.plans(ids, true));
        return "services/emergency";
    }

    @GetMapping("/warnings/{id}")
    String warning(@PathVariable long id, Model model) {
        EmergencyWarning w = store.publicWarning(id).orElseThrow(() -> new NotFoundException("warning", id));
        WarningState s = new WarningState(w, store.updates(id));
        model.addAttribute("org", organisations.get(w.organisationId()));
        model.addAttribute("state", s);
        model.addAttribute("inForce", s.inForce(manage.now()));
        return "services/warning";
    }

    @GetMapping("/emergency-plans/{id}")
    String plan(@PathVariable long id, Model model) {
        EmergencyPlan p = store.publicPlan(id).orElseThrow(() -> new NotFoundException("emergency plan", id));
        model.addAttribute("org", organisations.get(p.organisationId()));
        model.addAttribute("plan", p);
        return "services/emergency-plan";
    }
}
