package org.gongkai.report;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Figures another module offers the writer of an annual report (such as open data's datasets and data requests of
 * the year). A module answers by declaring a bean that implements this interface; the report's page shows each
 * answer beside section 六 for reference. Nothing is written into the report by itself: the text stays the
 * editor's, as the law's table layout has no row for these figures.
 */
public interface ReportSupplement {

    /** A figure in words: its label and its value, both ready to show. */
    record Figure(String label, String value) {
    }

    /**
     * @param heading    what the figures are about, such as "数据开放"
     * @param sourcePath a page with the figures' details and how they are counted, or null
     */
    record Section(String heading, List<Figure> figures, String sourcePath) {
    }

    /** The organisation's figures for the report's period, in the locale; empty when there is nothing to report. */
    Optional<Section> forReport(long organisationId, ReportPeriod period, Locale locale);
}
