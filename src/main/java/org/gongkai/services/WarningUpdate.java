package org.gongkai.services;

import java.time.Instant;

/** A handling update of an issued warning: a CAP Update (new text, severity, validity) or the Cancel that ends it. */
public record WarningUpdate(long id, long warningId, int seq, String kind, String body, WarningSeverity severity,
                            Instant expires, Instant issuedAt) {

    public boolean cancel() {
        return "CANCEL".equals(kind);
    }
}
