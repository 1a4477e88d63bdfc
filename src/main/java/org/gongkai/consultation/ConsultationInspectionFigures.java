package org.gongkai.consultation;

import org.gongkai.inspection.InspectionFigures;
import org.gongkai.platform.Zones;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The year's consultation figures on the site self-inspection page: consultations published, how many were open at
 * least 30 days (a shorter period needs a public reason) and how many have a published adoption report. The same
 * numbers as the staff counts page; a share below all is marked for attention, never a veto.
 */
@Component
class ConsultationInspectionFigures implements InspectionFigures {

    private final ConsultationCounts counts;
    private final MessageSource messages;
    private final Clock clock;

    ConsultationInspectionFigures(ConsultationCounts counts, MessageSource messages, Clock clock) {
        this.counts = counts;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public Optional<Section> figures(long organisationId, Locale locale) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), Zones.CHINA);
        ConsultationCounts.Line l = counts.own(organisationId, today.withDayOfYear(1), today);
        if (l.consultations() == 0) {
            return Optional.empty();
        }
        return Optional.of(new Section(messages.getMessage("consult.inspection.heading",
                new Object[] {String.valueOf(today.getYear())}, locale), List.of(
                new Figure(text("consult.figures.consultations", locale), String.valueOf(l.consultations()), false),
                new Figure(text("consult.figures.longEnough", locale), ConsultationCounts.withShare(l.longEnough(), l.longEnoughShare()),
                        l.longEnough() < l.consultations()),
                new Figure(text("consult.figures.reported", locale), ConsultationCounts.withShare(l.reported(), l.reportedShare()), false),
                new Figure(text("consult.figures.comments", locale), String.valueOf(l.comments()), false)),
                "/admin/consultations/counts"));
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
