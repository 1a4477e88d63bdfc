package org.gongkai.services;

import org.gongkai.platform.web.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The review tables (ADR 0049), and where each subject's drafts are. */
@Repository
class ReviewStore {

    /** A draft that may be reviewed: the subject row while it is unpublished, with its item, title and author. */
    record Draft(ReviewSubject subject, long subjectId, long itemId, long organisationId, String title, long authorId) {
    }

    private static final Map<ReviewSubject, String> DRAFTS = Map.of(
            ReviewSubject.POWER, """
                    select e.id, e.power_id, p.organisation_id, e.name, e.created_by
                      from svc_power_edition e join svc_power p on p.id = e.power_id
                     where e.id = ? and e.status = 'DRAFT'""",
            ReviewSubject.GUIDE, """
                    select g.id, g.service_id, s.organisation_id, g.name, g.created_by
                      from svc_guide g join svc_service s on s.id = g.service_id
                     where g.id = ? and g.status = 'DRAFT'""",
            ReviewSubject.PLAN, """
                    select id, id, organisation_id, title, created_by from svc_emergency_plan
                     where id = ? and published_at is null""",
            ReviewSubject.WARNING, """
                    select id, id, organisation_id, headline, created_by from svc_warning
                     where id = ? and issued_at is null""");

    private static final Map<ReviewSubject, String> CURRENT = Map.of(
            ReviewSubject.POWER, "select id from svc_power_edition where power_id = ? and status = 'DRAFT'",
            ReviewSubject.GUIDE, "select id from svc_guide where service_id = ? and status = 'DRAFT'",
            ReviewSubject.PLAN, "select id from svc_emergency_plan where id = ? and published_at is null",
            ReviewSubject.WARNING, "select id from svc_warning where id = ? and issued_at is null");

    private static final String COLUMNS = """
            id, subject, subject_id, item_id, title, status, submitted_by, submitted_at, reviewed_by, reviewed_at,
            opinion, expedite_reason, version""";

    private final JdbcClient jdbc;

    ReviewStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Draft> draft(ReviewSubject subject, long subjectId) {
        if (!DRAFTS.containsKey(subject)) {
            return Optional.empty(); // a handling update is never a draft
        }
        return jdbc.sql(DRAFTS.get(subject)).param(subjectId)
                .query((rs, n) -> new Draft(subject, rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                        rs.getLong(5)))
                .optional();
    }

    /** The item's draft (a power's or service's draft edition, the plan or warning itself while unpublished). */
    Optional<Long> currentDraft(ReviewSubject subject, long itemId) {
        if (!CURRENT.containsKey(subject)) {
            return Optional.empty();
        }
        return jdbc.sql(CURRENT.get(subject)).param(itemId).query(Long.class).optional();
    }

    /** The review of the draft, locked for the step about to be taken. */
    Optional<Review> lock(ReviewSubject subject, long subjectId) {
        return jdbc.sql("select " + COLUMNS + " from svc_review where subject = ? and subject_id = ? for update")
                .params(subject.name(), subjectId).query(ReviewStore::map).optional();
    }

    Optional<Review> find(ReviewSubject subject, long subjectId) {
        return jdbc.sql("select " + COLUMNS + " from svc_review where subject = ? and subject_id = ?")
                .params(subject.name(), subjectId).query(ReviewStore::map).optional();
    }

    long insert(Draft d, ReviewStatus status, long by, String expediteReason) {
        return jdbc.sql("""
                        insert into svc_review (organisation_id, subject, subject_id, item_id, title, status,
                               submitted_by, submitted_at, expedite_reason, version)
                        values (?, ?, ?, ?, ?, ?, ?, now(), ?, 1) returning id""")
                .params(d.organisationId(), d.subject().name(), d.subjectId(), d.itemId(), d.title(), status.name(), by,
                        expediteReason)
                .query(Long.class).single();
    }

    /** Moves the review when it is still at {@code from} and {@code version}; false otherwise. */
    boolean move(long id, ReviewStatus from, int version, ReviewStatus to, Long submitter, Long reviewer,
                 String opinion, String title) {
        return jdbc.sql("""
                        update svc_review set status = ?, version = version + 1, updated_at = now(),
                               title = coalesce(?, title),
                               submitted_by = coalesce(?, submitted_by),
                               submitted_at = case when ? then now() else submitted_at end,
                               reviewed_by = case when ? then ? else reviewed_by end,
                               reviewed_at = case when ? then now() else reviewed_at end,
                               opinion = case when ? then ? else opinion end
                         where id = ? and status = ? and version = ?""")
                .params(to.name(), title, submitter, submitter != null, reviewer != null, reviewer, reviewer != null,
                        reviewer != null || submitter != null, opinion, id, from.name(), version)
                .update() == 1;
    }

