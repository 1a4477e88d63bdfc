package org.gongkai.participation;

import org.gongkai.platform.web.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** SQL for messages and their history (citizen_message, message_event, message_reply_period; V50). */
@Repository
class MessageStore {

    /** What is stored when a message arrives. */
    record NewRow(long organisationId, String trackingNumber, String codeHash, MessageType type, String subject,
                  String body, String name, String phone, String email, boolean mayPublish, Instant receivedAt,
                  LocalDate receivedOn, int replyDays, LocalDate dueOn) {
    }

    /** A row of the inbox. */
    record InboxRow(long id, String trackingNumber, MessageType type, String subject, MessageStatus status,
                    LocalDate receivedOn, LocalDate dueOn, String assignedName, String organisationName,
                    String departmentName) {
    }

    /** The dates of a message that the statistics need. */
    record Dated(MessageType type, LocalDate receivedOn, LocalDate repliedOn, LocalDate dueOn, Rating rating) {
    }

    private static final String SELECT = """
            select m.*, a.display_name as assigned_name, r.display_name as replied_by_name,
                   h.display_name as second_look_by_name, d.name as department_name
              from citizen_message m
              left join department d on d.id = m.department_id
              left join staff_user a on a.id = m.assigned_to
              left join staff_user r on r.id = m.replied_by
              left join staff_user h on h.id = m.second_look_by""";

    private final JdbcClient jdbc;

    MessageStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(NewRow r) {
        return jdbc.sql("""
                        insert into citizen_message (organisation_id, written_to, tracking_number, query_code_hash, type,
                               subject, body, writer_name, writer_phone, writer_email, may_publish, received_at,
                               received_on, clock_from, reply_days, due_on)
                        values (:org, :org, :tracking, :hash, :type, :subject, :body, :name, :phone, :email, :mayPublish,
                                :at, :on, :on, :days, :due)
                        returning id""")
                .param("org", r.organisationId()).param("tracking", r.trackingNumber()).param("hash", r.codeHash())
                .param("type", r.type().name()).param("subject", r.subject()).param("body", r.body())
                .param("name", r.name()).param("phone", r.phone()).param("email", r.email())
                .param("mayPublish", r.mayPublish()).param("at", Timestamp.from(r.receivedAt()))
                .param("on", r.receivedOn()).param("days", r.replyDays()).param("due", r.dueOn())
                .query(Long.class).single();
    }

