package org.gongkai.report;

import java.time.LocalDate;
import java.util.List;

/**
 * Figures a module offers for section 一、总体情况 of the annual report. The 2021 template has no table for them
 * (decision openness, interpretation, participation are reported in the narrative), so the report page shows them
 * beside the text staff write, as the figures at hand; nothing is put into the text by itself.
 */
public interface OverviewFigures {

    /** A figure: the message key of its label, and its value as shown. */
    record Figure(String labelKey, String value) {
    }

    /** The organisation's figures for the period (both days included). */
    List<Figure> figures(long organisationId, LocalDate from, LocalDate to);
}
