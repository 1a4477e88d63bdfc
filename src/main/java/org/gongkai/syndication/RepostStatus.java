package org.gongkai.syndication;

/** Where a queued document stands for the subscriber. */
public enum RepostStatus {
    QUEUED, REPOSTED, DISMISSED;

    public String labelKey() {
        return "repost.status." + name();
    }
}
