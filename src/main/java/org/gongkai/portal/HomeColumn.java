package org.gongkai.portal;

import org.gongkai.document.PublishedDocument;

import java.util.List;

/** A block of the home page: the newest items of one kind of column (notices, policies, interpretations, news). */
record HomeColumn(String id, String labelKey, List<PublishedDocument> items, String moreHref) {
}
