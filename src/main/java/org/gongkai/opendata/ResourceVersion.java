package org.gongkai.opendata;

import java.time.Instant;
import java.util.List;

/**
 * One upload of a resource (od_resource_version): its file (by SHA-256), what the checks found, and when it was
 * published (null while it is not).
 */
record ResourceVersion(long id, long resourceId, int number, String sha256, String fileName, long sizeBytes,
                       String sourceEncoding, Integer rowCount, List<Column> columns, List<Problem> warnings,
                       String note, Instant uploadedAt, Instant publishedAt) {

    /** A column of a tabular version and the type its values have. */
    record Column(String name, ColumnType type) {
    }

    public boolean published() {
        return publishedAt != null;
    }
}
