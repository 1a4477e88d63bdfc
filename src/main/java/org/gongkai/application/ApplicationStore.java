package org.gongkai.application;

import org.gongkai.platform.web.NotFoundException;
import org.gongkai.platform.web.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** SQL for applications, their pauses, timeline and files. */
@Repository
class ApplicationStore {

    private final JdbcClient jdbc;

    ApplicationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long organisationId, String trackingNumber, String codeHash, Applicant a, RequestedInfo info,
                Delivery delivery, Channel channel, Instant receivedAt, LocalDate receivedOn, LocalDate dueOn,
                boolean provisional, Long createdBy) {
        return jdbc.sql("""
                        insert into disclosure_application (organisation_id, tracking_number, query_code_hash,
                            applicant_type, applicant_name, id_type, id_number, credit_code, legal_representative,
                            contact_person, phone, email, address, postcode, info_description, info_name, info_number,
                            purpose, delivery, channel, received_at, received_on, status, clock_start, due_on,
                            due_provisional, holder_id, created_by)
                        values (:org, :tn, :hash, :type, :name, :idType, :idNumber, :credit, :legal, :contact, :phone,
                            :email, :address, :postcode, :desc, :infoName, :infoNumber, :purpose, :delivery, :channel,
                            :receivedAt, :receivedOn, 'IN_PROGRESS', :receivedOn, :due, :prov, :by, :by)
                        returning id""")
                .param("org", organisationId).param("tn", trackingNumber).param("hash", codeHash)
                .param("type", a.type().name()).param("name", a.name())
                .param("idType", a.idType() == null ? null : a.idType().name()).param("idNumber", a.idNumber())
                .param("credit", a.creditCode()).param("legal", a.legalRepresentative())
                .param("contact", a.contactPerson()).param("phone", a.phone()).param("email", a.email())
                .param("address", a.address()).param("postcode", a.postcode())
                .param("desc", info.description()).param("infoName", info.name())
                .param("infoNumber", info.documentNumber()).param("purpose", info.purpose())
                .param("delivery", delivery.name()).param("channel", channel.name())
                .param("receivedAt", Timestamp.from(receivedAt)).param("receivedOn", receivedOn)
                .param("due", dueOn).param("prov", provisional).param("by", createdBy)
                .query(Long.class).single();
    }

    /** Marks an application registered in migration mode, with the office's earlier number (may be null). */
    void markMigrated(long id, String earlierNumber) {
        jdbc.sql("update disclosure_application set migrated = true, earlier_number = :n, due_on = null where id = :id")
                .param("n", earlierNumber).param("id", id).update();
    }

    boolean earlierNumberTaken(long organisationId, String earlierNumber) {
        return jdbc.sql("select exists (select 1 from disclosure_application where organisation_id = ? and earlier_number = ?)")
                .params(organisationId, earlierNumber).query(Boolean.class).single();
    }

    /** Whether the organisation already holds an application of this applicant, received that day, asking this. */
    boolean sameApplicationExists(long organisationId, String applicantName, LocalDate receivedOn, String description) {
        return jdbc.sql("""
                        select exists (select 1 from disclosure_application
                                        where organisation_id = ? and applicant_name = ? and received_on = ?
                                          and info_description = ?)""")
                .params(organisationId, applicantName, receivedOn, description).query(Boolean.class).single();
    }

    Optional<DisclosureApplication> find(long id) {
        return jdbc.sql("select * from disclosure_application where id = ?").param(id)
                .query(ApplicationStore::map).optional();
    }

    DisclosureApplication get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("application", id));
    }

    /** Locks the row for a transition (call inside a transaction). */
    DisclosureApplication lock(long id) {
        return jdbc.sql("select * from disclosure_application where id = ? for update").param(id)
                .query(ApplicationStore::map).optional().orElseThrow(() -> new NotFoundException("application", id));
    }

    Optional<DisclosureApplication> findByTrackingNumber(String trackingNumber) {
        return jdbc.sql("select * from disclosure_application where tracking_number = ?").param(trackingNumber)
                .query(ApplicationStore::map).optional();
    }

    /** How many applications this applicant filed with the organisation in the calendar month of {@code on}, up to and including {@code id}. */
    int ordinalInMonth(DisclosureApplication app) {
        LocalDate first = app.receivedOn().withDayOfMonth(1);
        LocalDate last = first.plusMonths(1);
        Applicant a = app.applicant();
        String where = a.type() == ApplicantType.NATURAL_PERSON
                ? "applicant_type = 'NATURAL_PERSON' and id_type = :idType and id_number = :key"
                : "applicant_type <> 'NATURAL_PERSON' and credit_code = :key";
        var spec = jdbc.sql("""
                        select count(*) from disclosure_application
                         where organisation_id = :org and received_on >= :first and received_on < :last
                           and (received_at, id) <= (:at, :id) and """ + " " + where)
                .param("org", app.organisationId()).param("first", first).param("last", last)
                .param("at", Timestamp.from(app.receivedAt())).param("id", app.id())
                .param("key", a.type() == ApplicantType.NATURAL_PERSON ? a.idNumber() : a.creditCode());
        if (a.type() == ApplicantType.NATURAL_PERSON) {
            spec = spec.param("idType", a.idType().name());
        }
        return spec.query(Integer.class).single();
    }

    // --- transitions: one method per kind of change; each bumps the version ---

    /** The member of staff who acted last holds the application. */
    void setHolder(long id, long holderId) {
        jdbc.sql("update disclosure_application set version = version + 1, holder_id = :holder where id = :id")
                .param("holder", holderId).param("id", id).update();
    }

    /** The due date as the clock gives it now (null while it stands still with no known end). */
    void setDue(long id, LocalDate dueOn, boolean provisional) {
        jdbc.sql("""
                        update disclosure_application set version = version + 1, due_on = :due, due_provisional = :prov
                         where id = :id""")
                .param("due", dueOn).param("prov", provisional).param("id", id).update();
    }

    /** A status change that touches nothing else (a consultation starts or ends). */
    void setStatus(long id, ApplicationStatus status) {
        jdbc.sql("update disclosure_application set version = version + 1, status = :status where id = :id")
                .param("status", status.name()).param("id", id).update();
    }

    /** The correction notice went out: the clock waits for the corrected application, due by {@code correctionDueOn}. */
    void awaitCorrection(long id, LocalDate correctionDueOn) {
        jdbc.sql("""
                        update disclosure_application set version = version + 1, status = 'AWAITING_CORRECTION',
                               correction_requested = true, correction_due_on = :due, due_on = null
                         where id = :id""")
                .param("due", correctionDueOn).param("id", id).update();
    }

    /** The corrected application arrived: the clock starts again from that day. */
    void restartClock(long id, LocalDate clockStart) {
        jdbc.sql("""
                        update disclosure_application set version = version + 1, status = 'IN_PROGRESS',
                               clock_start = :start
                         where id = :id""")
                .param("start", clockStart).param("id", id).update();
    }

    void requestExtension(long id, long requestedBy, String reason) {
        jdbc.sql("""
                        update disclosure_application set version = version + 1, extension_state = 'REQUESTED',
                               extension_requested_by = :by, extension_reason = :reason
                         where id = :id""")
                .param("by", requestedBy).param("reason", reason).param("id", id).update();
    }

    void approveExtension(long id) {
        jdbc.sql("update disclosure_application set version = version + 1, extension_state = 'APPROVED' where id = :id")
                .param("id", id).update();
    }

    /** The fee notice went out: the application waits for payment by {@code payBy}. */
    void awaitFee(long id, FeeMethod method, int quantity, int amount, LocalDate payBy) {
        jdbc.sql("""
                        update disclosure_application set version = version + 1, status = 'AWAITING_FEE',
                               fee_method = :method, fee_quantity = :quantity, fee_amount = :amount, fee_due_on = :payBy
                         where id = :id""")
                .param("method", method.name()).param("quantity", quantity).param("amount", amount)
                .param("payBy", payBy).param("id", id).update();
    }

    void feePaid(long id, LocalDate paidOn) {
        jdbc.sql("""
                        update disclosure_application set version = version + 1, status = 'IN_PROGRESS',
                               fee_paid_on = :paidOn
                         where id = :id""")
                .param("paidOn", paidOn).param("id", id).update();
    }

    /** The application is answered (or closed by the rules) with one outcome; it no longer carries a flag. */
    void answer(long id, ReplyOutcome outcome, String replyText, Instant repliedAt, LocalDate repliedOn) {
        jdbc.sql("""
                        update disclosure_application set version = version + 1, status = 'ANSWERED',
                               outcome = :outcome, reply_text = :text, replied_at = :at, replied_on = :on, flag = null
                         where id = :id""")
                .param("outcome", outcome.name()).param("text", replyText).param("at", Timestamp.from(repliedAt))
                .param("on", repliedOn).param("id", id).update();
    }

    // --- pauses ---

    void startPause(long applicationId, String kind, LocalDate startedOn, LocalDate limitOn) {
        jdbc.sql("insert into application_pause (application_id, kind, started_on, limit_on) values (?, ?, ?, ?)")
                .params(applicationId, kind, startedOn, limitOn).update();
    }

    /** Ends the open pause of the kind; returns it, or empty when none was open. */
    Optional<Pause> endPause(long applicationId, String kind, LocalDate endedOn) {
        return jdbc.sql("""
                        update application_pause set ended_on = greatest(:end, started_on)
                         where application_id = :app and kind = :kind and ended_on is null
                        returning id, kind, started_on, limit_on, ended_on""")
                .param("end", endedOn).param("app", applicationId).param("kind", kind)
                .query(ApplicationStore::mapPause).optional();
    }

    List<Pause> pauses(long applicationId) {
        return jdbc.sql("select id, kind, started_on, limit_on, ended_on from application_pause where application_id = ? order by started_on, id")
                .param(applicationId).query(ApplicationStore::mapPause).list();
    }

    Optional<Pause> openPause(long applicationId, String kind) {
        return pauses(applicationId).stream().filter(p -> p.kind().equals(kind) && p.endedOn() == null).findFirst();
    }

    // --- timeline ---

    void event(long applicationId, String kind, Long actorId, String actorName, String note, boolean visible) {
        jdbc.sql("""
                        insert into application_event (application_id, at, kind, actor_id, actor_name, note, visible_to_applicant)
                        values (?, clock_timestamp(), ?, ?, ?, ?, ?)""")
                .params(applicationId, kind, actorId, actorName, note, visible).update();
    }

    List<TimelineEntry> timeline(long applicationId, boolean applicantView) {
        return jdbc.sql("select * from application_event where application_id = ? "
                        + (applicantView ? "and visible_to_applicant " : "") + "order by at, id")
                .param(applicationId)
                .query((rs, i) -> new TimelineEntry(rs.getLong("id"), rs.getTimestamp("at").toInstant(),
                        rs.getString("kind"), (Long) rs.getObject("actor_id"), rs.getString("actor_name"),
                        rs.getString("note"), rs.getBoolean("visible_to_applicant")))
                .list();
    }

    // --- files ---

    /** Lazily moves a code from the old bcrypt hash to the keyed one; a concurrent move wins harmlessly. */
    void replaceCodeHash(long id, String oldHash, String newHash) {
        jdbc.sql("update disclosure_application set query_code_hash = ? where id = ? and query_code_hash = ?")
                .params(newHash, id, oldHash).update();
    }

    void addFile(long applicationId, String storedName, String originalName, String mediaType, long size, String sha) {
        jdbc.sql("""
                        insert into application_file (application_id, stored_name, original_name, media_type, size_bytes, sha256)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(applicationId, storedName, originalName, mediaType, size, sha).update();
    }

    List<StoredFile> files(long applicationId) {
        return jdbc.sql("select * from application_file where application_id = ? order by id").param(applicationId)
                .query((rs, i) -> new StoredFile(rs.getLong("id"), rs.getLong("application_id"),
                        rs.getString("stored_name"), rs.getString("original_name"), rs.getString("media_type"),
                        rs.getLong("size_bytes"), rs.getString("sha256")))
                .list();
    }

    // --- settings ---

    int correctionWorkingDays(long organisationId) {
        return jdbc.sql("select correction_working_days from application_setting where organisation_id = ?")
                .param(organisationId).query(Integer.class).optional().orElse(15);
    }

    void setCorrectionWorkingDays(long organisationId, int days) {
        jdbc.sql("""
                        insert into application_setting (organisation_id, correction_working_days) values (?, ?)
                        on conflict (organisation_id) do update set correction_working_days = excluded.correction_working_days""")
                .params(organisationId, days).update();
    }

    // --- queue ---

    Page<QueueRow> queue(List<Long> organisationIds, QueueFilter f, int page, int size) {
        StringBuilder where = new StringBuilder(" where a.organisation_id in (:orgs)");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("orgs", organisationIds);
        if (f.open()) {
            where.append(" and a.status <> 'ANSWERED'");
        }
        if (f.status() != null) {
            where.append(" and a.status = :status");
            params.put("status", f.status());
        }
        if (QueueFilter.NEW.equals(f.flag())) {
            where.append(" and a.holder_id is null and a.status <> 'ANSWERED'");
        } else if (f.flag() != null) {
            where.append(" and a.flag = :flag");
            params.put("flag", f.flag());
        }
        if (f.q() != null) {
            where.append(" and (a.tracking_number ilike :q or a.earlier_number ilike :q or a.applicant_name ilike :q or a.info_description ilike :q)");
            params.put("q", "%" + f.q().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        var count = jdbc.sql("select count(*) from disclosure_application a" + where).params(params);
        long total = count.query(Long.class).single();
        var rows = jdbc.sql(QUEUE_SELECT + where + " order by a.due_on nulls last, a.received_at, a.id limit :limit offset :offset")
                .params(params).param("limit", size).param("offset", Page.offset(page, size))
                .query(ApplicationStore::mapRow).list();
        return new Page<>(rows, page, size, total);
    }

    static final String QUEUE_SELECT = """
            select a.id, a.organisation_id, o.name as org_name, a.tracking_number, a.applicant_name, a.applicant_type,
                   a.channel, a.status, a.received_on, a.due_on, a.due_provisional, a.flag,
                   h.display_name as holder_name, left(a.info_description, 80) as description, a.migrated
              from disclosure_application a join organisation o on o.id = a.organisation_id
              left join staff_user h on h.id = a.holder_id""";

    /** Open applications flagged NEAR or OVERDUE in the organisations. */
    List<QueueRow> flagged(List<Long> organisationIds) {
        return jdbc.sql(QUEUE_SELECT + " where a.organisation_id in (:orgs) and a.status <> 'ANSWERED' and a.flag is not null"
                        + " order by a.flag desc, a.due_on, a.id limit 500")
                .param("orgs", organisationIds).query(ApplicationStore::mapRow).list();
    }

    List<Long> openIds() {
        return jdbc.sql("select id from disclosure_application where status <> 'ANSWERED' order by id")
                .query(Long.class).list();
    }

    void setFlag(long id, String flag) {
        jdbc.sql("update disclosure_application set flag = ? where id = ? and flag is distinct from ?")
                .params(flag, id, flag).update();
    }

    /** Descriptions of the organisation's applications received since a date, for grouping. */
    List<QueueRow> since(long organisationId, LocalDate since) {
        return jdbc.sql(QUEUE_SELECT.replace("left(a.info_description, 80)", "a.info_description")
                        + " where a.organisation_id = ? and a.received_on >= ? order by a.received_at, a.id limit 2000")
                .params(organisationId, since).query(ApplicationStore::mapRow).list();
    }

    private static QueueRow mapRow(ResultSet rs, int i) throws SQLException {
        return new QueueRow(rs.getLong("id"), rs.getLong("organisation_id"), rs.getString("org_name"),
                rs.getString("tracking_number"), rs.getString("applicant_name"),
                ApplicantType.valueOf(rs.getString("applicant_type")), Channel.valueOf(rs.getString("channel")),
                ApplicationStatus.valueOf(rs.getString("status")), date(rs, "received_on"), date(rs, "due_on"),
                rs.getBoolean("due_provisional"), rs.getString("flag"), rs.getString("holder_name"),
                rs.getString("description"), rs.getBoolean("migrated"));
    }

    private static Pause mapPause(ResultSet rs, int i) throws SQLException {
        return new Pause(rs.getLong("id"), rs.getString("kind"), date(rs, "started_on"), date(rs, "limit_on"),
                date(rs, "ended_on"));
    }

    private static LocalDate date(ResultSet rs, String col) throws SQLException {
        Date d = rs.getDate(col);
        return d == null ? null : d.toLocalDate();
    }

    private static Instant instant(ResultSet rs, String col) throws SQLException {
        Timestamp t = rs.getTimestamp(col);
        return t == null ? null : t.toInstant();
    }

    static DisclosureApplication map(ResultSet rs, int i) throws SQLException {
        String idType = rs.getString("id_type");
        Applicant applicant = new Applicant(ApplicantType.valueOf(rs.getString("applicant_type")),
                rs.getString("applicant_name"), idType == null ? null : IdType.valueOf(idType),
                rs.getString("id_number"), rs.getString("credit_code"), rs.getString("legal_representative"),
                rs.getString("contact_person"), rs.getString("phone"), rs.getString("email"),
                rs.getString("address"), rs.getString("postcode"));
        RequestedInfo info = new RequestedInfo(rs.getString("info_description"), rs.getString("info_name"),
                rs.getString("info_number"), rs.getString("purpose"));
        String feeMethod = rs.getString("fee_method");
        Fee fee = feeMethod == null ? null : new Fee(FeeMethod.valueOf(feeMethod), rs.getInt("fee_quantity"),
                rs.getInt("fee_amount"), date(rs, "fee_due_on"), date(rs, "fee_paid_on"));
        String outcome = rs.getString("outcome");
        return new DisclosureApplication(rs.getLong("id"), rs.getLong("organisation_id"),
                rs.getString("tracking_number"), rs.getString("query_code_hash"), applicant, info,
                Delivery.valueOf(rs.getString("delivery")), Channel.valueOf(rs.getString("channel")),
                instant(rs, "received_at"), date(rs, "received_on"),
                ApplicationStatus.valueOf(rs.getString("status")), date(rs, "clock_start"),
                rs.getBoolean("correction_requested"), date(rs, "correction_due_on"),
                ExtensionState.valueOf(rs.getString("extension_state")),
                (Long) rs.getObject("extension_requested_by"), rs.getString("extension_reason"),
                fee, date(rs, "due_on"), rs.getBoolean("due_provisional"),
                outcome == null ? null : ReplyOutcome.valueOf(outcome), rs.getString("reply_text"),
                instant(rs, "replied_at"), date(rs, "replied_on"), rs.getString("flag"),
                (Long) rs.getObject("holder_id"), (Long) rs.getObject("created_by"), rs.getInt("version"),
                rs.getBoolean("migrated"), rs.getString("earlier_number"));
    }
}
