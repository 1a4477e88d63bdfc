package org.gongkai.consultation;

import org.gongkai.platform.web.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** SQL for consultations, their passages, comments and changes (V56). */
@Repository
class ConsultationStore {

    /** The checked values of a consultation as staff edit it. */
    record Values(String title, String draftingDepartment, String explanation, Instant opensAt, Instant closesAt,
                  String shortPeriodReason, List<Channel> channels, String contact, boolean publishComments,
                  List<String> passages, boolean nameRequired) {
    }

    private static final String SELECT = """
            select id, organisation_id, title, drafting_department, explanation, opens_at, closes_at,
                   short_period_reason, channels, contact, publish_comments, status, published_at, report_summary,
                   report_published_at, created_at, version, name_required from consultation""";
    private static final String COMMENT = """
            select id, consultation_id, passage_id, author_name, contact, body, received_at, moderation, decision,
                   decision_reason, decided_at, channel, entered_by, version_id, group_id from consultation_comment""";

    private final JdbcClient jdbc;
    private final VersionStore versions;

    ConsultationStore(JdbcClient jdbc, VersionStore versions) {
        this.jdbc = jdbc;
        this.versions = versions;
    }

    long insert(long organisationId, Values v, long by) {
        long id = jdbc.sql("""
                        insert into consultation (organisation_id, title, drafting_department, explanation, opens_at,
                                                  closes_at, short_period_reason, channels, contact, publish_comments,
                                                  name_required, created_by)
                        values (:org, :title, :dept, :explanation, :opens, :closes, :reason, :channels, :contact,
                                :publishComments, :nameRequired, :by) returning id""")
                .params(columns(v)).param("org", organisationId).param("by", by).query(Long.class).single();
        versions.insert(id, 1, false, null, null, by, v.passages());
        return id;
    }

    /** Saves a draft consultation if nobody changed it since {@code version}; false when stale or published. */
    boolean update(long id, int version, Values v) {
        int n = jdbc.sql("""
                        update consultation set title = :title, drafting_department = :dept, explanation = :explanation,
                               opens_at = :opens, closes_at = :closes, short_period_reason = :reason,
                               channels = :channels, contact = :contact, publish_comments = :publishComments,
                               name_required = :nameRequired, updated_at = now(), version = version + 1
                         where id = :id and version = :version and status = 'DRAFT'""")
                .params(columns(v)).param("id", id).param("version", version).update();
        if (n == 1) {
            // a draft consultation has only its first version, and no comments yet
            long first = versions.current(id).id();
            jdbc.sql("delete from consultation_passage where version_id = ?").param(first).update();
            versions.insertPassages(first, id, v.passages());
        }
        return n == 1;
    }

    boolean publish(long id) {
        return jdbc.sql("update consultation set status = 'PUBLISHED', published_at = now(), version = version + 1"
                + " where id = ? and status = 'DRAFT'").param(id).update() == 1;
    }

    boolean publishReport(long id, String summary) {
        return jdbc.sql("update consultation set report_summary = ?, report_published_at = now(), version = version + 1"
                + " where id = ? and report_published_at is null").params(summary, id).update() == 1;
    }

    Optional<Consultation> find(long id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(ConsultationStore::map).optional();
    }

    Page<Consultation> list(long organisationId, boolean publishedOnly, String orderBy, int page, int size) {
        String where = " where organisation_id = ?" + (publishedOnly ? " and status = 'PUBLISHED'" : "");
        long total = jdbc.sql("select count(*) from consultation" + where).param(organisationId).query(Long.class).single();
        List<Consultation> items = jdbc.sql(SELECT + where + " order by " + orderBy + " limit ? offset ?")
                .params(organisationId, size, Page.offset(page, size)).query(ConsultationStore::map).list();
        return new Page<>(items, page, size, total);
    }

