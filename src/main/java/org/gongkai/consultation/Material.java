package org.gongkai.consultation;

/** A published document listed as an attachment of a consultation, with the label the consultation gives it. */
record Material(long id, long consultationId, long documentId, String label) {
}
