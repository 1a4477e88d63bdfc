package org.gongkai.consultation;

import org.gongkai.identity.Organisation;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.platform.Zones;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Consultations and comments per organisation in a calendar year (by the day a consultation was published, Beijing
 * time), for the annual report and the self-inspection: how many, how many open at least 30 days, how many with a
 * published adoption report, and the comments received (of which entered by staff).
 */
@Component
class ConsultationCounts {

    /** One organisation's figures; the shares are whole percentages, null when there is no consultation. */
    record Line(Organisation organisation, long consultations, long longEnough, long reported, long comments,
                long entered) {

        public Integer longEnoughShare() {
            return share(longEnough);
        }

        public Integer reportedShare() {
            return share(reported);
        }

        private Integer share(long part) {
            return consultations == 0 ? null : (int) Math.round(100.0 * part / consultations);
        }
    }

    private final JdbcClient jdbc;
    private final OrganisationDirectory organisations;

    ConsultationCounts(JdbcClient jdbc, OrganisationDirectory organisations) {
        this.jdbc = jdbc;
        this.organisations = organisations;
    }

    /** The organisation and each one below it, in tree order, then the total (organisation null). */
    List<Line> of(long organisationId, int year) {
        return of(organisations.subtree(organisationId), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** One organisation's own figures for consultations published between the two days (both included). */
    /** A count with its share, as the report and the self-inspection show it: {@code 3（75%）}. */
    static String withShare(long n, Integer percent) {
        return percent == null ? String.valueOf(n) : n + "（" + percent + "%）";
    }

    Line own(long organisationId, LocalDate first, LocalDate last) {
        return of(List.of(organisations.get(organisationId)), first, last).get(0);
    }

    private List<Line> of(List<Organisation> orgs, LocalDate first, LocalDate last) {
        Timestamp from = Timestamp.from(first.atStartOfDay(Zones.CHINA).toInstant());
        Timestamp to = Timestamp.from(last.plusDays(1).atStartOfDay(Zones.CHINA).toInstant());
        Map<Long, long[]> figures = new HashMap<>();
        jdbc.sql("""
                        select k.organisation_id,
                               count(distinct k.id) as consultations,
                               count(distinct k.id) filter (where k.closes_at - k.opens_at >= interval '30 days') as long_enough,
                               count(distinct k.id) filter (where k.report_published_at is not null) as reported,
                               count(c.id) as comments,
                               count(c.id) filter (where c.entered_by is not null) as entered
                          from consultation k left join consultation_comment c on c.consultation_id = k.id
                         where k.status = 'PUBLISHED' and k.organisation_id = any(?)
                           and k.published_at >= ? and k.published_at < ?
                         group by k.organisation_id""")
                .params(orgs.stream().map(Organisation::id).toArray(Long[]::new), from, to)
                .query(rs -> {
                    figures.put(rs.getLong(1), new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                            rs.getLong(6)});
                });
        long[] total = new long[5];
        List<Line> lines = new java.util.ArrayList<>();
        for (Organisation o : orgs) {
            long[] f = figures.getOrDefault(o.id(), new long[5]);
            for (int i = 0; i < 5; i++) {
                total[i] += f[i];
            }
            lines.add(new Line(o, f[0], f[1], f[2], f[3], f[4]));
        }
        lines.add(new Line(null, total[0], total[1], total[2], total[3], total[4]));
        return lines;
    }
}
