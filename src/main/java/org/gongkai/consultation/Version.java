package org.gongkai.consultation;

import java.time.Instant;

/**
 * One version of a consultation's text, numbered from 1: a draft the public comments on, or the final text (the
 * adopted decision) recorded after the consultation closed, which may link the decision's published document.
 */
record Version(long id, int number, boolean fin, String note, Long decisionDocumentId, Instant createdAt) {
}
