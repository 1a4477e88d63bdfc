package org.gongkai.application;

/** Filters of the queue; null or blank means any. {@code open} limits to applications not yet answered. */
record QueueFilter(String status, String flag, String q, boolean open) {

    static QueueFilter of(String status, String flag, String q, Boolean open) {
        return new QueueFilter(blank(status), blank(flag), blank(q), open == null || open);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
