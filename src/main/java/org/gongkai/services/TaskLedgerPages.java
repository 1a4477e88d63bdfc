package org.gongkai.services;

import org.gongkai.document.PublishedDocument;
import org.gongkai.document.PublishedDocuments;
import org.gongkai.identity.Organisation;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.platform.web.NotFoundException;
import org.gongkai.platform.web.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The public side of the task ledger: a site's key tasks for a year (its organisation and those below it), with the
 * roll-up per organisation and overdue tasks flagged; a task's page with its milestones and published progress on
 * one timeline, and its history. Read only through the {@code svc_public_task} and {@code svc_public_progress} views.
 */
@Controller
class TaskLedgerPages {

    static final int PAGE_SIZE = 50;

    private final TaskLedgerStore store;
    private final OrganisationDirectory organisations;
    private final PublishedDocuments documents;
    private final ManageTaskLedger manage;

    TaskLedgerPages(TaskLedgerStore store, OrganisationDirectory organisations, PublishedDocuments documents,
                    ManageTaskLedger manage) {
        this.store = store;
        this.organisations = organisations;
        this.documents = documents;
        this.manage = manage;
    }

    /** One point of a task's timeline: a milestone or a published progress update. */
    record Point(LocalDate on, TaskMilestone milestone, TaskProgress progress, PublishedDocument evidence) {
    }

    @GetMapping("/o/{slug}/tasks")
    String list(@PathVariable String slug, @RequestParam(required = false) Integer year,
                @RequestParam(required = false) boolean overdue, @RequestParam(required = false) Integer page,
                Model model) {
        Organisation site = organisations.findBySlug(slug).orElseThrow(() -> new NotFoundException("site", slug));
        List<Long> ids = organisations.subtreeIds(site.id());
        List<Integer> years = store.publicYears(ids);
        int y = year != null && years.contains(year) ? year : years.isEmpty() ? manage.today().getYear() : years.get(0);
        LocalDate today = manage.today();
        Page<LedgerTask> rows = store.list(new TaskLedgerStore.Filter(ids, y, null, overdue, today),
                "t.deadline, t.organisation_id, t.code", Page.clamp(page), PAGE_SIZE, true);
        model.addAttribute("org", site);
        model.addAttribute("year", y);
        model.addAttribute("years", years);
        model.addAttribute("overdue", overdue);
        model.addAttribute("today", today);
        model.addAttribute("rows", rows);
        model.addAttribute("names", rows.items().stream().map(t -> organisations.get(t.organisationId()).name()).toList());
        List<TaskLedgerStore.RollUp> rollUp = store.rollUp(ids, y, today, true);
        model.addAttribute("rollUp", rollUp.stream()
                .map(r -> new Object[]{organisations.get(r.organisationId()), r}).toList());
        model.addAttribute("totals", new TaskLedgerStore.RollUp(site.id(),
                rollUp.stream().mapToInt(TaskLedgerStore.RollUp::total).sum(),
                rollUp.stream().mapToInt(TaskLedgerStore.RollUp::done).sum(),
                rollUp.stream().mapToInt(TaskLedgerStore.RollUp::inProgress).sum(),
                rollUp.stream().mapToInt(TaskLedgerStore.RollUp::overdue).sum()));
        return "services/tasks";
    }

    @GetMapping("/tasks/{id}")
    String task(@PathVariable long id, Model model) {
        LedgerTask t = store.findPublic(id).orElseThrow(() -> new NotFoundException("task", id));
        List<TaskProgress> progress = store.progress(id, true);
        Map<Long, PublishedDocument> evidence = documents.findAll(progress.stream()
                        .map(TaskProgress::evidenceDocument).filter(java.util.Objects::nonNull).distinct().toList())
                .stream().filter(d -> !d.withdrawn())
                .collect(Collectors.toMap(PublishedDocument::documentId, Function.identity()));
        List<Point> timeline = new ArrayList<>();
        store.milestones(id).forEach(m -> timeline.add(new Point(m.doneOn() != null ? m.doneOn() : m.due(), m, null, null)));
        progress.forEach(p -> timeline.add(new Point(p.reportedOn(), null, p,
                p.evidenceDocument() == null ? null : evidence.get(p.evidenceDocument()))));
        timeline.sort(Comparator.comparing(Point::on));
        model.addAttribute("org", organisations.get(t.organisationId()));
        model.addAttribute("task", t);
        model.addAttribute("today", manage.today());
        model.addAttribute("timeline", timeline);
        model.addAttribute("changes", store.changes(id, true));
        return "services/task";
    }
}
