package org.gongkai.integrity;

/**
 * What a saved or printed page of this platform's own says about itself: it is recognised by the document page's
 * structure (metadata table, {@code h1#doc-title}, body, transparency badge) and its chrome is stripped.
 *
 * @param indexNumber       the 索引号 from the metadata table, or null
 * @param leafHash          the transparency-log leaf hash from the badge (64 hex digits), or null
 * @param documentId        the document id the page links to (its verify link), or null
 * @param repostLeafHash    on a verified re-post (another Gongkai site's 转载 of a document), the leaf hash of the
 *                          original's edition in the original's log, as the re-post's attribution shows it; or null
 * @param repostContentHash on such a re-post, the SHA-256 of the original's canonical edition it shows; or null
 */
public record PageMarks(String indexNumber, String leafHash, Long documentId, String repostLeafHash,
                        String repostContentHash) {

    public PageMarks(String indexNumber, String leafHash, Long documentId) {
        this(indexNumber, leafHash, documentId, null, null);
    }

    /** The page is a re-post that names its original's edition by hash. */
    public boolean repost() {
        return repostLeafHash != null;
    }
}
