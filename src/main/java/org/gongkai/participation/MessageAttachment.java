package org.gongkai.participation;

import java.time.Instant;

/**
 * A file the writer sent with a message (message_attachment, V140). {@code screened}: whether there was text for the
 * screening engine (a PDF's); {@code findings}: what it found. Public only with the exchange published and
 * {@code publicAt} set by a head of office, and never with findings.
 */
record MessageAttachment(long id, long messageId, int position, String fileKey, String fileName, String mediaType,
                         long sizeBytes, boolean screened, int findings, Instant publicAt) {

    public boolean confirmed() {
        return publicAt != null;
    }

    /** The size for people: bytes below a kilobyte, KB with one decimal below a megabyte, else MB. */
    public String size() {
        if (sizeBytes < 1024) {
            return sizeBytes + " B";
        }
        return sizeBytes < 1024 * 1024
                ? String.format("%.1f KB", sizeBytes / 1024.0)
                : String.format("%.1f MB", sizeBytes / (1024.0 * 1024));
    }
}
