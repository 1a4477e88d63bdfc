package org.gongkai.services;

/** What goes through this module's review (ADR 0049), with where its back-office page is. */
public enum ReviewSubject {
    POWER(PowerAdminPages.BASE), GUIDE(GuideAdminPages.BASE), PLAN(EmergencyAdminPages.BASE + "/plans"),
    WARNING(EmergencyAdminPages.BASE + "/warnings"),
    /** A handling update or cancel of an issued warning, reviewed after it went out; its item is the warning. */
    UPDATE(EmergencyAdminPages.BASE + "/warnings");

    private final String base;

    ReviewSubject(String base) {
        this.base = base;
    }

    /** The staff page of the item (a power or service id, a plan or warning id). */
    public String link(long itemId) {
        return base + "/" + itemId;
    }

    public String labelKey() {
        return "svc.review.subject." + name();
    }

    static ReviewSubject parse(String value) {
        for (ReviewSubject s : values()) {
            if (s.name().equalsIgnoreCase(value)) {
                return s;
            }
        }
        return null;
    }
}
