package org.gongkai.participation;

import org.gongkai.platform.web.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** SQL for published exchanges: only their public copy, never the writer's details (public pages, feed, sitemap). */
@Repository
class PublishedExchangeStore {

    private final JdbcClient jdbc;

    PublishedExchangeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A published exchange: its public copy (PublicCopy), without anything about the writer. */
    record PublishedRow(long id, long organisationId, MessageType type, String subject, String body, String reply, LocalDate receivedOn,
                        LocalDate repliedOn, String organisationName) {
    }

    Page<PublishedRow> published(long organisationId, String query, int page, int size) {
        String where = " where m.organisation_id = :org and m.published_at is not null"
                + (query == null ? "" : " and (strpos(m.public_subject, :q) > 0 or strpos(m.public_body, :q) > 0 or strpos(m.public_reply, :q) > 0)");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("org", organisationId);
        if (query != null) {
            params.put("q", query);
        }
        long total = jdbc.sql("select count(*) from citizen_message m" + where).params(params).query(Long.class).single();
        List<PublishedRow> rows = jdbc.sql(PUBLISHED + where + " order by m.published_at desc, m.id desc limit :limit offset :offset")
                .params(params).param("limit", size).param("offset", Page.offset(page, size))
                .query(PublishedExchangeStore::mapPublished).list();
        return new Page<>(rows, page, size, total);
    }

    Optional<PublishedRow> publishedOne(long id) {
        return jdbc.sql(PUBLISHED + " where m.id = ? and m.published_at is not null").param(id)
                .query(PublishedExchangeStore::mapPublished).optional();
    }

    /** A published exchange as the sitemap and the feed name it: its public copy only. */
    record PublishedEntry(long id, long organisationId, MessageType type, String subject, String reply,
                          Instant publishedAt) {
    }

    /** Published exchanges, the newest first: of one organisation, or of all when {@code organisationId} is null. */
    List<PublishedEntry> publishedNewest(Long organisationId, int max) {
        return jdbc.sql("""
                        select id, organisation_id, type, public_subject, public_reply, published_at
                          from citizen_message
                         where published_at is not null and (cast(:org as bigint) is null or organisation_id = :org)
                         order by published_at desc, id desc limit :max""")
                .param("org", organisationId).param("max", max)
                .query((rs, i) -> new PublishedEntry(rs.getLong("id"), rs.getLong("organisation_id"),
                        MessageType.valueOf(rs.getString("type")), rs.getString("public_subject"),
                        rs.getString("public_reply"), rs.getTimestamp("published_at").toInstant()))
                .list();
    }

    private static final String PUBLISHED = """
            select m.id, m.organisation_id, m.type, m.public_subject as subject, m.public_body as body,
                   m.public_reply as reply, m.received_on, m.replied_on, o.name as org_name
              from citizen_message m join organisation o on o.id = m.organisation_id""";

    private static PublishedRow mapPublished(ResultSet rs, int i) throws SQLException {
        return new PublishedRow(rs.getLong("id"), rs.getLong("organisation_id"), MessageType.valueOf(rs.getString("type")), rs.getString("subject"),
                rs.getString("body"), rs.getString("reply"), rs.getDate("received_on").toLocalDate(),
                rs.getDate("replied_on").toLocalDate(), rs.getString("org_name"));
    }
}