    /** Published consultations for the sitemap, newest first: id and when the page last changed. */
    List<org.gongkai.portal.SiteContribution.Url> publishedAddresses(int max) {
        return jdbc.sql("""
                        select id, greatest(published_at, coalesce(report_published_at, published_at)) as changed
                          from consultation where status = 'PUBLISHED' order by published_at desc, id desc limit ?""")
                .param(max).query((rs, i) -> new org.gongkai.portal.SiteContribution.Url("/consultations/" + rs.getLong("id"),
                        rs.getTimestamp("changed").toInstant())).list();
    }

    boolean anyPublished(long organisationId) {
        return jdbc.sql("select exists (select 1 from consultation where organisation_id = ? and status = 'PUBLISHED')")
                .param(organisationId).query(Boolean.class).single();
    }

    /** The passages of the current draft version: the one the public comments on. */
    List<Passage> passages(long consultationId) {
        return versions.passages(versions.current(consultationId).id());
    }

    /** A comment is on the version of its passage, or on the current draft version when it is on the whole. */
    private static final String VERSION_OF = """
            coalesce((select version_id from consultation_passage where id = :passage),
                     (select id from consultation_version where consultation_id = :consultation and kind = 'DRAFT'
                       order by number desc limit 1))""";

    long insertComment(long consultationId, Long passageId, String name, String contact, String body) {
        return jdbc.sql("insert into consultation_comment (consultation_id, passage_id, version_id, author_name, contact,"
                        + " body) values (:consultation, :passage, " + VERSION_OF + ", :name, :contact, :body) returning id")
                .param("consultation", consultationId).param("passage", passageId).param("name", name)
                .param("contact", contact).param("body", body).query(Long.class).single();
    }

    /** A comment received outside the site, entered by staff with the channel and the time it was received. */
    long insertEnteredComment(long consultationId, Long passageId, String name, String contact, String body,
                              Channel channel, java.time.Instant receivedAt, long by) {
        return jdbc.sql("insert into consultation_comment (consultation_id, passage_id, version_id, author_name, contact,"
                        + " body, channel, entered_by, received_at) values (:consultation, :passage, " + VERSION_OF
                        + ", :name, :contact, :body, :channel, :by, :received) returning id")
                .param("consultation", consultationId).param("passage", passageId).param("name", name)
                .param("contact", contact).param("body", body).param("channel", channel.name()).param("by", by)
                .param("received", java.sql.Timestamp.from(receivedAt)).query(Long.class).single();
    }

    Optional<Comment> comment(long id) {
        return jdbc.sql(COMMENT + " where id = ?").param(id).query(ConsultationStore::comment).optional();
    }

    List<Comment> comments(long consultationId) {
        return jdbc.sql(COMMENT + " where consultation_id = ? order by received_at, id").param(consultationId)
                .query(ConsultationStore::comment).list();
    }

    /** The comments the public may see: published in moderation, of a consultation that publishes comments. */
    List<Comment> publicComments(long consultationId) {
        return jdbc.sql(COMMENT + " c where consultation_id = ? and moderation = 'PUBLISHED' and exists"
                        + " (select 1 from consultation k where k.id = c.consultation_id and k.publish_comments"
                        + " and k.status = 'PUBLISHED') order by received_at, id")
                .param(consultationId).query(ConsultationStore::comment).list();
    }

    void moderate(long commentId, Moderation m, long by) {
        jdbc.sql("update consultation_comment set moderation = ?, moderated_by = ? where id = ?")
                .params(m.name(), by, commentId).update();
    }

    void decide(long commentId, Decision d, String reason, long by) {
        jdbc.sql("update consultation_comment set decision = ?, decision_reason = ?, decided_by = ?, decided_at = now()"
                + " where id = ?").params(d.name(), reason, by, commentId).update();
    }

    /** Comments not rejected in moderation that still have no decision. */
    long undecided(long consultationId) {
        return jdbc.sql("select count(*) from consultation_comment where consultation_id = ? and moderation <> 'REJECTED'"
                + " and decision is null").param(consultationId).query(Long.class).single();
    }

