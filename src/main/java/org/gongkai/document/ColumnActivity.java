package org.gongkai.document;

import org.gongkai.platform.Zones;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * How recently each column of a public site was updated, read from the {@code public_document} view only: live,
 * proactively disclosed, published (not withdrawn) documents. A document's date is its 发布日期 as the site shows it
 * ({@link PublishedDocument#shownPublishDate()}: the one given in its metadata, else the Beijing day it went out).
 * Answers many organisations in one query, for reports over a whole tree of organisations.
 */
@Service
public class ColumnActivity {

    /**
     * The public documents of one organisation filed under one catalog node.
     *
     * @param catalogNodeId   null for the documents filed under no catalog node
     * @param documents       how many there are
     * @param newest          the newest date shown among them that is not after {@code today}; null when none is
     * @param datedAfterToday how many show a date after {@code today}
     * @param withoutOwnDate  how many have no 发布日期 of their own, so that the site shows the day they went out
     */
    public record Activity(long organisationId, Long catalogNodeId, long documents, LocalDate newest,
                           long datedAfterToday, long withoutOwnDate) {
    }

    /** A public document with the date the site shows for it. */
    public record DatedDocument(long documentId, long organisationId, Long catalogNodeId, String title,
                                LocalDate shownDate) {
    }

    private static final String SHOWN_DATE =
            "coalesce(publish_date, (published_at at time zone '" + Zones.CHINA.getId() + "')::date)";

    private final JdbcClient jdbc;

    ColumnActivity(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One row per organisation and catalog node that has public documents; nodes without any are absent. */
    public List<Activity> of(Collection<Long> organisationIds, LocalDate today) {
        if (organisationIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select organisation_id, catalog_node_id, count(*) as documents,
                       max(shown) filter (where shown <= :today) as newest,
                       count(*) filter (where shown > :today) as dated_after,
                       count(*) filter (where publish_date is null) as without_own_date
                  from (select organisation_id, catalog_node_id, publish_date, %s as shown
                          from public_document
                         where status = 'PUBLISHED' and organisation_id = any(:orgs)) d
                 group by organisation_id, catalog_node_id""".formatted(SHOWN_DATE))
                .param("orgs", organisationIds.toArray(Long[]::new))
                .param("today", today)
                .query((rs, i) -> new Activity(rs.getLong("organisation_id"),
                        rs.getObject("catalog_node_id", Long.class), rs.getLong("documents"),
                        rs.getObject("newest", LocalDate.class), rs.getLong("dated_after"),
                        rs.getLong("without_own_date")))
                .list();
    }

    /** The organisation's public documents that show a date after {@code today}, earliest first, at most {@code limit}. */
    public List<DatedDocument> datedAfter(long organisationId, LocalDate today, int limit) {
        return jdbc.sql("""
                select document_id, organisation_id, catalog_node_id, title, %s as shown
                  from public_document
                 where status = 'PUBLISHED' and organisation_id = :org and %s > :today
                 order by shown, document_id limit :limit""".formatted(SHOWN_DATE, SHOWN_DATE))
                .param("org", organisationId).param("today", today).param("limit", limit)
                .query((rs, i) -> new DatedDocument(rs.getLong("document_id"), rs.getLong("organisation_id"),
                        rs.getObject("catalog_node_id", Long.class), rs.getString("title"),
                        rs.getObject("shown", LocalDate.class)))
                .list();
    }
}
