package org.gongkai.services;

import org.gongkai.document.PublishedDocuments;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.portal.SiteContribution;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The work plans' link in a site's navigation, while one of the organisation's linked documents is published, and in
 * the sitemap the work-plans page of each organisation with such a link (the documents are there already).
 */
@Component
class WorkPlanSite implements SiteContribution {

    private final WorkPlanStore store;
    private final PublishedDocuments documents;
    private final OrganisationDirectory organisations;

    WorkPlanSite(WorkPlanStore store, PublishedDocuments documents, OrganisationDirectory organisations) {
        this.store = store;
        this.documents = documents;
        this.organisations = organisations;
    }

    @Override
    public List<Link> sections(long organisationId) {
        List<Long> ids = store.of(List.of(organisationId)).stream().map(WorkPlan::documentId).toList();
        if (ids.isEmpty() || documents.publishedAmong(ids).isEmpty()) {
            return List.of();
        }
        return organisations.find(organisationId)
                .map(o -> List.of(new Link("svc.plan.section", "/o/" + o.slug() + "/work-plans"))).orElse(List.of());
    }

    @Override
    public List<Url> sitemap(int max) {
        List<WorkPlan> links = store.newest(max);
        java.util.Set<Long> shown = documents.publishedAmong(links.stream().map(WorkPlan::documentId).toList());
        java.util.Map<Long, java.time.Instant> newest = new java.util.LinkedHashMap<>();
        links.stream().filter(l -> shown.contains(l.documentId()))
                .forEach(l -> newest.merge(l.organisationId(), l.linkedAt(), (a, b) -> a.isAfter(b) ? a : b));
        return newest.entrySet().stream().flatMap(e -> organisations.find(e.getKey()).stream()
                .map(o -> new Url("/o/" + o.slug() + "/work-plans", e.getValue()))).toList();
    }
}
