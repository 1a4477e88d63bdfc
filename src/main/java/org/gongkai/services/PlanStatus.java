package org.gongkai.services;

/** DRAFT: registers being entered; FROZEN: registers published and hashed, waiting for the seed; DRAWN. */
public enum PlanStatus {
    DRAFT, FROZEN, DRAWN;

    public String labelKey() {
        return "svc.status." + name();
    }
}
