package org.gongkai.review;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

/** SQL for screening findings and their decisions. */
@Repository
class FindingStore {

    /** A decision already taken in the edition, carried to the same value found again in a later revision. */
    record Decision(String reason, long decidedBy, Timestamp decidedAt) {
    }

    /** What a finding is about, ignoring offsets: the same value in the same place of the same (original) file. */
    record Key(FindingKind kind, String matched, String part, Long originAttachmentId, String location) {
    }

    private static final String COLUMNS = """
            f.id, f.document_id, f.edition_id, f.revision_id, f.part, f.attachment_id, f.origin_attachment_id,
            f.attachment_kind, f.attachment_name, f.location, f.kind, f.start_offset, f.end_offset, f.matched, f.masked,
            f.context, f.confidence, f.status, f.reason, f.decided_by, u.display_name as decided_by_name, f.decided_at""";

    private final JdbcClient jdbc;

    FindingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the finding unless the same one is already stored for the revision. */
    void insert(long documentId, long editionId, long revisionId, long organisationId, String part, Long attachmentId,
                Long originAttachmentId, String attachmentKind, String attachmentName, String location, Finding f,
                Decision carried) {
        jdbc.sql("""
                insert into screening_finding (document_id, edition_id, revision_id, organisation_id, part,
                    attachment_id, origin_attachment_id, attachment_kind, attachment_name, location, kind, start_offset,
                    end_offset, matched, masked, context, confidence, status, reason, decided_by, decided_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(documentId, editionId, revisionId, organisationId, part, attachmentId, originAttachmentId,
                        attachmentKind, attachmentName, location, f.kind().name(), f.start(), f.end(), f.matched(),
                        f.maskedPreview(), f.context(), Math.round(f.confidence() * 1000) / 1000.0,
                        carried == null ? "OPEN" : "ACCEPTED", carried == null ? null : carried.reason(),
                        carried == null ? null : carried.decidedBy(), carried == null ? null : carried.decidedAt())
                .update();
    }

    /** The accepted decisions of the edition, to carry to a later revision. */
    java.util.Map<Key, Decision> acceptedIn(long editionId) {
        java.util.Map<Key, Decision> out = new java.util.HashMap<>();
        jdbc.sql("""
                select kind, matched, part, origin_attachment_id, location, reason, decided_by, decided_at
                  from screening_finding where edition_id = ? and status = 'ACCEPTED' order by decided_at""")
                .param(editionId).query(rs -> {
                    Long origin = nullable(rs, "origin_attachment_id");
                    out.put(new Key(FindingKind.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3),
                                    origin, rs.getString(5)),
                            new Decision(rs.getString(6), rs.getLong(7), rs.getTimestamp(8)));
                });
        return out;
    }

    List<StoredFinding> ofRevision(long editionId, long revisionId) {
        return jdbc.sql("select " + COLUMNS + " " + """
                 from screening_finding f left join staff_user u on u.id = f.decided_by
                 where f.edition_id = ? and f.revision_id = ?
                 order by case when f.part = 'attachment' then 2 when f.part = 'body' then 1 else 0 end,
                          f.attachment_id nulls first, f.start_offset, f.id""")
                .params(editionId, revisionId).query(FindingStore::map).list();
    }

    Optional<StoredFinding> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from screening_finding f left join staff_user u on u.id = f.decided_by"
                        + " where f.id = ?").param(id).query(FindingStore::map).optional();
    }

    void decide(long id, FindingStatus status, String reason, long by) {
        jdbc.sql("update screening_finding set status = ?, reason = ?, decided_by = ?, decided_at = now() where id = ?")
                .params(status.name(), reason, by, id).update();
    }

    private static StoredFinding map(ResultSet rs, int row) throws SQLException {
        Timestamp decidedAt = rs.getTimestamp("decided_at");
        return new StoredFinding(rs.getLong("id"), rs.getLong("document_id"), rs.getLong("edition_id"),
                rs.getLong("revision_id"), rs.getString("part"), nullable(rs, "attachment_id"),
                nullable(rs, "origin_attachment_id"), rs.getString("attachment_kind"), rs.getString("attachment_name"),
                rs.getString("location"), FindingKind.valueOf(rs.getString("kind")), rs.getInt("start_offset"),
                rs.getInt("end_offset"), rs.getString("matched"), rs.getString("masked"), rs.getString("context"),
                rs.getDouble("confidence"), FindingStatus.valueOf(rs.getString("status")), rs.getString("reason"),
                nullable(rs, "decided_by"), rs.getString("decided_by_name"),
                decidedAt == null ? null : decidedAt.toInstant());
    }

    private static Long nullable(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }
}
