package org.gongkai.opendata;

import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.report.ReportPeriod;
import org.gongkai.report.ReportSupplement;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Open data's figures for an organisation's annual report (beside section 六, for reference): its published datasets,
 * how many are machine-readable and up to date, downloads, and the data requests received in the report's period
 * with how they were answered — from {@link OpenDataStatistics}, the same figures as the public statistics page.
 */
@Component
class OpenDataReportSupplement implements ReportSupplement {

    private final OpenDataStatistics statistics;
    private final OrganisationDirectory organisations;
    private final MessageSource messages;

    OpenDataReportSupplement(OpenDataStatistics statistics, OrganisationDirectory organisations,
                             MessageSource messages) {
        this.statistics = statistics;
        this.organisations = organisations;
        this.messages = messages;
    }

    @Override
    public Optional<Section> forReport(long organisationId, ReportPeriod period, Locale locale) {
        OpenDataStatistics.Row r = statistics.of(organisationId, period.from(), period.to());
        if (r.empty()) {
            return Optional.empty();
        }
        List<Figure> figures = List.of(
                figure("odq.stats.datasets", r.datasets(), locale),
                figure("odq.stats.machineReadable", r.machineReadable() + " (" + r.percent(r.machineReadable()) + "%)", locale),
                figure("odq.stats.fresh", r.fresh() + " (" + r.percent(r.fresh()) + "%)", locale),
                figure("odq.stats.downloads", r.downloads(), locale),
                figure("odq.stats.requests", r.requestsReceived(), locale),
                figure("odq.stats.answered", r.requestsAnswered(), locale),
                figure("odq.stats.onTime", r.requestsAnsweredOnTime(), locale),
                figure("odq.stats.overdue", r.requestsOverdue(), locale));
        String slug = organisations.get(organisationId).slug();
        return Optional.of(new Section(Part.OTHER_MATTERS, messages.getMessage("odq.report.heading", null, locale), figures,
                "/o/" + slug + "/data/statistics?year=" + period.to().getYear()));
    }

    private Figure figure(String key, Object value, Locale locale) {
        return new Figure(messages.getMessage(key, null, locale), String.valueOf(value));
    }
}
