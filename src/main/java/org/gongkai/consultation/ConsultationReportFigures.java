package org.gongkai.consultation;

import org.gongkai.report.ReportPeriod;
import org.gongkai.report.ReportSupplement;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The consultation figures the annual report's overview (一、总体情况) can quote: consultations on draft decisions
 * published in the period, how many were open at least 30 days and how many have a published adoption report, and
 * the comments received. Same numbers as the staff counts page.
 */
@Component
class ConsultationReportFigures implements ReportSupplement {

    private final ConsultationCounts counts;
    private final MessageSource messages;

    ConsultationReportFigures(ConsultationCounts counts, MessageSource messages) {
        this.counts = counts;
        this.messages = messages;
    }

    @Override
    public Optional<Section> forReport(long organisationId, ReportPeriod period, Locale locale) {
        ConsultationCounts.Line l = counts.own(organisationId, period.from(), period.to());
        return Optional.of(new Section(Part.OVERVIEW, messages.getMessage("consult.figures.heading", null, locale), List.of(
                figure("consult.figures.consultations", String.valueOf(l.consultations()), locale),
                figure("consult.figures.longEnough", ConsultationCounts.withShare(l.longEnough(), l.longEnoughShare()), locale),
                figure("consult.figures.reported", ConsultationCounts.withShare(l.reported(), l.reportedShare()), locale),
                figure("consult.figures.comments", String.valueOf(l.comments()), locale)),
                "/admin/consultations/counts"));
    }

    private Figure figure(String key, String value, Locale locale) {
        return new Figure(messages.getMessage(key, null, locale), value);
    }
}
