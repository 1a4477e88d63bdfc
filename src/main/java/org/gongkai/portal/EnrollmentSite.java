package org.gongkai.portal;

import org.gongkai.enrollment.EnrollmentPublished;
import org.gongkai.enrollment.PublishedEnrollment;
import org.gongkai.identity.OrganisationDirectory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * A county's enrollment information in its site navigation and the sitemap. It lives in the portal rather than in
 * {@code enrollment} because the portal already depends on {@code enrollment} (the school-district link of
 * {@link SiteFrame}); {@code enrollment} implementing {@link SiteContribution} would make a cycle (ADR 0046).
 */
@Component
class EnrollmentSite implements SiteContribution {

    private final PublishedEnrollment published;
    private final OrganisationDirectory organisations;
    private final SiteChanges changes;

    EnrollmentSite(PublishedEnrollment published, OrganisationDirectory organisations, SiteChanges changes) {
        this.published = published;
        this.organisations = organisations;
        this.changes = changes;
    }

    @Override
    public List<Link> sections(long organisationId) {
        if (!published.anyOf(organisationId)) {
            return List.of();
        }
        return organisations.find(organisationId)
                .map(o -> List.of(new Link("portal.section.enrollment", PublishedEnrollment.path(o.slug()))))
                .orElse(List.of());
    }

    @Override
    public List<Url> sitemap(int max) {
        return published.sitemap(max).stream()
                .map(e -> new Url(PublishedEnrollment.path(e.slug()) + "/" + e.year(), e.publishedAt())).toList();
    }

    @EventListener
    void on(EnrollmentPublished p) {
        changes.recordSiteChange(p.organisationId());
    }
}
