package org.gongkai.services;

import org.gongkai.document.PublishedDocuments;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.portal.SiteContribution;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.LongPredicate;

/**
 * What this module adds to the public sites, one row a kind of record with public pages: its link in a site's
 * navigation once the organisation has anything of that kind public, and its newest public addresses in the sitemap.
 * The rows stand in the order the links have in a site's navigation; the sitemap takes them in the same order, each
 * from what the ones before it left of {@code max}.
 */
@Component
class ServicesSite implements SiteContribution {

    /**
     * A kind's part of the sites: the link's message key and path under the site ({@code /o/<slug>/<path>}),
     * whether an organisation has any of it public, and up to n public addresses the newest first.
     */
    record Kind(String labelKey, String path, LongPredicate anyPublic, IntFunction<List<Url>> newest) {
    }

    private final OrganisationDirectory organisations;
    private final List<Kind> kinds;

    ServicesSite(OrganisationDirectory organisations, CleanUpStore cleanUps, DeputyReplyStore replies,
                 EmergencyStore emergencies, GuideStore guides, PowerStore powers, RandomInspectionStore inspections,
                 TaskLedgerStore tasks, WorkPlanStore workPlans, PublishedDocuments documents) {
        this.organisations = organisations;
        this.kinds = List.of(
                new Kind("svc.cleanup.section", "cleanups", cleanUps::anyPublic, max -> cleanUps.newestPublic(max)
                        .stream().map(c -> new Url("/cleanups/" + c.id(), c.updatedAt())).toList()),
                new Kind("svc.reply.section", "replies", replies::anyPublic, max -> replies.newestPublic(max)
                        .stream().map(r -> new Url("/replies/" + r.id(), r.updatedAt())).toList()),
                new Kind("svc.emergency.section", "emergency", emergencies::anyPublic, max -> emergencies.newestPublic(max)
                        .stream().map(r -> new Url((String) r[0], (Instant) r[1])).toList()),
                new Kind("svc.guide.section", "services", guides::anyPublic, max -> guides.newestPublic(max)
                        .stream().map(g -> new Url("/services/" + g.serviceId(), g.publishedAt())).toList()),
                new Kind("svc.power.section", "powers", powers::anyPublic, max -> powers.newestPublic(max)
                        .stream().map(e -> new Url("/powers/" + e.powerId(), e.publishedAt())).toList()),
                new Kind("svc.section", "inspections", inspections::anyPublic, max -> inspections.newestPublic(max)
                        .stream().map(p -> new Url("/inspections/" + p.id(), p.updatedAt())).toList()),
                new Kind("svc.task.section", "tasks", tasks::anyPublic, max -> tasks.newestPublic(max)
                        .stream().map(t -> new Url("/tasks/" + t.id(), t.updatedAt())).toList()),
                new Kind("svc.plan.section", "work-plans", org -> anyWorkPlanShown(workPlans, documents, org),
                        max -> workPlanPages(workPlans, documents, max)));
    }

    @Override
    public List<Link> sections(long organisationId) {
        return organisations.find(organisationId).map(o -> kinds.stream().filter(k -> k.anyPublic().test(organisationId))
                .map(k -> new Link(k.labelKey(), "/o/" + o.slug() + "/" + k.path())).toList()).orElse(List.of());
    }

    @Override
    public List<Url> sitemap(int max) {
        List<Url> urls = new ArrayList<>();
        for (Kind k : kinds) {
            urls.addAll(k.newest().apply(Math.max(0, max - urls.size())));
        }
        return urls;
    }

    /** A work plan is a link to a document: the organisation has some public while one of those is published. */
    private static boolean anyWorkPlanShown(WorkPlanStore store, PublishedDocuments documents, long organisationId) {
        List<Long> ids = store.of(List.of(organisationId)).stream().map(WorkPlan::documentId).toList();
        return !ids.isEmpty() && !documents.publishedAmong(ids).isEmpty();
    }

    /**
     * The work-plans page of each organisation with a link to a published document, dated by its newest such link
     * (the documents are in the sitemap already).
     */
    private List<Url> workPlanPages(WorkPlanStore store, PublishedDocuments documents, int max) {
        List<WorkPlan> links = store.newest(max);
        Set<Long> shown = documents.publishedAmong(links.stream().map(WorkPlan::documentId).toList());
        Map<Long, Instant> newest = new LinkedHashMap<>();
        links.stream().filter(l -> shown.contains(l.documentId()))
                .forEach(l -> newest.merge(l.organisationId(), l.linkedAt(), (a, b) -> a.isAfter(b) ? a : b));
        return newest.entrySet().stream().flatMap(e -> organisations.find(e.getKey()).stream()
                .map(o -> new Url("/o/" + o.slug() + "/work-plans", e.getValue()))).toList();
    }
}
