package org.gongkai.application;

import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.web.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.LocalDate;
import java.util.List;

/** The disclosure office's queue of applications, filtered by status, flag and text. */
@Controller
class ApplicationQueuePages {

    static final int PAGE_SIZE = 30;

    private final ApplicationStore store;
    private final OfficeAccess access;
    private final OrganisationDirectory organisations;
    private final ClockKeeper clock;
    private final Today today;

    ApplicationQueuePages(ApplicationStore store, OfficeAccess access, OrganisationDirectory organisations,
                          ClockKeeper clock, Today today) {
        this.store = store;
        this.access = access;
        this.organisations = organisations;
        this.clock = clock;
        this.today = today;
    }

    @GetMapping("/admin/applications")
    String queue(StaffUser user, @RequestParam(required = false) Long org, @RequestParam(required = false) String status,
                 @RequestParam(required = false) String flag, @RequestParam(required = false) String q,
                 @RequestParam(required = false) Boolean open, @RequestParam(required = false) Integer page,
                 Model model) {
        long orgId = org == null ? user.organisationId() : org;
        access.requireRead(user, orgId);
        QueueFilter filter = QueueFilter.of(status, flag, q, open);
        if (filter.status() != null) {
            ApplicationStatus.valueOf(filter.status());
        }
        if (filter.flag() != null && !QueueFilter.FLAGS.contains(filter.flag())) {
            throw new IllegalArgumentException("flag");
        }
        Page<QueueRow> rows = store.queue(List.of(orgId), filter, Page.clamp(page), PAGE_SIZE);
        LocalDate now = today.date();
        List<QueueItem> items = rows.items().stream().map(r -> QueueItem.of(r, now, clock)).toList();
        model.addAttribute("organisation", organisations.get(orgId));
        model.addAttribute("organisations", organisations.subtree(user.organisationId()));
        model.addAttribute("rows", rows);
        model.addAttribute("items", items);
        model.addAttribute("filter", filter);
        model.addAttribute("statuses", ApplicationStatus.values());
        model.addAttribute("canAct", access.canAct(user, orgId));
        return "application/queue";
    }
}
