package org.gongkai.services;

import org.gongkai.platform.web.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The SQL of the replies to deputies' suggestions and members' proposals, and of the promises they make. */
@Repository
class DeputyReplyStore {

    private static final String REPLY = """
            r.id, r.organisation_id, r.year, r.kind, r.code, r.session, r.title, r.author, r.lead_unit,
            r.assisting_units, r.received_on, r.due_on, r.replied_on, r.reply_mode, r.reply_text, r.withheld_reason,
            r.classification, r.satisfaction, r.published_at, r.updated_at""";

    /** A list's filter: organisations, a year, a kind (null: both); or, any year, those with promises overdue on a day. */
    record Filter(List<Long> organisationIds, Integer year, DeputyReply.Kind kind, java.time.LocalDate promisesOverdueOn) {

        Filter(List<Long> organisationIds, int year, DeputyReply.Kind kind) {
            this(organisationIds, year, kind, null);
        }

        String where() {
            return " where r.organisation_id in (:ids)" + (year != null ? " and r.year = :year" : "")
                    + (kind != null ? " and r.kind = :kind" : "")
                    + (promisesOverdueOn != null ? " and exists (select 1 from svc_promise m where m.proposal_id = r.id"
                    + " and m.kept_on is null and m.due_on < :overdueOn)" : "");
        }
    }

    /** The public statistics: received, replied, replied on time, published in full, A/B/C, satisfaction. */
    record Stats(int received, int replied, int onTime, int inFull, int a, int b, int c, int satisfied, int basic,
                 int unsatisfied, int overdue) {
    }

    private final JdbcClient jdbc;

    DeputyReplyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long organisationId, DeputyReplyValidation.Values v, long userId) {
        return jdbc.sql("""
                        insert into svc_proposal (organisation_id, year, kind, code, session, title, author, lead_unit,
                            assisting_units, received_on, due_on, replied_on, reply_mode, reply_text, withheld_reason,
                            classification, satisfaction, created_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(organisationId, v.year(), v.kind().name(), v.code(), v.session(), v.title(), v.author(),
                        v.leadUnit(), v.assistingUnits(), v.receivedOn(), v.dueOn(), v.repliedOn(), name(v.replyMode()),
                        v.replyText(), v.withheldReason(), name(v.classification()), name(v.satisfaction()), userId)
                .query(Long.class).single();
    }

    boolean update(long id, int version, DeputyReplyValidation.Values v) {
        return jdbc.sql("""
                        update svc_proposal set year = ?, kind = ?, code = ?, session = ?, title = ?, author = ?,
                            lead_unit = ?, assisting_units = ?, received_on = ?, due_on = ?, replied_on = ?,
                            reply_mode = ?, reply_text = ?, withheld_reason = ?, classification = ?, satisfaction = ?,
                            updated_at = now(), version = version + 1
                         where id = ? and version = ?""")
                .params(v.year(), v.kind().name(), v.code(), v.session(), v.title(), v.author(), v.leadUnit(),
                        v.assistingUnits(), v.receivedOn(), v.dueOn(), v.repliedOn(), name(v.replyMode()),
                        v.replyText(), v.withheldReason(), name(v.classification()), name(v.satisfaction()), id, version)
                .update() == 1;
    }

    boolean codeTaken(long organisationId, int year, DeputyReply.Kind kind, String code, Long except) {
        return jdbc.sql("""
                        select exists (select 1 from svc_proposal where organisation_id = ? and year = ? and kind = ?
                                         and code = ? and id <> ?)""")
                .params(organisationId, year, kind.name(), code, except == null ? -1L : except)
                .query(Boolean.class).single();
    }

    Optional<DeputyReply> find(long id) {
        return jdbc.sql("select " + REPLY + ", r.version from svc_proposal r where r.id = ?").param(id)
                .query(DeputyReplyStore::reply).optional();
    }

    Optional<DeputyReply> lock(long id) {
        return jdbc.sql("select " + REPLY + ", r.version from svc_proposal r where r.id = ? for update").param(id)
                .query(DeputyReplyStore::reply).optional();
    }

    Optional<DeputyReply> findPublic(long id) {
        return jdbc.sql("select " + REPLY + ", 0 as version from svc_public_proposal r where r.id = ?").param(id)
                .query(DeputyReplyStore::reply).optional();
    }

    void publish(long id, long userId) {
        jdbc.sql("update svc_proposal set published_at = now(), published_by = ?, updated_at = now() where id = ?")
                .params(userId, id).update();
    }

    void touch(long id) {
        jdbc.sql("update svc_proposal set updated_at = now(), version = version + 1 where id = ?").param(id).update();
    }

    Page<DeputyReply> list(Filter f, String order, int page, int size, boolean publicOnly) {
        if (f.organisationIds().isEmpty()) {
            return new Page<>(List.of(), page, size, 0);
        }
        String table = publicOnly ? "svc_public_proposal" : "svc_proposal";
        String where = f.where();
        long total = bind(jdbc.sql("select count(*) from " + table + " r" + where), f).query(Long.class).single();
        List<DeputyReply> items = bind(jdbc.sql("select " + REPLY + ", " + (publicOnly ? "0" : "r.version")
                        + " as version from " + table + " r" + where + " order by " + order
                        + ", r.id limit :size offset :offset"), f)
                .param("size", size).param("offset", Page.offset(page, size))
                .query(DeputyReplyStore::reply).list();
        return new Page<>(items, page, size, total);
    }

    Stats stats(Filter f, LocalDate today, boolean publicOnly) {
        if (f.organisationIds().isEmpty()) {
            return new Stats(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        }
        String where = f.where();
        return bind(jdbc.sql("""
                        select count(*) as received, count(replied_on) as replied,
                               count(*) filter (where replied_on <= due_on) as on_time,
                               count(*) filter (where reply_mode = 'FULL') as in_full,
                               count(*) filter (where classification = 'A') as a,
                               count(*) filter (where classification = 'B') as b,
                               count(*) filter (where classification = 'C') as c,
                               count(*) filter (where satisfaction = 'SATISFIED') as satisfied,
                               count(*) filter (where satisfaction = 'BASIC') as basic,
                               count(*) filter (where satisfaction = 'UNSATISFIED') as unsatisfied,
                               count(*) filter (where replied_on is null and due_on < :today) as overdue
                          from """ + (publicOnly ? " svc_public_proposal r" : " svc_proposal r") + where), f)
                .param("today", today)
                .query((rs, n) -> new Stats(rs.getInt("received"), rs.getInt("replied"), rs.getInt("on_time"),
                        rs.getInt("in_full"), rs.getInt("a"), rs.getInt("b"), rs.getInt("c"), rs.getInt("satisfied"),
                        rs.getInt("basic"), rs.getInt("unsatisfied"), rs.getInt("overdue")))
                .single();
    }

    List<Integer> publicYears(List<Long> organisationIds) {
        if (organisationIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select distinct year from svc_public_proposal where organisation_id in (:ids) order by year desc")
                .param("ids", organisationIds).query(Integer.class).list();
    }

    boolean anyPublic(long organisationId) {
        return jdbc.sql("select exists (select 1 from svc_public_proposal where organisation_id = ?)")
                .param(organisationId).query(Boolean.class).single();
    }

    List<DeputyReply> newestPublic(int max) {
        return jdbc.sql("select " + REPLY + ", 0 as version from svc_public_proposal r order by r.updated_at desc limit ?")
                .param(max).query(DeputyReplyStore::reply).list();
    }

    // ---- promises ----

    long addPromise(long proposalId, DeputyReplyValidation.Promise p, Long taskId) {
        return jdbc.sql("""
                        insert into svc_promise (proposal_id, position, text, due_on, task_id)
                        values (?, (select coalesce(max(position), 0) + 1 from svc_promise where proposal_id = ?), ?, ?, ?)
                        returning id""")
                .params(proposalId, proposalId, p.text(), p.dueOn(), taskId).query(Long.class).single();
    }

    boolean keepPromise(long proposalId, long promiseId, DeputyReplyValidation.Kept k) {
        return jdbc.sql("update svc_promise set kept_on = ?, result = ? where id = ? and proposal_id = ? and kept_on is null")
                .params(k.keptOn(), k.result(), promiseId, proposalId).update() == 1;
    }

    List<DeputyPromise> promises(long proposalId, boolean publicOnly) {
        return jdbc.sql("select id, proposal_id, position, text, due_on, task_id, kept_on, result from "
                        + (publicOnly ? "svc_public_promise" : "svc_promise") + " where proposal_id = ? order by position")
                .param(proposalId)
                .query((rs, n) -> new DeputyPromise(rs.getLong("id"), rs.getLong("proposal_id"), rs.getInt("position"),
                        rs.getString("text"), rs.getObject("due_on", LocalDate.class),
                        (Long) rs.getObject("task_id"), rs.getObject("kept_on", LocalDate.class), rs.getString("result")))
                .list();
    }

    /** Promises not kept past their deadline, of an organisation's published or draft replies. */
    long overduePromises(long organisationId, LocalDate today) {
        return jdbc.sql("""
                        select count(*) from svc_promise m join svc_proposal p on p.id = m.proposal_id
                         where p.organisation_id = ? and m.kept_on is null and m.due_on < ?""")
                .params(organisationId, today).query(Long.class).single();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Filter f) {
        spec = spec.param("ids", f.organisationIds());
        if (f.year() != null) {
            spec = spec.param("year", f.year());
        }
        if (f.promisesOverdueOn() != null) {
            spec = spec.param("overdueOn", f.promisesOverdueOn());
        }
        return f.kind() != null ? spec.param("kind", f.kind().name()) : spec;
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    private static DeputyReply reply(ResultSet rs, int n) throws SQLException {
        String mode = rs.getString("reply_mode");
        String cls = rs.getString("classification");
        String sat = rs.getString("satisfaction");
        return new DeputyReply(rs.getLong("id"), rs.getLong("organisation_id"), rs.getInt("year"),
                DeputyReply.Kind.valueOf(rs.getString("kind")), rs.getString("code"), rs.getString("session"),
                rs.getString("title"), rs.getString("author"), rs.getString("lead_unit"),
                rs.getString("assisting_units"), rs.getObject("received_on", LocalDate.class),
                rs.getObject("due_on", LocalDate.class), rs.getObject("replied_on", LocalDate.class),
                mode == null ? null : DeputyReply.Mode.valueOf(mode), rs.getString("reply_text"),
                rs.getString("withheld_reason"), cls == null ? null : DeputyReply.Classification.valueOf(cls.strip()),
                sat == null ? null : DeputyReply.Satisfaction.valueOf(sat), instant(rs.getTimestamp("published_at")),
                instant(rs.getTimestamp("updated_at")), rs.getInt("version"));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
