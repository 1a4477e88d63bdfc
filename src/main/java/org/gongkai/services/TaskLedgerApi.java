package org.gongkai.services;

import org.gongkai.identity.Organisation;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.platform.web.InvalidInputException;
import org.gongkai.platform.web.NotFoundException;
import org.gongkai.platform.web.Page;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The public JSON API of the task ledger (under {@code /api/v1/public/}, open without a token): a site's published
 * tasks for a year with the roll-up per organisation, and one task with its milestones, published progress and
 * history. Read only through the public views, as the pages are.
 */
@RestController
class TaskLedgerApi {

    static final int MAX_SIZE = 100;

    private final TaskLedgerStore store;
    private final OrganisationDirectory organisations;
    private final ManageTaskLedger manage;

    TaskLedgerApi(TaskLedgerStore store, OrganisationDirectory organisations, ManageTaskLedger manage) {
        this.store = store;
        this.organisations = organisations;
        this.manage = manage;
    }

    @GetMapping("/api/v1/public/tasks/{site}")
    Map<String, Object> tasks(@PathVariable String site, @RequestParam(required = false) Integer year,
                              @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        Organisation o = organisations.findBySlug(site).orElseThrow(() -> new NotFoundException("site", site));
        int pageSize = size == null ? 50 : size;
        if (pageSize < 1 || pageSize > MAX_SIZE) {
            throw InvalidInputException.of("size", "svc.error.size");
        }
        List<Long> ids = organisations.subtreeIds(o.id());
        List<Integer> years = store.publicYears(ids);
        int y = year != null ? year : years.isEmpty() ? manage.today().getYear() : years.get(0);
        LocalDate today = manage.today();
        Page<LedgerTask> rows = store.list(new TaskLedgerStore.Filter(ids, y, null, false, today),
                "t.deadline, t.organisation_id, t.code", Page.clamp(page), pageSize, true);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("year", y);
        out.put("years", years);
        out.put("rollUp", store.rollUp(ids, y, today, true).stream().map(r -> map("organisation",
                organisations.get(r.organisationId()).name(), "total", r.total(), "done", r.done(),
                "inProgress", r.inProgress(), "overdue", r.overdue())).toList());
        out.put("page", rows.page());
        out.put("size", rows.size());
        out.put("total", rows.total());
        out.put("tasks", rows.items().stream().map(t -> summary(t, today)).toList());
        return out;
    }

    @GetMapping("/api/v1/public/tasks/items/{id}")
    Map<String, Object> task(@PathVariable long id) {
        LedgerTask t = store.findPublic(id).orElseThrow(() -> new NotFoundException("task", id));
        LocalDate today = manage.today();
        Map<String, Object> out = summary(t, today);
        out.put("milestones", store.milestones(id).stream().map(m -> map("title", m.title(), "due", m.due().toString(),
                "doneOn", m.doneOn() == null ? null : m.doneOn().toString(), "overdue", m.overdueOn(today))).toList());
        out.put("progress", store.progress(id, true).stream().map(p -> map("reportedOn", p.reportedOn().toString(),
                "percent", p.percent(), "summary", p.summary(), "evidence", p.evidence(),
                "publishedAt", p.publishedAt().toString())).toList());
        out.put("history", store.changes(id, true).stream().map(c -> map("at", c.at().toString(), "action", c.action(),
                "was", c.was(), "now", c.now())).toList());
        return out;
    }

    private Map<String, Object> summary(LedgerTask t, LocalDate today) {
        Map<String, Object> m = map("id", t.id(), "url", "/tasks/" + t.id(),
                "organisation", organisations.get(t.organisationId()).name(), "year", t.year(), "code", t.code(),
                "title", t.title(), "source", t.source(), "leadUnit", t.leadUnit(), "coUnits", t.coUnits());
        m.put("deadline", t.deadline().toString());
        m.put("status", t.status().name());
        m.put("doneOn", t.doneOn() == null ? null : t.doneOn().toString());
        m.put("percent", t.percent());
        m.put("overdue", t.overdueOn(today));
        m.put("doneLate", t.doneLate());
        m.put("publishedAt", t.publishedAt().toString());
        return m;
    }

    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
