package org.gongkai.opendata;

import org.gongkai.identity.Organisation;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.platform.Zones;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Open data figures per organisation, for the public statistics page and for the self-inspection and the annual
 * report to read: published datasets, how many are machine-readable and up to date with their declared frequency,
 * their average quality score ({@link QualityScore}), downloads (all time and the last 30 days), and the year's data
 * requests (received, answered, answered within the period, open past their due date). Only published datasets and
 * versions count, read through {@link PublicDatasets}.
 */
@Service
public class OpenDataStatistics {

    /** One organisation's figures; {@code averageScore} is 0 without datasets. */
    public record Row(long organisationId, String organisationName, int datasets, int machineReadable, int fresh,
                      int averageScore, long downloads, long downloadsLast30Days, long requestsReceived,
                      long requestsAnswered, long requestsAnsweredOnTime, long requestsOverdue) {

        public int percent(int part) {
            return datasets == 0 ? 0 : Math.round(100f * part / datasets);
        }

        boolean empty() {
            return datasets == 0 && requestsReceived == 0 && requestsOverdue == 0 && downloads == 0;
        }
    }

    private final PublicDatasets published;
    private final OrganisationDirectory organisations;
    private final JdbcClient jdbc;
    private final Clock clock;

    OpenDataStatistics(PublicDatasets published, OrganisationDirectory organisations, JdbcClient jdbc, Clock clock) {
        this.published = published;
        this.organisations = organisations;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The figures of one organisation (its own datasets and requests, not those below it) for a calendar year. */
    public Row of(long organisationId, int year) {
        return of(organisationId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /**
     * The figures of one organisation with its data requests received from {@code from} to {@code to} (both
     * included), such as an annual report's academic year; datasets and downloads are those of today.
     */
    public Row of(long organisationId, LocalDate from, LocalDate to) {
        Organisation o = organisations.get(organisationId);
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, Zones.CHINA);
        List<Dataset> datasets = published.newest(List.of(organisationId), 10_000);
        int machineReadable = 0;
        int fresh = 0;
        int total = 0;
        for (Dataset d : datasets) {
            QualityScore q = QualityScore.of(d, published.resources(d.id()), now);
            machineReadable += q.met(QualityScore.Name.MACHINE_READABLE) ? 1 : 0;
            fresh += q.met(QualityScore.Name.FRESH) ? 1 : 0;
            total += q.score();
        }
        long downloads = jdbc.sql("""
                        select coalesce(sum(c.downloads), 0) from od_download_day c
                          join od_public_dataset d on d.id = c.dataset_id where d.organisation_id = ?""")
                .param(organisationId).query(Long.class).single();
        long recent = jdbc.sql("""
                        select coalesce(sum(c.downloads), 0) from od_download_day c
                          join od_public_dataset d on d.id = c.dataset_id where d.organisation_id = ? and c.day > ?""")
                .params(organisationId, today.minusDays(30)).query(Long.class).single();
        LocalDate until = to.plusDays(1);
        List<Long> requests = jdbc.sql("""
                        select count(*),
                               count(*) filter (where status = 'ANSWERED'),
                               count(*) filter (where status = 'ANSWERED' and answered_on <= due_on),
                               count(*) filter (where status = 'OPEN' and due_on < :today)
                          from od_request where organisation_id = :org and received_on >= :from and received_on < :until""")
                .param("org", organisationId).param("today", today).param("from", from).param("until", until)
                .query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4))).single();
        return new Row(organisationId, o.name(), datasets.size(), machineReadable, fresh,
                datasets.isEmpty() ? 0 : Math.round((float) total / datasets.size()), downloads, recent,
                requests.get(0), requests.get(1), requests.get(2), requests.get(3));
    }

    /** The site's organisation and those below it that have anything to count, the site first. */
    List<Row> site(long organisationId, int year) {
        List<Row> rows = new ArrayList<>();
        for (long id : organisations.subtreeIds(organisationId)) {
            Row r = of(id, year);
            if (id == organisationId || !r.empty()) {
                rows.add(r);
            }
        }
        return rows;
    }
}
