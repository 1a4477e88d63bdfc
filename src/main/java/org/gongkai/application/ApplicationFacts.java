package org.gongkai.application;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

/** What the annual report needs of the applications: counted in the database ({@link #tally}), or one row each ({@link #ofYear}). */
@Service
public class ApplicationFacts {

    private final JdbcClient jdbc;

    ApplicationFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Table 三 for a period, counted in one query: the applications of these organisations received by {@code to} and
     * not answered before {@code from}, grouped by applicant type, whether received before {@code from} (carried in),
     * and the outcome given by {@code to} (null: still open then, carried over). Uses disclosure_application_tally_idx
     * (V20); a province of a thousand organisations and a million applications is an index-only scan.
     */
    public List<ApplicationTally> tally(List<Long> organisationIds, LocalDate from, LocalDate to) {
        if (from == null || to == null || from.isAfter(to)) {
            throw new IllegalArgumentException("period " + from + " to " + to);
        }
        if (organisationIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select applicant_type,
                               received_on < :from as carried_in,
                               case when replied_on <= :to then outcome end as outcome,
                               count(*) as n
                          from disclosure_application
                         where organisation_id = any(:orgs)
                           and coalesce(replied_on, date 'infinity') >= :from
                           and received_on <= :to
                         group by 1, 2, 3""")
                .param("orgs", OrganisationIds.array(organisationIds)).param("from", from).param("to", to)
                .query((rs, i) -> new ApplicationTally(ApplicantType.valueOf(rs.getString("applicant_type")),
                        rs.getBoolean("carried_in"),
                        rs.getString("outcome") == null ? null : ReplyOutcome.valueOf(rs.getString("outcome")),
                        rs.getLong("n")))
                .list();
    }

    /**
     * The fees recorded for the period: paid in it (by the day paid), and lapsed in it (closed as 逾期未缴费 on a day
     * in it), for section 六 of the annual report.
     */
    public RecordedFees fees(List<Long> organisationIds, LocalDate from, LocalDate to) {
        if (from == null || to == null || from.isAfter(to)) {
            throw new IllegalArgumentException("period " + from + " to " + to);
        }
        if (organisationIds.isEmpty()) {
            return new RecordedFees(0, 0, 0, 0);
        }
        return jdbc.sql("""
                        select count(*) filter (where fee_paid_on between :from and :to) as paid,
                               coalesce(sum(fee_amount) filter (where fee_paid_on between :from and :to), 0) as paid_yuan,
                               count(*) filter (where outcome = 'OTHER_FEE_UNPAID' and replied_on between :from and :to) as lapsed,
                               coalesce(sum(fee_amount) filter (where outcome = 'OTHER_FEE_UNPAID'
                                                                  and replied_on between :from and :to), 0) as lapsed_yuan
                          from disclosure_application
                         where organisation_id = any(:orgs) and fee_amount is not null""")
                .param("orgs", OrganisationIds.array(organisationIds)).param("from", from).param("to", to)
                .query((rs, i) -> new RecordedFees(rs.getLong("paid"), rs.getLong("paid_yuan"), rs.getLong("lapsed"),
                        rs.getLong("lapsed_yuan")))
                .single();
    }

    /**
     * Applications received by the end of the year and not answered before it began, one row each. Superseded for
     * the report by {@link #tally}; kept as the reference the tally is checked against (tests, bench/report-bench.sh).
     */
    public List<ApplicationFact> ofYear(long organisationId, int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        return jdbc.sql("""
                select applicant_type, received_on, replied_on, outcome from disclosure_application
                 where organisation_id = ? and received_on <= ? and (replied_on is null or replied_on >= ?)""")
                .params(organisationId, Date.valueOf(last), Date.valueOf(first))
                .query((rs, i) -> new ApplicationFact(ApplicantType.valueOf(rs.getString(1)),
                        rs.getDate(2).toLocalDate(), rs.getDate(3) == null ? null : rs.getDate(3).toLocalDate(),
                        rs.getString(4) == null ? null : ReplyOutcome.valueOf(rs.getString(4))))
                .list();
    }
}
