package org.gongkai.integrity;

import org.gongkai.transparency.EditionEvidence;

/**
 * What the mirror check found about a page that presents itself as a verified re-post (转载) of one of our documents
 * on another Gongkai site — its attribution names the original's leaf in our transparency log and the content hash of
 * the edition it copied. Message key: {@code integrity.repost.<STATUS>}.
 *
 * @param status       the finding
 * @param evidence     our log's evidence for the named edition (null when UNVERIFIABLE)
 * @param claimedLeaf  the leaf hash the page names
 */
public record RepostCheck(Status status, EditionEvidence evidence, String claimedLeaf) {

    public enum Status {
        /** The named leaf is ours, its proof verifies, its content hash is the one shown, and the text is identical. */
        FAITHFUL,
        /** The evidence verifies but the re-post's text differs from the edition it names. */
        TAMPERED,
        /** The evidence verifies for an edition that is no longer current (amended, withdrawn or removed since). */
        SUPERSEDED,
        /** The named leaf is not in our log, its proof fails, or the content hash shown is not the leaf's. */
        UNVERIFIABLE
    }

    public String labelKey() {
        return "integrity.repost." + status.name();
    }
}
