package org.gongkai.portal;

/**
 * Published by a module contributing to the sites ({@link SiteContribution}) inside the transaction that changed
 * what it contributes: the portal then drops the organisation's cached pages and the sitemap.
 */
public record SiteContentChanged(long organisationId) {
}
