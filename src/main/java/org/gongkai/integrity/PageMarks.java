package org.gongkai.integrity;

/**
 * What a saved or printed page of this platform's own says about itself: it is recognised by the document page's
 * structure (metadata table, {@code h1#doc-title}, body, transparency badge) and its chrome is stripped.
 *
 * @param indexNumber the 索引号 from the metadata table, or null
 * @param leafHash    the transparency-log leaf hash from the badge (64 hex digits), or null
 * @param documentId  the document id the page links to (its verify link), or null
 */
public record PageMarks(String indexNumber, String leafHash, Long documentId) {
}
