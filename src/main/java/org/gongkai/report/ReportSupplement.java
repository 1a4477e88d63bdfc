package org.gongkai.report;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Figures another module offers the writer of an annual report (open data's datasets and data requests, the
 * consultations on draft decisions of the year, …). A module answers by declaring a bean that implements this
 * interface; the report's page shows each answer beside the section it names, for reference. Nothing is written into
 * the report by itself: the text stays the editor's, as the 2021 template has no table row for these figures
 * (decision openness and participation are reported in the narrative of section 一; other matters in section 六).
 */
public interface ReportSupplement {

    /** A figure in words: its label and its value, both ready to show. */
    record Figure(String label, String value) {
    }

    /** The section of the report the figures are shown beside. */
    enum Part {
        /** 一、总体情况 */
        OVERVIEW,
        /** 六、其他需要报告的事项 */
        OTHER_MATTERS
    }

    /**
     * @param part       the section the figures belong beside
     * @param heading    what the figures are about, such as "数据开放"
     * @param sourcePath a page with the figures' details and how they are counted, or null
     */
    record Section(Part part, String heading, List<Figure> figures, String sourcePath) {
    }

    /** The organisation's figures for the report's period, in the locale; empty when there is nothing to report. */
    Optional<Section> forReport(long organisationId, ReportPeriod period, Locale locale);
}
