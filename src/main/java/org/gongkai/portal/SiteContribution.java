package org.gongkai.portal;

import java.time.Instant;
import java.util.List;

/**
 * What another module adds to the sites without the portal knowing it: links in a site's section navigation, and
 * addresses in the sitemap. A module implements it as a bean; it must return only what is public, and tell the
 * portal when that changes with {@link SiteContentChanged}.
 */
public interface SiteContribution {

    /** A link in the site's section navigation: a message key and a path. */
    record Link(String labelKey, String href) {
    }

    /** A public address for the sitemap: a path from the context root, and when it last changed (may be null). */
    record Url(String path, Instant lastModified) {
    }

    /** The links this module adds to the organisation's site (only to sections that have content). */
    List<Link> sections(long organisationId);

    /** Up to {@code max} public addresses for the sitemap, the newest first. */
    List<Url> sitemap(int max);
}
