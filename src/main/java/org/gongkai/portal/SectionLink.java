package org.gongkai.portal;

/** A link to one of the fixed sections of a site (guide, rules, catalog, annual reports). */
record SectionLink(String labelKey, String href) {
}
