package org.gongkai.syndication;

/** Where a queued item came from, which decides its table, its back-office address and its audit actions. */
public enum QueueKind {
    /** An organisation above on this platform ({@code repost_item}). */
    LOCAL("/admin/syndication/items/", "repost_item", "syndication.reposted", "syndication.dismissed"),
    /** Another site, fetched by the approved job ({@code remote_item}). */
    REMOTE("/admin/syndication/remote/items/", "remote_item", "syndication.remote.reposted",
            "syndication.remote.dismissed");

    private final String adminPrefix;
    private final String table;
    private final String repostedAction;
    private final String dismissedAction;

    QueueKind(String adminPrefix, String table, String repostedAction, String dismissedAction) {
        this.adminPrefix = adminPrefix;
        this.table = table;
        this.repostedAction = repostedAction;
        this.dismissedAction = dismissedAction;
    }

    public String adminPath(long id) {
        return adminPrefix + id;
    }

    String table() {
        return table;
    }

    String repostedAction() {
        return repostedAction;
    }

    String dismissedAction() {
        return dismissedAction;
    }
}
