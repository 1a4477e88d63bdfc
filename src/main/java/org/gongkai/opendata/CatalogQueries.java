package org.gongkai.opendata;

import org.gongkai.identity.Organisation;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.platform.web.InvalidInputException;
import org.gongkai.platform.web.NotFoundException;
import org.gongkai.platform.web.Page;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The catalog's query as the public pages and the API read it: a site by its address name, the filters by theme,
 * organisation (one of the site's) and format (a wrong value is a 400 on that parameter), and a page of it.
 */
@Component
class CatalogQueries {

    static final int DEFAULT_SIZE = 20;

    private final PublicDatasets published;
    private final OrganisationDirectory organisations;

    CatalogQueries(PublicDatasets published, OrganisationDirectory organisations) {
        this.published = published;
        this.organisations = organisations;
    }

    Organisation site(String slug) {
        return organisations.findBySlug(slug).orElseThrow(() -> new NotFoundException("site", slug));
    }

    /** The filters, checked against the site's organisations. */
    PublicDatasets.Filter filter(List<Long> siteIds, String theme, Long org, String format) {
        if (org != null && !siteIds.contains(org)) {
            throw InvalidInputException.of("org", "od.error.org");
        }
        return new PublicDatasets.Filter(OpenDataPages.choice(DatasetTheme.class, theme, "theme"), org,
                OpenDataPages.choice(ResourceFormat.class, format, "format"));
    }

    /** A page of the site's published datasets for the API: {@code size} 1 to {@link OpenDataApi#MAX_SIZE}. */
    Page<PublicDatasets.Listed> page(String slug, String theme, Long org, String format, Integer page, Integer size) {
        List<Long> ids = organisations.subtreeIds(site(slug).id());
        PublicDatasets.Filter filter = filter(ids, theme, org, format);
        int pageSize = size == null ? DEFAULT_SIZE : size;
        if (pageSize < 1 || pageSize > OpenDataApi.MAX_SIZE) {
            throw InvalidInputException.of("size", "od.error.size");
        }
        return published.page(ids, filter, Page.clamp(page), pageSize);
    }
}
