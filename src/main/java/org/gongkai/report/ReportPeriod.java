package org.gongkai.report;

import org.gongkai.identity.OrganisationKind;

import java.time.LocalDate;

/**
 * What one annual report covers and when it is due. Agencies report on the calendar year by 31 January of the next;
 * universities on the academic year (1 September to 31 August) by the end of October after it (spec/20, spec/30).
 * {@code year} is the calendar year, or the year the academic year starts.
 */
public record ReportPeriod(int year, LocalDate from, LocalDate to, LocalDate deadline, boolean academicYear) {

    public static final int FIRST_YEAR = 2008;

    public static ReportPeriod of(OrganisationKind kind, int year) {
        if (kind == OrganisationKind.UNIVERSITY) {
            return new ReportPeriod(year, LocalDate.of(year, 9, 1), LocalDate.of(year + 1, 8, 31),
                    LocalDate.of(year + 1, 10, 31), true);
        }
        return new ReportPeriod(year, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
                LocalDate.of(year + 1, 1, 31), false);
    }

    /** The latest period that has ended by {@code today}: the one whose report is due next or is overdue. */
    public static ReportPeriod latestEnded(OrganisationKind kind, LocalDate today) {
        ReportPeriod p = of(kind, today.getYear());
        while (!p.to().isBefore(today)) {
            p = of(kind, p.year() - 1);
        }
        return p;
    }

    public ReportPeriod previous() {
        return new ReportPeriod(year - 1, from.minusYears(1), to.minusYears(1), deadline.minusYears(1), academicYear);
    }

    /** "2025年" or "2025—2026学年", as the report's title names the period. */
    public String label() {
        return academicYear ? year + "—" + (year + 1) + "学年" : year + "年";
    }

    public String labelEn() {
        return academicYear ? year + "–" + (year + 1) + " academic year" : String.valueOf(year);
    }
}
