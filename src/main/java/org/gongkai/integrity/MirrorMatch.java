package org.gongkai.integrity;

/**
 * A published document that a copy matches.
 *
 * @param docId       the id given to {@link MirrorIndex#add}
 * @param estimated   Jaccard similarity of the shingle sets as estimated by MinHash
 * @param jaccard     exact Jaccard similarity of the 5-character shingle sets
 * @param containment share of the copy's shingles found in the document (high for an excerpt)
 * @param coverage    share of the document's shingles found in the copy (high when the copy adds text)
 * @param similarity  character-level similarity of the normalised texts, 1 − edit distance ÷ longer length
 * @param verdict     {@link MirrorVerdict#IDENTICAL} or {@link MirrorVerdict#ALTERED_COPY}
 */
public record MirrorMatch(String docId, double estimated, double jaccard, double containment, double coverage,
                          double similarity, MirrorVerdict verdict) {
}
