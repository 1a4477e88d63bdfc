package org.gongkai.consultation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** SQL for hearings and their registrations (V136). */
@Repository
class HearingStore {

    private static final String SELECT = """
            select h.id, h.consultation_id, h.held_at, h.place, h.seats, h.registration_closes_at, h.selection_rule,
                   h.record, h.record_published_at,
                   (select count(*) from consultation_hearing_registration r where r.hearing_id = h.id) as registered,
                   (select count(*) from consultation_hearing_registration r where r.hearing_id = h.id and r.selected)
                       as selected
              from consultation_hearing h""";

    private final JdbcClient jdbc;

    HearingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long consultationId, Instant heldAt, String place, int seats, Instant registrationClosesAt,
                String rule, long by) {
        return jdbc.sql("""
                        insert into consultation_hearing (consultation_id, held_at, place, seats,
                                                          registration_closes_at, selection_rule, created_by)
                        values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(consultationId, Timestamp.from(heldAt), place, seats, Timestamp.from(registrationClosesAt),
                        rule, by).query(Long.class).single();
    }

    Optional<Hearing> find(long id) {
        return jdbc.sql(SELECT + " where h.id = ?").param(id).query(HearingStore::map).optional();
    }

    /** Locks the hearing's row: the choice of participants is checked against its seats one at a time. */
    void lock(long id) {
        jdbc.sql("select id from consultation_hearing where id = ? for update").param(id).query(Long.class).optional();
    }

    List<Hearing> of(long consultationId) {
        return jdbc.sql(SELECT + " where h.consultation_id = ? order by h.held_at, h.id").param(consultationId)
                .query(HearingStore::map).list();
    }

    long register(long hearingId, String name, String contact, String statement) {
        return jdbc.sql("insert into consultation_hearing_registration (hearing_id, name, contact, statement)"
                        + " values (?, ?, ?, ?) returning id")
                .params(hearingId, name, contact, statement).query(Long.class).single();
    }

    List<HearingRegistration> registrations(long hearingId) {
        return jdbc.sql("select id, hearing_id, name, contact, statement, registered_at, selected"
                        + " from consultation_hearing_registration where hearing_id = ? order by registered_at, id")
                .param(hearingId)
                .query((rs, i) -> new HearingRegistration(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getBoolean(7))).list();
    }

    void select(long hearingId, Collection<Long> chosen) {
        jdbc.sql("update consultation_hearing_registration set selected = false where hearing_id = ?").param(hearingId)
                .update();
        if (!chosen.isEmpty()) {
            jdbc.sql("update consultation_hearing_registration set selected = true where hearing_id = :h and id in (:ids)")
                    .param("h", hearingId).param("ids", List.copyOf(chosen)).update();
        }
    }

    boolean publishRecord(long hearingId, String record) {
        return jdbc.sql("update consultation_hearing set record = ?, record_published_at = now()"
                + " where id = ? and record is null").params(record, hearingId).update() == 1;
    }

    private static Hearing map(ResultSet rs, int i) throws SQLException {
        Timestamp published = rs.getTimestamp("record_published_at");
        return new Hearing(rs.getLong("id"), rs.getLong("consultation_id"), rs.getTimestamp("held_at").toInstant(),
                rs.getString("place"), rs.getInt("seats"), rs.getTimestamp("registration_closes_at").toInstant(),
                rs.getString("selection_rule"), rs.getString("record"),
                published == null ? null : published.toInstant(), rs.getLong("registered"), rs.getLong("selected"));
    }
}
