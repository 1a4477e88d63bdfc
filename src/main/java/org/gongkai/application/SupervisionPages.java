package org.gongkai.application;

import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.StaffUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.time.LocalDate;
import java.util.List;

/**
 * The supervision dashboard: the flagged (near due, overdue) applications of the user's organisation and of every
 * organisation below it that the user may read, with who holds each one.
 */
@Controller
class SupervisionPages {

    private final ApplicationStore store;
    private final OfficeAccess access;
    private final OrganisationDirectory organisations;
    private final ClockKeeper clock;
    private final Today today;

    SupervisionPages(ApplicationStore store, OfficeAccess access, OrganisationDirectory organisations,
                          ClockKeeper clock, Today today) {
        this.store = store;
        this.access = access;
        this.organisations = organisations;
        this.clock = clock;
        this.today = today;
    }

    @GetMapping("/admin/applications/supervision")
    String dashboard(StaffUser user, Model model) {
        access.requireRead(user, user.organisationId());
        List<Long> orgs = organisations.subtreeIds(user.organisationId()).stream()
                .filter(id -> access.canRead(user, id)).toList();
        LocalDate now = today.date();
        List<QueueItem> items = store.flagged(orgs).stream().map(r -> QueueItem.of(r, now, clock)).toList();
        model.addAttribute("organisation", organisations.get(user.organisationId()));
        model.addAttribute("overdue", items.stream().filter(i -> "OVERDUE".equals(i.row().flag())).toList());
        model.addAttribute("near", items.stream().filter(i -> "NEAR".equals(i.row().flag())).toList());
        return "application/supervision";
    }
}
