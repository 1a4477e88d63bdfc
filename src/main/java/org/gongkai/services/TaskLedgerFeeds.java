package org.gongkai.services;

import jakarta.servlet.http.HttpServletRequest;
import org.gongkai.identity.Organisation;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.platform.web.NotFoundException;
import org.gongkai.portal.AtomFeed;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.time.LocalDate;
import java.util.List;

/**
 * The Atom feed of a site's published ledger tasks (its organisation and those below it), newest change first: an
 * entry changes when the task, a milestone or a published progress update does, and says where the task stands.
 */
@Controller
class TaskLedgerFeeds {

    static final int SIZE = 30;

    private final TaskLedgerStore store;
    private final OrganisationDirectory organisations;
    private final ManageTaskLedger manage;

    TaskLedgerFeeds(TaskLedgerStore store, OrganisationDirectory organisations, ManageTaskLedger manage) {
        this.store = store;
        this.organisations = organisations;
        this.manage = manage;
    }

    @GetMapping("/o/{slug}/tasks/feed.atom")
    ResponseEntity<String> atom(@PathVariable String slug, HttpServletRequest request) {
        Organisation org = organisations.findBySlug(slug).orElseThrow(() -> new NotFoundException("site", slug));
        LocalDate today = manage.today();
        List<LedgerTask> tasks = store.list(new TaskLedgerStore.Filter(organisations.subtreeIds(org.id()), null, null,
                false, today), "t.updated_at desc", 1, SIZE, true).items();
        String base = ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
        List<AtomFeed.Entry> entries = tasks.stream().map(t -> new AtomFeed.Entry(base + "/tasks/" + t.id(),
                t.year() + " · " + t.code() + ". " + t.title(), t.updatedAt(),
                organisations.get(t.organisationId()).name(), summary(t, today))).toList();
        return AtomFeed.response(org.name() + " · 重点工作任务", base + "/o/" + org.slug() + "/tasks/feed.atom",
                base + "/o/" + org.slug() + "/tasks", entries);
    }

    private static String summary(LedgerTask t, LocalDate today) {
        StringBuilder s = new StringBuilder("牵头单位：").append(t.leadUnit()).append("；完成时限：").append(t.deadline())
                .append("；状态：").append(TaskLedgerValidation.LABELS.get(t.status()));
        if (t.percent() != null) {
            s.append("；完成进度 ").append(t.percent()).append('%');
        }
        if (t.overdueOn(today)) {
            s.append("；已逾期");
        }
        return s.toString();
    }
}
