package org.gongkai.opendata;

import org.gongkai.identity.OrganisationDirectory;
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
 * Open data's figures on the site self-inspection page: published datasets, how many are up to date with their
 * declared frequency and machine-readable, and this year's data requests with those open past their due date
 * (marked for attention, as are datasets not up to date). From {@link OpenDataStatistics}, as the public page.
 */
@Component
class OpenDataInspectionFigures implements InspectionFigures {

    private final OpenDataStatistics statistics;
    private final OrganisationDirectory organisations;
    private final MessageSource messages;
    private final Clock clock;

    OpenDataInspectionFigures(OpenDataStatistics statistics, OrganisationDirectory organisations,
                              MessageSource messages, Clock clock) {
        this.statistics = statistics;
        this.organisations = organisations;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public Optional<Section> figures(long organisationId, Locale locale) {
        int year = LocalDate.ofInstant(clock.instant(), Zones.CHINA).getYear();
        OpenDataStatistics.Row r = statistics.of(organisationId, year);
        if (r.empty()) {
            return Optional.empty();
        }
        List<Figure> figures = List.of(
                new Figure(text("odq.stats.datasets", locale), String.valueOf(r.datasets()), false),
                new Figure(text("odq.stats.fresh", locale), r.fresh() + " (" + r.percent(r.fresh()) + "%)",
                        r.fresh() < r.datasets()),
                new Figure(text("odq.stats.machineReadable", locale),
                        r.machineReadable() + " (" + r.percent(r.machineReadable()) + "%)", false),
                new Figure(text("odq.stats.requests", locale), String.valueOf(r.requestsReceived()), false),
                new Figure(text("odq.stats.overdue", locale), String.valueOf(r.requestsOverdue()),
                        r.requestsOverdue() > 0));
        return Optional.of(new Section(messages.getMessage("odq.inspection.heading", new Object[] {String.valueOf(year)}, locale),
                figures, "/o/" + organisations.get(organisationId).slug() + "/data/statistics?year=" + year));
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
