package org.gongkai.application;

/** Filters of the queue; null or blank means any. {@code open} limits to applications not yet answered. */
record QueueFilter(String status, String flag, String q, boolean open) {

    /**
     * Not a clock flag: applications no member of staff has acted on yet (every staff action makes its author the
     * holder, so an application received online and not yet opened for work has none).
     */
    static final String NEW = "NEW";

    /** The flags the queue can filter by. */
    static final java.util.List<String> FLAGS = java.util.List.of(NEW, "NEAR", "OVERDUE");

    static QueueFilter of(String status, String flag, String q, Boolean open) {
        return new QueueFilter(blank(status), blank(flag), blank(q), open == null || open);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
