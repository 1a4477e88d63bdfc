package org.gongkai.report;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.util.List;

/**
 * The published annual reports of some organisations, newest year first: only reports whose document the public
 * can read (the {@code public_document} view: published, not withdrawn), so no draft report is ever listed.
 */
@Component
public class PublishedReports {

    private final JdbcClient jdbc;

    PublishedReports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<PublishedReport> of(List<Long> organisationIds) {
        if (organisationIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select r.organisation_id, r.year, r.document_id, d.title, d.published_at
                          from annual_report r
                          join public_document d on d.document_id = r.document_id and d.status = 'PUBLISHED'
                         where r.organisation_id = any(?)
                         order by r.year desc, r.organisation_id""")
                .param(organisationIds.toArray(Long[]::new))
                .query((rs, i) -> new PublishedReport(rs.getLong(1), rs.getInt(2), rs.getLong(3), rs.getString(4),
                        rs.getObject(5, Timestamp.class).toInstant()))
                .list();
    }

    /**
     * Whether the organisation or any below it has a published report: one query over the ids of the subtree, since
     * every framed page of a site asks (a ministry's subtree has thousands of organisations).
     */
    public boolean anyAtOrBelow(long organisationId) {
        return jdbc.sql("""
                        with recursive t(id) as (
                            select ?::bigint
                            union all
                            select o.id from organisation o join t on o.parent_id = t.id)
                        select exists (select 1 from annual_report r
                                         join public_document d on d.document_id = r.document_id
                                                               and d.status = 'PUBLISHED'
                                        where r.organisation_id in (select id from t))""")
                .param(organisationId).query(Boolean.class).single();
    }
}
