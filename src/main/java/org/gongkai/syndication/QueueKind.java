package org.gongkai.syndication;

/** Where a queued item came from, which decides its table and its back-office address. */
public enum QueueKind {
    /** An organisation above on this platform ({@code repost_item}). */
    LOCAL("/admin/syndication/items/", "repost_item"),
    /** Another site, fetched by the approved job ({@code remote_item}). */
    REMOTE("/admin/syndication/remote/items/", "remote_item");

    private final String adminPrefix;
    private final String table;

    QueueKind(String adminPrefix, String table) {
        this.adminPrefix = adminPrefix;
        this.table = table;
    }

    public String adminPath(long id) {
        return adminPrefix + id;
    }

    String table() {
        return table;
    }
}
