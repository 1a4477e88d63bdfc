package org.gongkai.application;

/** An attachment of an application, kept in the restricted folder. */
record StoredFile(long id, long applicationId, String storedName, String originalName, String mediaType,
                  long sizeBytes, String sha256) {
}