    void expedite(long id, String reason) {
        jdbc.sql("""
                        update svc_review set status = 'EXPEDITED', expedite_reason = ?, version = version + 1,
                               updated_at = now()
                         where id = ?""").params(reason, id).update();
    }

    private static final Map<ReviewSubject, String> ISSUED = Map.of(
            ReviewSubject.WARNING, """
                    select id, id, organisation_id, headline, created_by from svc_warning
                     where id = ? and issued_at is not null""",
            ReviewSubject.UPDATE, """
                    select u.id, u.warning_id, w.organisation_id, w.headline, u.issued_by
                      from svc_warning_update u join svc_warning w on w.id = u.warning_id
                     where u.id = ?""");

    /** An issued warning or a handling update of one, as the subject of a review after issue. */
    Optional<Draft> issued(ReviewSubject subject, long subjectId) {
        if (!ISSUED.containsKey(subject)) {
            return Optional.empty();
        }
        return jdbc.sql(ISSUED.get(subject)).param(subjectId)
                .query((rs, n) -> new Draft(subject, rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                        rs.getLong(5)))
                .optional();
    }

    /** The reviews of a warning's handling updates, by update id. */
    Map<Long, Review> updateReviews(long warningId) {
        Map<Long, Review> byUpdate = new java.util.HashMap<>();
        jdbc.sql("select " + COLUMNS + " from svc_review where subject = 'UPDATE' and item_id = ?").param(warningId)
                .query(ReviewStore::map).list().forEach(r -> byUpdate.put(r.subjectId(), r));
        return byUpdate;
    }

    /** An edit of the draft: decisions taken on what was there before are refused from now on. */
    void edited(ReviewSubject subject, long subjectId) {
        jdbc.sql("update svc_review set version = version + 1, updated_at = now() where subject = ? and subject_id = ?")
                .params(subject.name(), subjectId).update();
    }

    void event(long reviewId, String action, ReviewStatus from, ReviewStatus to, long actor, String note) {
        jdbc.sql("""
                        insert into svc_review_event (review_id, action, from_status, to_status, actor_id, note)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(reviewId, action, from == null ? null : from.name(), to.name(), actor, note).update();
    }

    List<Review.Step> steps(long reviewId) {
        return jdbc.sql("""
                        select e.action, e.from_status, e.to_status, coalesce(u.display_name, 'system'), e.note, e.at
                          from svc_review_event e left join staff_user u on u.id = e.actor_id
                         where e.review_id = ? order by e.id""")
                .param(reviewId)
                .query((rs, n) -> new Review.Step(rs.getString(1),
                        rs.getString(2) == null ? null : ReviewStatus.valueOf(rs.getString(2)),
                        ReviewStatus.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5),
                        rs.getTimestamp(6).toInstant()))
                .list();
    }

    long count(long org, ReviewStatus... statuses) {
        return jdbc.sql("select count(*) from svc_review where organisation_id = ? and status in (:s)".replace(":s",
                        String.join(",", java.util.Arrays.stream(statuses).map(s -> "'" + s.name() + "'").toList())))
                .param(org).query(Long.class).single();
    }

    /** The organisation's reviews waiting for someone (submitted, approved, issued before review), oldest first. */
    Page<Review> waiting(long org, ReviewStatus status, int page, int size) {
        long total = count(org, status);
        List<Review> items = jdbc.sql("select " + COLUMNS + " " + """
                         from svc_review where organisation_id = ? and status = ?
                         order by updated_at, id limit ? offset ?""")
                .params(org, status.name(), size, (long) (page - 1) * size).query(ReviewStore::map).list();
        return new Page<>(items, page, size, total);
    }

    private static Review map(ResultSet rs, int n) throws SQLException {
        return new Review(rs.getLong("id"), ReviewSubject.valueOf(rs.getString("subject")), rs.getLong("subject_id"),
                rs.getLong("item_id"), rs.getString("title"), ReviewStatus.valueOf(rs.getString("status")),
                (Long) rs.getObject("submitted_by"), instant(rs.getTimestamp("submitted_at")),
                (Long) rs.getObject("reviewed_by"), instant(rs.getTimestamp("reviewed_at")), rs.getString("opinion"),
                rs.getString("expedite_reason"), rs.getInt("version"));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
