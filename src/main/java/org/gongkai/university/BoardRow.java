package org.gongkai.university;

import org.gongkai.catalog.CatalogNode;
import org.gongkai.document.PublishedDocument;
import org.gongkai.report.PublishedReport;

import java.time.LocalDate;
import java.util.List;

/**
 * One item of a university's board as computed today: the published column and documents that satisfy it (never an
 * unpublished one), the responsible office, the day it was last updated on the public side, the day its information
 * was last made or changed and the clock's last day, and its status. {@code unpublishedDocumentIds} is for staff
 * only (documents named but not public) and is empty on the public side.
 */
public record BoardRow(DisclosureList.Item item, boolean recorded, CatalogNode column, List<PublishedDocument> documents,
                       List<PublishedReport> reports, String office, String notApplicableReason, LocalDate changedOn,
                       LocalDate dueOn, LocalDate lastUpdated, ItemStatus status, boolean late, boolean satisfied,
                       List<Long> unpublishedDocumentIds) {

    /** Nothing public satisfies it (and it applies, and no clock of a first publication is still running). */
    public boolean missing() {
        return status == ItemStatus.MISSING || (status == ItemStatus.OVERDUE && !satisfied);
    }

    public boolean overdue() {
        return status == ItemStatus.OVERDUE;
    }

    public boolean flagged() {
        return missing() || overdue();
    }
}
