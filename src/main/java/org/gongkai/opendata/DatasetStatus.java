package org.gongkai.opendata;

/** Where a dataset stands: only a published one is on the public side. */
public enum DatasetStatus {
    DRAFT, PUBLISHED, WITHDRAWN;

    public String labelKey() {
        return "od.status." + name();
    }
}