    long pendingModeration(long organisationId) {
        return jdbc.sql("""
                select count(*) from consultation_comment c join consultation k on k.id = c.consultation_id
                 where k.organisation_id = ? and c.moderation = 'PENDING'""").param(organisationId)
                .query(Long.class).single();
    }

    long insertChange(long consultationId, Long passageId, Long finalPassageId, String description,
                      List<Long> commentIds, long by) {
        long id = jdbc.sql("""
                        insert into consultation_change (consultation_id, passage_id, final_passage_id, description,
                                                         created_by)
                        values (?, ?, ?, ?, ?) returning id""")
                .params(consultationId, passageId, finalPassageId, description, by)
                .query(Long.class).single();
        for (Long c : commentIds) {
            jdbc.sql("insert into consultation_change_comment (change_id, comment_id) values (?, ?)").params(id, c).update();
        }
        return id;
    }

    List<Change> changes(long consultationId) {
        Map<Long, List<Long>> cited = new LinkedHashMap<>();
        jdbc.sql("""
                select cc.change_id, cc.comment_id from consultation_change_comment cc
                  join consultation_change ch on ch.id = cc.change_id where ch.consultation_id = ?
                 order by cc.comment_id""").param(consultationId)
                .query(rs -> {
                    cited.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>()).add(rs.getLong(2));
                });
        return jdbc.sql("select id, passage_id, final_passage_id, description from consultation_change"
                        + " where consultation_id = ? order by id").param(consultationId)
                .query((rs, i) -> new Change(rs.getLong(1), (Long) rs.getObject(2), (Long) rs.getObject(3),
                        rs.getString(4), cited.getOrDefault(rs.getLong(1), List.of()))).list();
    }

    private static Map<String, Object> columns(Values v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", v.title());
        m.put("dept", v.draftingDepartment());
        m.put("explanation", v.explanation());
        m.put("opens", Timestamp.from(v.opensAt()));
        m.put("closes", Timestamp.from(v.closesAt()));
        m.put("reason", v.shortPeriodReason());
        m.put("channels", v.channels().stream().map(Enum::name).collect(Collectors.joining(",")));
        m.put("contact", v.contact());
        m.put("publishComments", v.publishComments());
        m.put("nameRequired", v.nameRequired());
        return m;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Consultation map(ResultSet rs, int i) throws SQLException {
        return new Consultation(rs.getLong("id"), rs.getLong("organisation_id"), rs.getString("title"),
                rs.getString("drafting_department"), rs.getString("explanation"), instant(rs, "opens_at"),
                instant(rs, "closes_at"), rs.getString("short_period_reason"),
                Arrays.stream(rs.getString("channels").split(",")).map(Channel::valueOf).toList(),
                rs.getString("contact"), rs.getBoolean("publish_comments"), "PUBLISHED".equals(rs.getString("status")),
                instant(rs, "published_at"), rs.getString("report_summary"), instant(rs, "report_published_at"),
                instant(rs, "created_at"), rs.getInt("version"), rs.getBoolean("name_required"));
    }

    private static Comment comment(ResultSet rs, int i) throws SQLException {
        String decision = rs.getString("decision");
        return new Comment(rs.getLong("id"), rs.getLong("consultation_id"), (Long) rs.getObject("passage_id"),
                rs.getString("author_name"), rs.getString("contact"), rs.getString("body"), instant(rs, "received_at"),
                Moderation.valueOf(rs.getString("moderation")), decision == null ? null : Decision.valueOf(decision),
                rs.getString("decision_reason"), instant(rs, "decided_at"), Channel.valueOf(rs.getString("channel")),
                (Long) rs.getObject("entered_by"), rs.getLong("version_id"), (Long) rs.getObject("group_id"));
    }
}
