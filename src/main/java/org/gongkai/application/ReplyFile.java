package org.gongkai.application;

import java.time.Instant;

/** A file given out with the reply (the disclosed information), kept in the restricted folder. */
record ReplyFile(long id, long applicationId, String storedName, String originalName, String mediaType,
                 long sizeBytes, String sha256, Instant uploadedAt) {
}
