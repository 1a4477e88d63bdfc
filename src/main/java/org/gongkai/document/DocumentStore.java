package org.gongkai.document;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** SQL for documents, their editions, revisions and history. */
@Repository
class DocumentStore {

    private static final String EDITION_COLUMNS = """
            id, document_id, number, revision_id, status, created_by, created_at, updated_at, lock_version,
            scheduled_for, published_at, public_note""";

    private final JdbcClient jdbc;

    DocumentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertDocument(long organisationId, long createdBy) {
        return jdbc.sql("insert into document (organisation_id, created_by) values (?, ?) returning id")
                .params(organisationId, createdBy).query(Long.class).single();
    }

    Optional<DocumentRef> findDocument(long id) {
        return jdbc.sql("select id, organisation_id, index_number, created_by, created_at from document where id = ?")
                .param(id).query((rs, i) -> new DocumentRef(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getLong(4), instant(rs, 5))).optional();
    }

    /** Locks the document row: every workflow action on a document runs one at a time. */
    void lockDocument(long id) {
        jdbc.sql("select id from document where id = ? for update").param(id).query(Long.class).optional();
    }

    long insertRevision(long documentId, DocumentContent c, String bodyHtml, String bodyText, long createdBy) {
        return insertRevision(documentId, c, bodyHtml, bodyText, createdBy, null);
    }

    private long insertRevision(long documentId, DocumentContent c, String bodyHtml, String bodyText, long createdBy,
                                Long redactedFrom) {
        List<Object> params = new ArrayList<>();
        params.add(documentId);
        for (DocumentField f : DocumentFields.all()) {
            params.add(sqlValue(f, c));
        }
        params.addAll(Arrays.asList(bodyHtml, bodyText, createdBy, redactedFrom));
        return jdbc.sql("insert into revision (document_id, " + DocumentFields.columns(DocumentFields.all())
                        + ", body_html, body_text, created_by, redacted_from) values ("
                        + "?, ".repeat(params.size() - 1) + "?) returning id")
                .params(params)
                .query(Long.class).single();
    }

    void linkAttachments(long revisionId, List<Long> attachmentIds) {
        for (int i = 0; i < attachmentIds.size(); i++) {
            jdbc.sql("insert into revision_attachment (revision_id, attachment_id, position) values (?, ?, ?)")
                    .params(revisionId, attachmentIds.get(i), i).update();
        }
    }

    Optional<Revision> findRevision(long id) {
        return jdbc.sql("select id, document_id, " + DocumentFields.columns(DocumentFields.all())
                        + ", body_html, body_text, created_by, created_at from revision where id = ?").param(id)
                .query((rs, i) -> new Revision(rs.getLong("id"), rs.getLong("document_id"), content(rs, DocumentFields.all()),
                        rs.getString("body_text"), List.of(), rs.getLong("created_by"), instant(rs, "created_at")))
                .optional()
                .map(r -> new Revision(r.id(), r.documentId(), r.content(), r.bodyText(), attachmentsOf(r.id()),
                        r.createdBy(), r.createdAt()));
    }

    List<AttachmentInfo> attachmentsOf(long revisionId) {
        return jdbc.sql("""
                select a.id, a.document_id, a.sha256, a.file_name, a.media_type, a.kind, a.size_bytes, a.uploaded_at
                  from revision_attachment ra join attachment a on a.id = ra.attachment_id
                 where ra.revision_id = ? order by ra.position""").param(revisionId)
                .query(DocumentStore::attachment).list();
    }

    Optional<AttachmentInfo> findAttachment(long id) {
        return jdbc.sql("""
                select id, document_id, sha256, file_name, media_type, kind, size_bytes, uploaded_at
                  from attachment where id = ?""").param(id).query(DocumentStore::attachment).optional();
    }

