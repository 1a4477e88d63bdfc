package org.gongkai.inspection;

import org.gongkai.catalog.CatalogColumns;
import org.gongkai.catalog.CatalogNode;
import org.gongkai.document.ColumnActivity;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * One column of a site as the inspection sees it.
 *
 * @param lastUpdate  the newest 发布日期 shown in the column that is not after today; null when there is none
 * @param period      how long the column may go without an update by its kind; null for kinds held to no period
 * @param deadline    the day by which the column must be updated again: its last update plus the shorter of its
 *                    period and the long-stale period; null when the column is empty or has no dated update
 * @param stale       not updated within its kind's period
 * @param longStale   not updated within the long-stale period
 */
record ColumnCheck(CatalogNode node, List<String> path, long documents, LocalDate lastUpdate, Period period,
                   LocalDate deadline, boolean stale, boolean longStale) {

    static ColumnCheck of(CatalogColumns.Column column, ColumnActivity.Activity activity, LocalDate today,
                          Period longStalePeriod) {
        long documents = activity == null ? 0 : activity.documents();
        LocalDate last = activity == null ? null : activity.newest();
        Period period = Indicators.period(column.node().columnKind()).orElse(null);
        if (documents == 0) {
            return new ColumnCheck(column.node(), column.path(), 0, null, period, null, false, false);
        }
        if (last == null) {
            // Every document shows a date after today: nothing the inspector can count as an update.
            return new ColumnCheck(column.node(), column.path(), documents, null, period, null, period != null, true);
        }
        LocalDate longStaleBy = last.plus(longStalePeriod);
        LocalDate dueBy = period == null ? null : last.plus(period);
        LocalDate deadline = dueBy == null || longStaleBy.isBefore(dueBy) ? longStaleBy : dueBy;
        return new ColumnCheck(column.node(), column.path(), documents, last, period, deadline,
                dueBy != null && today.isAfter(dueBy), today.isAfter(longStaleBy));
    }

    public boolean empty() {
        return documents == 0;
    }

    /** Stale, long stale or empty: counts against veto 4. */
    public boolean problem() {
        return stale || longStale || empty();
    }

    /** Not a problem yet, but its deadline falls on or before the day. */
    public boolean dueBy(LocalDate day) {
        return !problem() && deadline != null && !deadline.isAfter(day);
    }

    /** In a word: empty, stale, longStale, soon (due on or before {@code soon}) or ok. */
    public String state(LocalDate soon) {
        if (empty()) {
            return "empty";
        }
        if (stale) {
            return "stale";
        }
        if (longStale) {
            return "longStale";
        }
        return dueBy(soon) ? "soon" : "ok";
    }

    public String pathText() {
        return String.join(" › ", path);
    }
}
