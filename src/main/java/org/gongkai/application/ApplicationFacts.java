package org.gongkai.application;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

/** The applications that matter for a year's report of an organisation: open at some moment of that year. */
@Service
public class ApplicationFacts {

    private final JdbcClient jdbc;

    ApplicationFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Applications received by the end of the year and not answered before it began. */
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