    void event(long messageId, String kind, Long staffId, Long fromOrg, Long toOrg, String note, boolean isPublic) {
        jdbc.sql("""
                        insert into message_event (message_id, kind, staff_id, from_org, to_org, note, public)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(messageId, kind, staffId, fromOrg, toOrg, note, isPublic).update();
    }

    Optional<CitizenMessage> find(long id) {
        return jdbc.sql(SELECT + " where m.id = ?").param(id).query(MessageStore::map).optional();
    }

    Optional<CitizenMessage> findByTrackingNumber(String trackingNumber) {
        return jdbc.sql(SELECT + " where m.tracking_number = ?").param(trackingNumber).query(MessageStore::map).optional();
    }

    List<MessageEvent> history(long messageId, boolean publicOnly) {
        return jdbc.sql("""
                        select e.id, e.at, e.kind, e.note, e.public, s.display_name as staff_name,
                               f.name as from_name, t.name as to_name
                          from message_event e
                          left join staff_user s on s.id = e.staff_id
                          left join organisation f on f.id = e.from_org
                          left join organisation t on t.id = e.to_org
                         where e.message_id = :id and (e.public or not :publicOnly)
                         order by e.id""")
                .param("id", messageId).param("publicOnly", publicOnly)
                .query((rs, i) -> new MessageEvent(rs.getLong("id"), rs.getTimestamp("at").toInstant(),
                        rs.getString("kind"), rs.getString("staff_name"), rs.getString("from_name"),
                        rs.getString("to_name"), rs.getString("note"), rs.getBoolean("public")))
                .list();
    }

    Page<InboxRow> inbox(long organisationId, InboxFilter f, LocalDate today, LocalDate nearBy, int page, int size) {
        StringBuilder where = new StringBuilder(" where m.organisation_id = :org");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("org", organisationId);
        if (f.assignee() != null) {
            where.append(" and m.assigned_to = :assignee");
            params.put("assignee", f.assignee());
        }
        if (f.department() != null) {
            where.append(" and m.department_id = :department");
            params.put("department", f.department());
        }
        if (f.status() != null) {
            where.append(" and m.status = :status");
            params.put("status", f.status().name());
        }
        if (f.type() != null) {
            where.append(" and m.type = :type");
            params.put("type", f.type().name());
        }
        if ("OVERDUE".equals(f.flag())) {
            where.append(" and m.status = 'OPEN' and m.due_on < :today");
            params.put("today", today);
        } else if ("SECOND_LOOK".equals(f.flag())) {
            where.append(" and m.second_look_asked_at is not null and m.second_look_reply is null");
        } else if ("NEAR".equals(f.flag())) {
            where.append(" and m.status = 'OPEN' and m.due_on between :today and :nearBy");
            params.put("today", today);
            params.put("nearBy", nearBy);
        }
        long total = jdbc.sql("select count(*) from citizen_message m" + where).params(params).query(Long.class).single();
        List<InboxRow> rows = jdbc.sql("""
                        select m.id, m.tracking_number, m.type, m.subject, m.status, m.received_on, m.due_on,
                               a.display_name as assigned_name, o.name as org_name, d.name as department_name
                          from citizen_message m join organisation o on o.id = m.organisation_id
                          left join staff_user a on a.id = m.assigned_to
                          left join department d on d.id = m.department_id""" + where
                        + " order by " + f.orderBy() + " limit :limit offset :offset")
                .params(params).param("limit", size).param("offset", Page.offset(page, size))
                .query((rs, i) -> new InboxRow(rs.getLong("id"), rs.getString("tracking_number"),
                        MessageType.valueOf(rs.getString("type")), rs.getString("subject"),
                        MessageStatus.valueOf(rs.getString("status")), rs.getDate("received_on").toLocalDate(),
                        rs.getDate("due_on").toLocalDate(), rs.getString("assigned_name"), rs.getString("org_name"),
                        rs.getString("department_name")))
                .list();
        return new Page<>(rows, page, size, total);
    }

    long countOpenDueBetween(long organisationId, LocalDate from, LocalDate upTo) {
        return jdbc.sql("""
                        select count(*) from citizen_message
                         where organisation_id = ? and status = 'OPEN' and due_on between ? and ?""")
                .params(organisationId, from, upTo).query(Long.class).single();
    }

    long countOverdue(long organisationId, LocalDate today) {
        return jdbc.sql("select count(*) from citizen_message where organisation_id = ? and status = 'OPEN' and due_on < ?")
                .params(organisationId, today).query(Long.class).single();
    }

    boolean transfer(long id, int version, long toOrg, LocalDate clockFrom, int replyDays, LocalDate dueOn) {
        return jdbc.sql("""
                        update citizen_message
                           set organisation_id = ?, assigned_to = null, department_id = null, clock_from = ?, reply_days = ?, due_on = ?,
                               version = version + 1
                         where id = ? and version = ? and status = 'OPEN'""")
                .params(toOrg, clockFrom, replyDays, dueOn, id, version).update() == 1;
    }

    boolean reply(long id, int version, String reply, Instant at, LocalDate on, long by) {
        return jdbc.sql("""
                        update citizen_message
                           set status = 'ANSWERED', reply = ?, replied_at = ?, replied_on = ?, replied_by = ?,
                               version = version + 1
                         where id = ? and version = ? and status = 'OPEN'""")
                .params(reply, Timestamp.from(at), on, by, id, version).update() == 1;
    }

    boolean publish(long id, int version, Instant at, long by, PublicCopy copy) {
        return jdbc.sql("""
                        update citizen_message set published_at = ?, published_by = ?, public_subject = ?,
                               public_body = ?, public_reply = ?, version = version + 1
                         where id = ? and version = ? and status = 'ANSWERED' and may_publish and published_at is null""")
                .params(Timestamp.from(at), by, copy.subject(), copy.body(), copy.reply(), id, version).update() == 1;
    }

    boolean rate(long id, Rating rating, String comment, Instant at) {
        return jdbc.sql("""
                        update citizen_message set rating = ?, rating_comment = ?, rated_at = ?, version = version + 1
                         where id = ? and status = 'ANSWERED' and rating is null""")
                .params(rating.name(), comment, Timestamp.from(at), id).update() == 1;
    }

    boolean markInvalid(long id, int version, InvalidReason reason) {
        return jdbc.sql("""
                        update citizen_message set status = 'INVALID', invalid_reason = ?, version = version + 1
                         where id = ? and version = ? and status = 'OPEN'""")
                .params(reason.name(), id, version).update() == 1;
    }

    Map<MessageType, Integer> replyPeriods(long organisationId) {
        Map<MessageType, Integer> m = new LinkedHashMap<>();
        jdbc.sql("select type, working_days from message_reply_period where organisation_id = ?").param(organisationId)
                .query((rs, i) -> m.put(MessageType.valueOf(rs.getString("type")), rs.getInt("working_days"))).list();
        return m;
    }

    void setReplyPeriod(long organisationId, MessageType type, int days) {
        jdbc.sql("""
                        insert into message_reply_period (organisation_id, type, working_days) values (?, ?, ?)
                        on conflict (organisation_id, type) do update set working_days = excluded.working_days""")
                .params(organisationId, type.name(), days).update();
    }

    /** Valid messages of the organisations received before the day and still open, oldest first. */
    List<CitizenMessage> openReceivedBefore(long organisationId, LocalDate before) {
        return jdbc.sql(SELECT + " where m.organisation_id = ? and m.status = 'OPEN' and m.received_on < ?"
                        + " order by m.received_on, m.id")
                .params(organisationId, before).query(MessageStore::map).list();
    }

    Map<Long, Long> countOpenReceivedBefore(Collection<Long> organisationIds, LocalDate before) {
        Map<Long, Long> m = new LinkedHashMap<>();
        jdbc.sql("""
                        select organisation_id, count(*) as n from citizen_message
                         where organisation_id = any(:orgs) and status = 'OPEN' and received_on < :before
                         group by organisation_id""")
                .param("orgs", new SqlArrayValue("bigint", organisationIds.toArray())).param("before", before)
                .query((rs, i) -> m.put(rs.getLong("organisation_id"), rs.getLong("n"))).list();
        return m;
    }

    /** Valid messages the organisation is responsible for, received in [from, to]. */
    List<Dated> receivedBetween(long organisationId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select type, received_on, replied_on, due_on, rating from citizen_message
                         where organisation_id = ? and status <> 'INVALID' and received_on between ? and ?""")
                .params(organisationId, from, to)
                .query((rs, i) -> {
                    Date replied = rs.getDate("replied_on");
                    return new Dated(MessageType.valueOf(rs.getString("type")), rs.getDate("received_on").toLocalDate(),
                            replied == null ? null : replied.toLocalDate(), rs.getDate("due_on").toLocalDate(),
                            rs.getString("rating") == null ? null : Rating.valueOf(rs.getString("rating")));
                }).list();
    }

