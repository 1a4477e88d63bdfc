package org.gongkai.enrollment;

import org.springframework.stereotype.Service;

/** What other modules may ask about school districts: only whether an organisation has published any. */
@Service
public class PublishedZoning {

    private final ZoningStore store;

    PublishedZoning(ZoningStore store) {
        this.store = store;
    }

    /** Whether the organisation's site has a school-district look-up (a published zoning of any year). */
    public boolean anyOf(long organisationId) {
        return store.anyPublished(organisationId);
    }

    /** The public look-up page of the organisation. */
    public static String lookUpPath(String slug) {
        return "/school-districts/" + slug;
    }
}
