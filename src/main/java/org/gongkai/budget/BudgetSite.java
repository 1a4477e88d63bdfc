package org.gongkai.budget;

import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.portal.SiteContribution;
import org.springframework.stereotype.Component;

import java.util.List;

/** The budgets link in a site's navigation (only once the organisation has published one) and the years' pages in the sitemap. */
@Component
class BudgetSite implements SiteContribution {

    private final PublishedBudgets published;
    private final OrganisationDirectory organisations;

    BudgetSite(PublishedBudgets published, OrganisationDirectory organisations) {
        this.published = published;
        this.organisations = organisations;
    }

    @Override
    public List<Link> sections(long organisationId) {
        if (!published.any(organisationId)) {
            return List.of();
        }
        return organisations.find(organisationId)
                .map(o -> List.of(new Link("budget.section", "/o/" + o.slug() + "/budgets"))).orElse(List.of());
    }

    @Override
    public List<Url> sitemap(int max) {
        return published.years(max).stream()
                .map(y -> new Url("/o/" + y.slug() + "/budgets/" + y.year(), y.publishedAt())).toList();
    }
}
