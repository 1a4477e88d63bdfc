package org.gongkai.consultation;

import org.gongkai.report.OverviewFigures;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;

/**
 * The consultation figures the annual report's overview (一、总体情况) can quote: consultations on draft decisions
 * published in the period, how many were open at least 30 days and how many have a published adoption report, and
 * the comments received. Same numbers as the staff counts page.
 */
@Component
class ConsultationReportFigures implements OverviewFigures {

    private final ConsultationCounts counts;

    ConsultationReportFigures(ConsultationCounts counts) {
        this.counts = counts;
    }

    @Override
    public List<Figure> figures(long organisationId, LocalDate from, LocalDate to) {
        ConsultationCounts.Line l = counts.own(organisationId, from, to);
        return List.of(
                new Figure("consult.figures.consultations", String.valueOf(l.consultations())),
                new Figure("consult.figures.longEnough", share(l.longEnough(), l.longEnoughShare())),
                new Figure("consult.figures.reported", share(l.reported(), l.reportedShare())),
                new Figure("consult.figures.comments", String.valueOf(l.comments())));
    }

    private static String share(long n, Integer percent) {
        return percent == null ? String.valueOf(n) : n + "（" + percent + "%）";
    }
}
