package org.gongkai.portal;

import java.time.Instant;

/** One entry of a feed. */
record FeedItem(String id, String title, String link, Instant updated, String summary, String author) {
}
