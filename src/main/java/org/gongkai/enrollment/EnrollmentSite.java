package org.gongkai.enrollment;

import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.portal.SiteContentChanged;
import org.gongkai.portal.SiteContribution;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * Enrollment on a county's site: the school-district look-up once a zoning is published, the enrollment information
 * once a year's is published (each link only when it has content), and the years' pages in the sitemap. A first
 * publication changes the site's navigation, so it tells the portal inside its own transaction (ADR 0053).
 */
@Component
class EnrollmentSite implements SiteContribution {

    private final PublishedZoning zoning;
    private final PublishedEnrollment published;
    private final OrganisationDirectory organisations;
    private final ApplicationEventPublisher events;

    EnrollmentSite(PublishedZoning zoning, PublishedEnrollment published, OrganisationDirectory organisations,
                   ApplicationEventPublisher events) {
        this.zoning = zoning;
        this.published = published;
        this.organisations = organisations;
        this.events = events;
    }

    @Override
    public List<Link> sections(long organisationId) {
        boolean districts = zoning.anyOf(organisationId);
        boolean information = published.anyOf(organisationId);
        if (!districts && !information) {
            return List.of();
        }
        return organisations.find(organisationId).map(o -> {
            List<Link> links = new ArrayList<>(2);
            if (districts) {
                links.add(new Link("portal.section.schoolDistricts", PublishedZoning.lookUpPath(o.slug())));
            }
            if (information) {
                links.add(new Link("portal.section.enrollment", PublishedEnrollment.path(o.slug())));
            }
            return List.copyOf(links);
        }).orElse(List.of());
    }

    @Override
    public List<Url> sitemap(int max) {
        return published.sitemap(max).stream()
                .map(e -> new Url(PublishedEnrollment.path(e.slug()) + "/" + e.year(), e.publishedAt())).toList();
    }

    @EventListener
    void on(ZoningPublished p) {
        events.publishEvent(new SiteContentChanged(p.organisationId()));
    }

    @EventListener
    void on(EnrollmentPublished p) {
        events.publishEvent(new SiteContentChanged(p.organisationId()));
    }
}
