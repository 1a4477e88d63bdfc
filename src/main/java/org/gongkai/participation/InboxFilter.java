package org.gongkai.participation;

import java.util.Map;

/**
 * Filters and order of the inbox: status and type (null: any), {@code flag} NEAR (due within the near-due window)
 * or OVERDUE (open past its due date) or SECOND_LOOK (a second look asked and not yet answered), {@code assignee} and {@code department} (null: anyone's), {@code sort} one of {@link #SORTS} with {@code dir}. Anything unknown is an
 * IllegalArgumentException, answered 400.
 */
record InboxFilter(MessageStatus status, MessageType type, String flag, String sort, String dir, Long assignee,
                   Long department) {

    static final Map<String, String> SORTS = Map.of(
            "due", "m.due_on",
            "received", "m.received_at",
            "type", "m.type",
            "status", "m.status");

    static InboxFilter of(String status, String type, String flag, String sort, String dir) {
        String s = blank(sort) == null ? "due" : sort.strip();
        String d = blank(dir) == null ? (s.equals("received") ? "desc" : "asc") : dir.strip();
        String f = blank(flag) == null ? null : flag.strip();
        if (!SORTS.containsKey(s) || !(d.equals("asc") || d.equals("desc"))
                || (f != null && !f.equals("NEAR") && !f.equals("OVERDUE") && !f.equals("SECOND_LOOK"))) {
            throw new IllegalArgumentException("inbox filter");
        }
        return new InboxFilter(blank(status) == null ? null : MessageStatus.valueOf(status.strip()),
                blank(type) == null ? null : MessageType.valueOf(type.strip()), f, s, d, null, null);
    }

    /** The same filter narrowed to one person's messages and/or one department's (null: anyone's). */
    InboxFilter narrowed(Long assignee, Long department) {
        return new InboxFilter(status, type, flag, sort, dir, assignee, department);
    }

    String orderBy() {
        return SORTS.get(sort) + (dir.equals("asc") ? " asc" : " desc") + ", m.id " + dir;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