    private static CitizenMessage map(ResultSet rs, int i) throws SQLException {
        Date repliedOn = rs.getDate("replied_on");
        Timestamp repliedAt = rs.getTimestamp("replied_at");
        Timestamp publishedAt = rs.getTimestamp("published_at");
        long assigned = rs.getLong("assigned_to");
        Long assignedTo = rs.wasNull() ? null : assigned;
        String invalid = rs.getString("invalid_reason");
        return new CitizenMessage(rs.getLong("id"), rs.getLong("organisation_id"), rs.getLong("written_to"),
                rs.getString("tracking_number"), rs.getString("query_code_hash"),
                MessageType.valueOf(rs.getString("type")), rs.getString("subject"), rs.getString("body"),
                rs.getString("writer_name"), rs.getString("writer_phone"), rs.getString("writer_email"),
                rs.getBoolean("may_publish"), MessageStatus.valueOf(rs.getString("status")),
                rs.getTimestamp("received_at").toInstant(), rs.getDate("received_on").toLocalDate(),
                rs.getDate("clock_from").toLocalDate(), rs.getInt("reply_days"), rs.getDate("due_on").toLocalDate(),
                assignedTo, rs.getString("assigned_name"), rs.getString("reply"),
                repliedAt == null ? null : repliedAt.toInstant(), repliedOn == null ? null : repliedOn.toLocalDate(),
                rs.getString("replied_by_name"), publishedAt == null ? null : publishedAt.toInstant(),
                invalid == null ? null : InvalidReason.valueOf(invalid), rs.getInt("version"),
                rs.getString("rating") == null ? null : Rating.valueOf(rs.getString("rating")),
                rs.getString("rating_comment"), secondLook(rs), nullableLong(rs, "department_id"),
                rs.getString("department_name"));
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    private static CitizenMessage.SecondLook secondLook(ResultSet rs) throws SQLException {
        Timestamp asked = rs.getTimestamp("second_look_asked_at");
        if (asked == null) {
            return null;
        }
        Timestamp answered = rs.getTimestamp("second_look_at");
        return new CitizenMessage.SecondLook(asked.toInstant(), rs.getString("second_look_reason"),
                rs.getString("second_look_reply"), answered == null ? null : answered.toInstant(),
                rs.getString("second_look_by_name"));
    }

    boolean askSecondLook(long id, String reason, Instant at) {
        return jdbc.sql("""
                        update citizen_message set second_look_asked_at = ?, second_look_reason = ?, version = version + 1
                         where id = ? and status = 'ANSWERED' and rating = 'DISSATISFIED'
                           and second_look_asked_at is null""")
                .params(Timestamp.from(at), reason, id).update() == 1;
    }

    boolean answerSecondLook(long id, int version, String reply, Instant at, long by) {
        return jdbc.sql("""
                        update citizen_message set second_look_reply = ?, second_look_at = ?, second_look_by = ?,
                               version = version + 1
                         where id = ? and version = ? and second_look_asked_at is not null and second_look_reply is null""")
                .params(reply, Timestamp.from(at), by, id, version).update() == 1;
    }

    /** The 12345 work-order number of a message referred from the hotline (V87), if it was. */
    Optional<String> hotlineNumber(long id) {
        return jdbc.sql("select hotline_number from citizen_message where id = ? and hotline_number is not null")
                .param(id).query(String.class).optional();
    }

    long countSecondLooksWaiting(long organisationId) {
        return jdbc.sql("""
                        select count(*) from citizen_message
                         where organisation_id = ? and second_look_asked_at is not null and second_look_reply is null""")
                .param(organisationId).query(Long.class).single();
    }
}
