package org.gongkai.demo;

import java.util.Arrays;

/**
 * What one document's way from draft to published costs (create, submit, approve, publish: four transactions with
 * the audit chain, the transparency log and the search index), as {@code bench/publication-bench.sh} compares it on
 * the embedded and a server PostgreSQL.
 */
record PublicationTimes(int documents, double perSecond, double p50Millis, double p95Millis, double maxMillis) {

    static PublicationTimes of(long[] nanos, long totalNanos) {
        if (nanos.length == 0) {
            return new PublicationTimes(0, 0, 0, 0, 0);
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new PublicationTimes(sorted.length, sorted.length / (totalNanos / 1e9), millis(sorted, 0.50),
                millis(sorted, 0.95), sorted[sorted.length - 1] / 1e6);
    }

    private static double millis(long[] sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }

    String line() {
        return "publication: %d documents, %.1f docs/s, per document p50 %.1f ms, p95 %.1f ms, max %.1f ms"
                .formatted(documents, perSecond, p50Millis, p95Millis, maxMillis);
    }
}
