package org.gongkai.services;

import org.gongkai.document.PublishedDocuments;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.portal.SiteContribution;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The work plans' link in a site's navigation, while one of the organisation's linked documents is published. No
 * sitemap addresses of its own: the documents are in the sitemap already.
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
        return List.of();
    }
}
