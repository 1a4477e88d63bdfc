package org.gongkai.services;

import org.gongkai.document.PublishedDocument;
import org.gongkai.document.PublishedDocuments;
import org.gongkai.identity.Organisation;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.platform.web.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The public JSON of work plans and summaries (年度工作计划 · 总结): a site's links (optionally of one year) to their
 * published documents, paged, and the public history of the links. A link whose document is not public now is left
 * out, as on the page.
 */
@RestController
class WorkPlanApi {

    record Link(String organisation, int year, String kind, long document, String documentUrl, String documentTitle,
                Instant linkedAt, String tasksUrl) {
    }

    record Listing(String site, Integer year, int page, int size, long total, List<Link> items) {
    }

    record Change(String organisation, int year, String kind, int edition, Instant publishedAt, Long document,
                  String documentUrl, String documentTitle) {
    }

    private final WorkPlanStore store;
    private final TaskLedgerStore tasks;
    private final PublishedDocuments documents;
    private final OrganisationDirectory organisations;
    private final PublicHistories histories;

    WorkPlanApi(WorkPlanStore store, TaskLedgerStore tasks, PublishedDocuments documents,
                OrganisationDirectory organisations, PublicHistories histories) {
        this.store = store;
        this.tasks = tasks;
        this.documents = documents;
        this.organisations = organisations;
        this.histories = histories;
    }

    @GetMapping("/api/v1/public/work-plans/{site}")
    Listing list(@PathVariable String site, @RequestParam(required = false) String year,
                 @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        Organisation o = site(site);
        int pageSize = ServicesApis.size(size);
        Integer y = ServicesForms.year(year);
        List<Long> ids = organisations.subtreeIds(o.id());
        List<WorkPlan> plans = store.of(ids).stream().filter(p -> y == null || p.year() == y).toList();
        Map<Long, PublishedDocument> shown = WorkPlanAdminPages.documents(documents, plans);
        List<Integer> taskYears = tasks.publicYears(ids);
        List<Link> links = plans.stream().filter(p -> shown.containsKey(p.documentId())).map(p -> {
            Organisation owner = organisations.get(p.organisationId());
            return new Link(owner.name(), p.year(), p.kind().name(), p.documentId(), "/documents/" + p.documentId(),
                    shown.get(p.documentId()).title(), p.linkedAt(),
                    taskYears.contains(p.year()) ? "/o/" + owner.slug() + "/tasks?year=" + p.year() : null);
        }).toList();
        int p = org.gongkai.platform.web.Page.clamp(page);
        int from = Math.min(links.size(), (p - 1) * pageSize);
        return new Listing(o.slug(), y, p, pageSize, links.size(),
                links.subList(from, Math.min(links.size(), from + pageSize)));
    }

    /** The newest published link changes (at most 200), newest first. */
    @GetMapping("/api/v1/public/work-plans/{site}/history")
    List<Change> history(@PathVariable String site) {
        Organisation o = site(site);
        return histories.workPlans(organisations.subtreeIds(o.id()), 200).stream().map(c -> new Change(
                organisations.get(c.organisationId()).name(), c.year(), c.kind().name(), c.editionNo(),
                c.publishedAt(), c.documentId(), c.documentId() == null ? null : "/documents/" + c.documentId(),
                c.documentTitle())).toList();
    }

    private Organisation site(String slug) {
        return organisations.findBySlug(slug).orElseThrow(() -> new NotFoundException("site", slug));
    }
}
