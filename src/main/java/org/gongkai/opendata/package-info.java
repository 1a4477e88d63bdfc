/**
 * Open data (政务数据开放): datasets per organisation with DCAT-AP 3 metadata, their resources and the immutable
 * versions of each resource, validated and screened on upload, published by a publisher, and shown on each site's
 * data catalog, in a JSON API, an Atom feed, the sitemap (through {@code portal.SiteContribution}) and as JSON-LD.
 * The public side reads only the {@code od_public_dataset} and {@code od_public_version} views ({@link
 * org.gongkai.opendata.PublicDatasets}).
 */
package org.gongkai.opendata;
