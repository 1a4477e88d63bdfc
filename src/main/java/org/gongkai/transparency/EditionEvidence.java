package org.gongkai.transparency;

import java.time.Instant;

/**
 * What the transparency log says about the edition a saved page names: "this is edition N of 索引号 …, published
 * on …, included as leaf i in the signed tree of n leaves".
 *
 * @param documentId     the document
 * @param editionId      the edition the page's leaf is for
 * @param editionNumber  its place among the document's published editions (1 = first)
 * @param indexNumber    索引号
 * @param publishedAt    when the log appended the PUBLISHED leaf
 * @param leafIndex      the leaf's position
 * @param leafHash       hex leaf hash
 * @param treeSize       size of the signed tree head the proof is for
 * @param rootHash       hex root hash of that head
 * @param auditPathSize  how many hashes the inclusion proof has
 * @param proofVerified  the proof and the head's signature verify
 * @param current        the edition is still the document's current public edition
 * @param matchedBy      LEAF_HASH, DOCUMENT or INDEX_NUMBER: what on the page named the edition
 */
public record EditionEvidence(long documentId, long editionId, int editionNumber, String indexNumber,
                              Instant publishedAt, long leafIndex, String leafHash, long treeSize, String rootHash,
                              int auditPathSize, boolean proofVerified, boolean current, String matchedBy) {

    /** The publication time in China, to the minute. */
    public String publishedOn() {
        return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .format(publishedAt.atZone(org.gongkai.platform.Zones.CHINA));
    }

    public String verifyUrl() {
        return "/transparency/verify?document=" + documentId;
    }
}
