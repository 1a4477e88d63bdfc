package org.gongkai.university;

/** Where an item of a university's board stands today. */
public enum ItemStatus {
    /** Published, and nothing recorded since that it has not caught up with. */
    CURRENT,
    /** Made or changed, its clock still running. */
    PENDING,
    /** Its clock ran out before it was published or updated. */
    OVERDUE,
    /** Nothing published for it, and no running clock. */
    MISSING,
    /** The university stated why the item does not apply to it. */
    NOT_APPLICABLE;

    public String labelKey() {
        return "uniboard.status." + name();
    }

    public String css() {
        return switch (this) {
            case OVERDUE, MISSING -> "urgency-overdue";
            case PENDING -> "urgency-due-soon";
            case CURRENT -> "urgency-on-time";
            case NOT_APPLICABLE -> "urgency-done";
        };
    }
}
