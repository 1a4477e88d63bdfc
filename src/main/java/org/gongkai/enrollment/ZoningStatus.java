package org.gongkai.enrollment;

/** A zoning is drafted, then published once and for all. */
public enum ZoningStatus {
    DRAFT, PUBLISHED;

    public String labelKey() {
        return "zoning.status." + name();
    }
}