    long insertAttachment(long documentId, String sha256, String fileName, AttachmentKind kind, long size, long by) {
        return jdbc.sql("""
                insert into attachment (document_id, sha256, file_name, media_type, kind, size_bytes, uploaded_by)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(documentId, sha256, fileName, kind.mediaType(), kind.name(), size, by)
                .query(Long.class).single();
    }

    /** A redacted copy of an attachment: same document, its name masked, new content; it names the file it came from. */
    long insertRedactedAttachment(AttachmentInfo original, String fileName, String sha256, long size, long by) {
        return jdbc.sql("""
                insert into attachment (document_id, sha256, file_name, media_type, kind, size_bytes, uploaded_by,
                    redacted_from) values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(original.documentId(), sha256, fileName, original.mediaType(), original.kind().name(),
                        size, by, original.id())
                .query(Long.class).single();
    }

    /** The files of a revision that have no public copy yet. */
    java.util.List<AttachmentInfo> withoutPublicCopy(long revisionId) {
        return jdbc.sql("""
                select a.id, a.document_id, a.sha256, a.file_name, a.media_type, a.kind, a.size_bytes, a.uploaded_at
                  from attachment a join revision_attachment ra on ra.attachment_id = a.id
                 where ra.revision_id = ? and a.public_sha256 is null order by ra.position""")
                .param(revisionId).query(DocumentStore::attachment).list();
    }

    void setPublicCopy(long attachmentId, String sha256, long size) {
        jdbc.sql("update attachment set public_sha256 = ?, public_size = ? where id = ? and public_sha256 is null")
                .params(sha256, size, attachmentId).update();
    }

    /** The attachment at the start of the chain of redacted copies that leads to this one (itself if none). */
    long originOf(long attachmentId) {
        return jdbc.sql("""
                with recursive chain(id, redacted_from) as (
                    select id, redacted_from from attachment where id = ?
                    union all
                    select a.id, a.redacted_from from attachment a join chain c on a.id = c.redacted_from)
                select id from chain where redacted_from is null""").param(attachmentId).query(Long.class)
                .optional().orElse(attachmentId);
    }

    /** A revision made by redacting another one: it names the original. */
    long insertRedactedRevision(Revision original, DocumentContent c, String bodyHtml, String bodyText, long createdBy) {
        return insertRevision(original.documentId(), c, bodyHtml, bodyText, createdBy, original.id());
    }

    /** The revision this one was redacted from, if it is a redacted copy. */
    Optional<Long> redactedFrom(long revisionId) {
        return jdbc.sql("select redacted_from from revision where id = ? and redacted_from is not null")
                .param(revisionId).query(Long.class).optional();
    }

    /** Points an edition in review at its redacted revision. */
    boolean pointSubmittedTo(long editionId, long revisionId) {
        return jdbc.sql("""
                update edition set revision_id = ?, lock_version = lock_version + 1, updated_at = now()
                 where id = ? and status = 'SUBMITTED'""").params(revisionId, editionId).update() == 1;
    }

    long insertEdition(long documentId, int number, long revisionId, long createdBy) {
        return jdbc.sql("""
                insert into edition (document_id, number, revision_id, status, created_by)
                values (?, ?, ?, 'DRAFT', ?) returning id""")
                .params(documentId, number, revisionId, createdBy).query(Long.class).single();
    }

    Optional<Edition> findEdition(long id) {
        return jdbc.sql("select " + EDITION_COLUMNS + " from edition where id = ?").param(id)
                .query(DocumentStore::edition).optional();
    }

    List<Edition> editionsOf(long documentId) {
        return jdbc.sql("select " + EDITION_COLUMNS + " from edition where document_id = ? order by number")
                .param(documentId).query(DocumentStore::edition).list();
    }

    Optional<Edition> inProgressEdition(long documentId) {
        return jdbc.sql("select " + EDITION_COLUMNS + " from edition where document_id = ? and status in "
                        + "('DRAFT','SUBMITTED','REJECTED','APPROVED','SCHEDULED')")
                .param(documentId).query(DocumentStore::edition).optional();
    }

    Optional<Edition> liveEdition(long documentId) {
        return jdbc.sql("select " + EDITION_COLUMNS + " from edition where document_id = ? and status in "
                        + "('PUBLISHED','WITHDRAWN','REMOVED')")
                .param(documentId).query(DocumentStore::edition).optional();
    }

    int nextEditionNumber(long documentId) {
        return jdbc.sql("select coalesce(max(number), 0) + 1 from edition where document_id = ?").param(documentId)
                .query(Integer.class).single();
    }

    /** Points a draft at a new revision if nobody saved it since {@code expectedVersion}; false when stale. */
    boolean replaceRevision(long editionId, long revisionId, int expectedVersion) {
        return jdbc.sql("""
                update edition set revision_id = ?, lock_version = lock_version + 1, updated_at = now()
                 where id = ? and lock_version = ? and status in ('DRAFT', 'REJECTED')""")
                .params(revisionId, editionId, expectedVersion).update() == 1;
    }

    /** Moves an edition from one status to another; false when it is not in {@code from} any more. */
    boolean moveStatus(long editionId, EditionStatus from, EditionStatus to) {
        return jdbc.sql("""
                update edition set status = ?, lock_version = lock_version + 1, updated_at = now()
                 where id = ? and status = ?""").params(to.name(), editionId, from.name()).update() == 1;
    }

    boolean schedule(long editionId, Instant at) {
        return jdbc.sql("""
                update edition set status = 'SCHEDULED', scheduled_for = ?, lock_version = lock_version + 1,
                       updated_at = now() where id = ? and status = 'APPROVED'""")
                .params(Timestamp.from(at), editionId).update() == 1;
    }

    boolean markPublished(long editionId, EditionStatus from, Instant at) {
        return jdbc.sql("""
                update edition set status = 'PUBLISHED', published_at = ?, scheduled_for = null,
                       lock_version = lock_version + 1, updated_at = now() where id = ? and status = ?""")
                .params(Timestamp.from(at), editionId, from.name()).update() == 1;
    }

    void setPublicNote(long editionId, String note) {
        jdbc.sql("update edition set public_note = ? where id = ?").params(note, editionId).update();
    }

    void setIndexNumber(long documentId, String indexNumber) {
        jdbc.sql("update document set index_number = ? where id = ? and index_number is null")
                .params(indexNumber, documentId).update();
    }

    /** Takes the next 索引号 serial of the organisation's year, atomically under the row's lock. */
    int nextSerial(long organisationId, int year) {
        return jdbc.sql("""
                insert into index_number_serial (organisation_id, year, last_serial) values (?, ?, 1)
                on conflict (organisation_id, year) do update set last_serial = index_number_serial.last_serial + 1
                returning last_serial""").params(organisationId, year).query(Integer.class).single();
    }

    List<Long> dueScheduledEditions(Instant now, int limit) {
        return jdbc.sql("""
                select id from edition where status = 'SCHEDULED' and scheduled_for <= ?
                 order by scheduled_for limit ?""").params(Timestamp.from(now), limit).query(Long.class).list();
    }

    void insertEvent(long documentId, long editionId, String action, EditionStatus from, EditionStatus to,
                     Long actorId, String actorName, String note) {
        jdbc.sql("""
                insert into edition_event (document_id, edition_id, action, from_status, to_status, actor_id,
                    actor_name, note) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(documentId, editionId, action, from == null ? null : from.name(), to == null ? null : to.name(),
                        actorId, actorName, note).update();
    }

    List<EditionEvent> eventsOf(long documentId) {
        return jdbc.sql("""
                select ev.id, ev.edition_id, e.number, ev.action, ev.from_status, ev.to_status, ev.actor_id,
                       ev.actor_name, ev.note, ev.occurred_at
                  from edition_event ev join edition e on e.id = ev.edition_id
                 where ev.document_id = ? order by ev.id""").param(documentId)
                .query((rs, i) -> new EditionEvent(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4),
                        status(rs.getString(5)), status(rs.getString(6)), nullableLong(rs, 7), rs.getString(8),
                        rs.getString(9), instant(rs, 10))).list();
    }

    /** Staff who wrote any revision of the edition, or started it: none of them may review it. */
    boolean isAuthorOf(long editionId, long userId) {
        return jdbc.sql("""
                select exists (select 1 from edition e where e.id = ? and e.created_by = ?)
                    or exists (select 1 from edition_event ev where ev.edition_id = ? and ev.actor_id = ?
                               and ev.action in ('create', 'save', 'attach', 'detach', 'new-edition'))""")
                .params(editionId, userId, editionId, userId).query(Boolean.class).single();
    }

    /** The content of a row holding the columns of {@code fields} and {@code body_html}; other fields keep their defaults. */
    static DocumentContent content(ResultSet rs, List<DocumentField> fields) throws SQLException {
        DocumentContent.Builder b = DocumentContent.builder();
        for (DocumentField f : fields) {
            b.set(f, read(rs, f));
        }
        return b.bodyHtml(rs.getString("body_html")).build();
    }

    private static Object read(ResultSet rs, DocumentField f) throws SQLException {
        return switch (f.type()) {
            case TEXT, CODE -> rs.getString(f.column());
            case DATE -> localDate(rs, f.column());
            case ID -> nullableLong(rs, f.column());
            case CHOICE -> f.constant(rs.getString(f.column()));
        };
    }

    private static Object sqlValue(DocumentField f, DocumentContent c) {
        Object v = f.value(c);
        return switch (f.type()) {
            case DATE -> date((LocalDate) v);
            case CHOICE -> v == null ? null : ((Enum<?>) v).name();
            default -> v;
        };
    }

    private static Edition edition(ResultSet rs, int row) throws SQLException {
        return new Edition(rs.getLong("id"), rs.getLong("document_id"), rs.getInt("number"), rs.getLong("revision_id"),
                EditionStatus.valueOf(rs.getString("status")), rs.getLong("created_by"), instant(rs, "created_at"),
                instant(rs, "updated_at"), rs.getInt("lock_version"), instant(rs, "scheduled_for"),
                instant(rs, "published_at"), rs.getString("public_note"));
    }

    static AttachmentInfo attachment(ResultSet rs, int row) throws SQLException {
        return new AttachmentInfo(rs.getLong("id"), rs.getLong("document_id"), rs.getString("sha256"),
                rs.getString("file_name"), rs.getString("media_type"), AttachmentKind.valueOf(rs.getString("kind")),
                rs.getLong("size_bytes"), instant(rs, "uploaded_at"));
    }

    private static EditionStatus status(String s) {
        return s == null ? null : EditionStatus.valueOf(s);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    static LocalDate localDate(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    static Long nullableLong(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    private static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }
}
