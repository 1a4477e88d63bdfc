package org.gongkai.services;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The published versions of replies, clean-ups and work-plan links (V175): the public fields as they stood each time
 * they became or changed in public. Written only by the publishing actions, once; the public history is read from here.
 */
@Repository
class PublicEditions {

    /** The parts of the module with a public history kept here (the ledger and the lists keep their own). */
    enum Part {
        REPLY, CLEANUP, WORK_PLAN
    }

    /** One published version: its number, when, and the public fields (stable keys, codes rather than labels). */
    record Edition(Part part, long organisationId, String subject, int editionNo, Instant publishedAt,
                   Map<String, Object> fields) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };
    private static final String COLUMNS = "part, organisation_id, subject, edition_no, published_at, fields::text";

    private final JdbcClient jdbc;

    PublicEditions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records the subject's public fields as a new edition unless they equal the newest one; the caller holds the
     * subject (its row lock or the transaction that changes it). Returns whether an edition was written.
     */
    boolean record(Part part, long organisationId, String subject, Map<String, Object> fields) {
        String json = JSON.writeValueAsString(fields);
        Optional<Edition> newest = newest(part, organisationId, subject);
        if (newest.isPresent() && Objects.equals(newest.get().fields(), JSON.readValue(json, MAP))) {
            return false;
        }
        jdbc.sql("""
                        insert into svc_public_edition (part, organisation_id, subject, edition_no, fields)
                        values (?, ?, ?, ?, cast(? as jsonb))""")
                .params(part.name(), organisationId, subject, newest.map(Edition::editionNo).orElse(0) + 1, json)
                .update();
        return true;
    }

    Optional<Edition> newest(Part part, long organisationId, String subject) {
        return jdbc.sql("select " + COLUMNS + " from svc_public_edition where part = ? and organisation_id = ?"
                        + " and subject = ? order by edition_no desc limit 1")
                .params(part.name(), organisationId, subject).query(PublicEditions::edition).optional();
    }

    /** A subject's editions, newest first. */
    List<Edition> of(Part part, long organisationId, String subject) {
        return jdbc.sql("select " + COLUMNS + " from svc_public_edition where part = ? and organisation_id = ?"
                        + " and subject = ? order by edition_no desc")
                .params(part.name(), organisationId, subject).query(PublicEditions::edition).list();
    }

    /** Every edition of the part among these organisations, newest first, at most {@code max}. */
    List<Edition> newestAmong(Part part, List<Long> organisationIds, int max) {
        if (organisationIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from svc_public_edition where part = :part"
                        + " and organisation_id in (:ids) order by published_at desc, id desc limit :max")
                .param("part", part.name()).param("ids", organisationIds).param("max", max)
                .query(PublicEditions::edition).list();
    }

    private static Edition edition(ResultSet rs, int n) throws SQLException {
        return new Edition(Part.valueOf(rs.getString(1)), rs.getLong(2), rs.getString(3), rs.getInt(4),
                rs.getTimestamp(5).toInstant(), JSON.readValue(rs.getString(6), MAP));
    }
}
