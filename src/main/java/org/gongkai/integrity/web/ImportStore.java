package org.gongkai.integrity.web;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.Optional;

/** Imported pages: original bytes, who imported them, and whether they were accepted. */
@Repository
class ImportStore {

    record Stored(long id, long organisationId, long staffId, String fileName, byte[] original, String sha256,
                  OffsetDateTime createdAt, OffsetDateTime acceptedAt) {
    }

    private final JdbcClient jdbc;

    ImportStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long save(long organisationId, long staffId, String fileName, byte[] original, String sha256) {
        return jdbc.sql("""
                        insert into integrity_import (organisation_id, staff_id, file_name, original, sha256)
                        values (:o, :s, :f, :b, :h) returning id""")
                .param("o", organisationId).param("s", staffId).param("f", fileName).param("b", original)
                .param("h", sha256).query(Long.class).single();
    }

    Optional<Stored> find(long id) {
        return jdbc.sql("""
                        select id, organisation_id, staff_id, file_name, original, sha256, created_at, accepted_at
                          from integrity_import where id = :id""")
                .param("id", id)
                .query((rs, n) -> new Stored(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                        rs.getBytes(5), rs.getString(6), rs.getObject(7, OffsetDateTime.class),
                        rs.getObject(8, OffsetDateTime.class)))
                .optional();
    }

    /** Marks an import accepted; false if it already was. */
    boolean accept(long id, long staffId) {
        return jdbc.sql("update integrity_import set accepted_at = now(), accepted_by = :s where id = :id and accepted_at is null")
                .param("s", staffId).param("id", id).update() == 1;
    }
}
