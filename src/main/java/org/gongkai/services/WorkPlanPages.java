package org.gongkai.services;

import org.gongkai.document.PublishedDocument;
import org.gongkai.document.PublishedDocuments;
import org.gongkai.identity.Organisation;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.platform.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The public page of work plans and summaries: per year, each organisation's plan and summary (only while their
 * documents are published) beside a link to that year's ledger tasks.
 */
@Controller
class WorkPlanPages {

    static final int HISTORY_SIZE = 50;

    private final WorkPlanStore store;
    private final TaskLedgerStore tasks;
    private final PublishedDocuments documents;
    private final OrganisationDirectory organisations;
    private final PublicHistories histories;

    WorkPlanPages(WorkPlanStore store, TaskLedgerStore tasks, PublishedDocuments documents,
                  OrganisationDirectory organisations, PublicHistories histories) {
        this.histories = histories;
        this.store = store;
        this.tasks = tasks;
        this.documents = documents;
        this.organisations = organisations;
    }

    /** One organisation's year: its plan and summary (either may be missing). */
    record Row(int year, Organisation organisation, PublishedDocument plan, PublishedDocument summary) {
    }

    @GetMapping("/o/{slug}/work-plans")
    String list(@PathVariable String slug, Model model) {
        Organisation site = organisations.findBySlug(slug).orElseThrow(() -> new NotFoundException("site", slug));
        List<Long> ids = organisations.subtreeIds(site.id());
        List<WorkPlan> plans = store.of(ids);
        Map<Long, PublishedDocument> docs = WorkPlanAdminPages.documents(documents, plans);
        Map<String, PublishedDocument[]> rows = new LinkedHashMap<>();
        for (WorkPlan p : plans) {
            PublishedDocument d = docs.get(p.documentId());
            if (d != null) {
                rows.computeIfAbsent(p.year() + "/" + p.organisationId(), k -> new PublishedDocument[2])
                        [p.kind() == WorkPlan.Kind.PLAN ? 0 : 1] = d;
            }
        }
        List<Row> list = new ArrayList<>();
        rows.forEach((key, pair) -> {
            String[] parts = key.split("/");
            list.add(new Row(Integer.parseInt(parts[0]), organisations.get(Long.parseLong(parts[1])), pair[0], pair[1]));
        });
        model.addAttribute("org", site);
        model.addAttribute("rows", list);
        model.addAttribute("taskYears", tasks.publicYears(ids));
        List<PublicHistories.LinkChange> history = histories.workPlans(ids, HISTORY_SIZE);
        Map<Long, String> names = new java.util.HashMap<>();
        history.forEach(c -> names.computeIfAbsent(c.organisationId(), id -> organisations.get(id).name()));
        model.addAttribute("history", history);
        model.addAttribute("names", names);
        return "services/workplans";
    }
}
