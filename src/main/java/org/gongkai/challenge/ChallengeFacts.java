package org.gongkai.challenge;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.List;

/**
 * The figures of table 四 (administrative reconsideration and litigation), counted in the database.
 * <p>
 * Counting rule: a case counts in the period in which it was filed ({@code filed_on} from {@code from} to {@code to}
 * inclusive), once, under the result known on the last day of the period: a case not concluded by then — no
 * conclusion yet, or a conclusion dated after {@code to} — counts as 尚未审结 (PENDING). A case filed in an earlier
 * period and concluded in this one is not counted again: it was counted in its filing period, as pending.
 */
@Service
public class ChallengeFacts {

    private final JdbcClient jdbc;

    ChallengeFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Cases filed from `from` to `to` inclusive, for these organisations; result as known on `to` (not concluded by then → PENDING). */
    public List<ChallengeCount> count(List<Long> organisationIds, LocalDate from, LocalDate to) {
        if (from == null || to == null || from.isAfter(to)) {
            throw new IllegalArgumentException("period " + from + " to " + to);
        }
        if (organisationIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select kind,
                               case when concluded_on is null or concluded_on > :to then 'PENDING' else result end as result,
                               count(*) as n
                          from legal_challenge
                         where organisation_id = any(:orgs) and filed_on between :from and :to
                         group by 1, 2
                         order by 1, 2""")
                .param("orgs", OrganisationIds.array(organisationIds)).param("from", from).param("to", to)
                .query((rs, i) -> new ChallengeCount(ChallengeKind.valueOf(rs.getString("kind")),
                        ChallengeResult.valueOf(rs.getString("result")), rs.getLong("n")))
                .list();
    }
}
