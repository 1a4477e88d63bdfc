package org.gongkai.inspection;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * Where one organisation's site stands, on {@code today}, against the vetoes of 国办秘函〔2019〕19号 that the platform
 * can know.
 *
 * @param homePageUpdated   the newest 发布日期 shown among all its public documents, not after today; null when none
 * @param publicDocuments   its published public documents
 * @param columns           its catalog columns (nodes without child nodes), in catalog order
 * @param withoutOwnDate    public documents with no 发布日期 of their own (the site shows the day they went out)
 * @param datedAfterToday   public documents showing a 发布日期 after today
 * @param overdueQuestions  valid questions unanswered for more than 3 months; null when the platform cannot know
 */
record SiteInspection(long organisationId, LocalDate today, Period longStalePeriod, LocalDate homePageUpdated,
                      long publicDocuments, List<ColumnCheck> columns, long withoutOwnDate, long datedAfterToday,
                      Long overdueQuestions) {

    /** The last day the home page counts as updated; null when the site has no dated public document. */
    public LocalDate homePageDeadline() {
        return homePageUpdated == null ? null : homePageUpdated.plus(Indicators.HOME_PAGE);
    }

    public Verdict homePage() {
        return homePageUpdated == null || today.isAfter(homePageDeadline()) ? Verdict.FAILED : Verdict.PASSED;
    }

    public long staleColumns() {
        return columns.stream().filter(ColumnCheck::stale).count();
    }

    public long longStaleColumns() {
        return columns.stream().filter(ColumnCheck::longStale).count();
    }

    public long emptyColumns() {
        return columns.stream().filter(ColumnCheck::empty).count();
    }

    /** Columns that count against veto 4: stale, long stale or empty, each column once. */
    public long problemColumns() {
        return columns.stream().filter(ColumnCheck::problem).count();
    }

    public Verdict columnsUpdated() {
        return staleColumns() >= Indicators.STALE_COLUMNS || longStaleColumns() >= Indicators.LONG_STALE_COLUMNS
                ? Verdict.FAILED : Verdict.PASSED;
    }

    public Verdict columnsFilled() {
        return emptyColumns() >= Indicators.EMPTY_COLUMNS ? Verdict.FAILED : Verdict.PASSED;
    }

    /**
     * Every public document shows a 发布日期: the platform shows the one given in the metadata, else the day the
     * document went out (PublishedDocument.shownPublishDate), so no public page can be undated.
     */
    public Verdict dates() {
        return Verdict.PASSED;
    }

    public Verdict questions() {
        if (overdueQuestions == null) {
            return Verdict.NOT_CHECKED;
        }
        return overdueQuestions > 0 ? Verdict.FAILED : Verdict.PASSED;
    }

    public List<Check> checks() {
        Check home = homePageUpdated == null
                ? new Check("inspection.check.homePage", 3, homePage(), "inspection.check.homePage.none", List.of())
                : new Check("inspection.check.homePage", 3, homePage(), "inspection.check.homePage." + homePage(),
                        List.of(homePageUpdated, homePageDeadline()));
        return List.of(home,
                new Check("inspection.check.columns", 4, columnsUpdated(), "inspection.check.columns.found",
                        List.of(staleColumns(), longStaleColumns(), longStalePeriod)),
                new Check("inspection.check.empty", 4, columnsFilled(), "inspection.check.empty.found",
                        List.of(emptyColumns())),
                new Check("inspection.check.dates", 3, dates(), "inspection.check.dates.found", List.of(withoutOwnDate)),
                new Check("inspection.check.questions", 5, questions(), "inspection.check.questions." + questions(),
                        overdueQuestions == null ? List.of() : List.of(overdueQuestions)));
    }

    public long failed() {
        return checks().stream().filter(c -> c.verdict() == Verdict.FAILED).count();
    }

    public boolean anyFailed() {
        return failed() > 0;
    }
}
