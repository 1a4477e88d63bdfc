package org.gongkai.services;

import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.portal.SiteContribution;
import org.springframework.stereotype.Component;

import java.util.List;

/** The task ledger's link in a site's navigation (when the organisation has published tasks) and the sitemap. */
@Component
class TaskLedgerSite implements SiteContribution {

    private final TaskLedgerStore store;
    private final OrganisationDirectory organisations;

    TaskLedgerSite(TaskLedgerStore store, OrganisationDirectory organisations) {
        this.store = store;
        this.organisations = organisations;
    }

    @Override
    public List<Link> sections(long organisationId) {
        if (!store.anyPublic(organisationId)) {
            return List.of();
        }
        return organisations.find(organisationId)
                .map(o -> List.of(new Link("svc.task.section", "/o/" + o.slug() + "/tasks"))).orElse(List.of());
    }

    @Override
    public List<Url> sitemap(int max) {
        return store.newestPublic(max).stream().map(t -> new Url("/tasks/" + t.id(), t.updatedAt())).toList();
    }
}
