package org.gongkai.application;

import java.util.Arrays;
import java.util.List;

/**
 * The outcome of an application with its sub-reason: exactly one row of table 三 of the annual report each
 * (三.（一）, 三.（二）, 三.（三）.1 … 三.（六）.3), so the report counts applications by {@link #reportRow()}.
 */
public enum ReplyOutcome {
    DISCLOSED(OutcomeGroup.DISCLOSED, 0),
    PARTLY_DISCLOSED(OutcomeGroup.PARTLY_DISCLOSED, 0),
    WITHHELD_STATE_SECRET(OutcomeGroup.WITHHELD, 1),
    WITHHELD_PROHIBITED_BY_LAW(OutcomeGroup.WITHHELD, 2),
    WITHHELD_THREE_SECURITIES_ONE_STABILITY(OutcomeGroup.WITHHELD, 3),
    WITHHELD_THIRD_PARTY_RIGHTS(OutcomeGroup.WITHHELD, 4),
    WITHHELD_INTERNAL_AFFAIRS(OutcomeGroup.WITHHELD, 5),
    WITHHELD_PROCESS_INFORMATION(OutcomeGroup.WITHHELD, 6),
    WITHHELD_ENFORCEMENT_FILE(OutcomeGroup.WITHHELD, 7),
    WITHHELD_ADMINISTRATIVE_QUERY(OutcomeGroup.WITHHELD, 8),
    CANNOT_PROVIDE_NOT_HELD(OutcomeGroup.CANNOT_PROVIDE, 1),
    CANNOT_PROVIDE_NEEDS_CREATION(OutcomeGroup.CANNOT_PROVIDE, 2),
    CANNOT_PROVIDE_STILL_UNCLEAR(OutcomeGroup.CANNOT_PROVIDE, 3),
    NOT_HANDLED_PETITION(OutcomeGroup.NOT_HANDLED, 1),
    NOT_HANDLED_REPEATED(OutcomeGroup.NOT_HANDLED, 2),
    NOT_HANDLED_PUBLICATION(OutcomeGroup.NOT_HANDLED, 3),
    NOT_HANDLED_EXCESSIVE(OutcomeGroup.NOT_HANDLED, 4),
    NOT_HANDLED_CONFIRMATION(OutcomeGroup.NOT_HANDLED, 5),
    OTHER_NOT_CORRECTED(OutcomeGroup.OTHER, 1),
    OTHER_FEE_UNPAID(OutcomeGroup.OTHER, 2),
    OTHER(OutcomeGroup.OTHER, 3);

    private final OutcomeGroup group;
    private final int item;

    ReplyOutcome(OutcomeGroup group, int item) {
        this.group = group;
        this.item = item;
    }

    public OutcomeGroup group() {
        return group;
    }

    /** The row of table 三: "三.（三）.1", or "三.（一）" for outcomes without sub-reasons. */
    public String reportRow() {
        return item == 0 ? group.reportRow() : group.reportRow() + "." + item;
    }

    /** Outcomes a member of staff may choose in a reply; the two "逾期" ones are given only when a period lapses. */
    public boolean chosenByStaff() {
        return this != OTHER_NOT_CORRECTED && this != OTHER_FEE_UNPAID;
    }

    public static List<ReplyOutcome> staffChoices() {
        return Arrays.stream(values()).filter(ReplyOutcome::chosenByStaff).toList();
    }

    public String labelKey() {
        return "app.outcome." + name();
    }

    /** Message key of the legal basis written into the reply letter. */
    public String basisKey() {
        return "app.basis." + name();
    }
}
