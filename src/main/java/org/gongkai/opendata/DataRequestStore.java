package org.gongkai.opendata;

import org.gongkai.application.ReplyOutcome;
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

/** SQL over data requests (V93). */
@Repository
class DataRequestStore {

    /** Which requests a queue shows: open ones (by urgency) or answered ones. */
    enum Flag { OPEN, NEAR, OVERDUE, ANSWERED, ALL }

    record NewRow(long organisationId, String trackingNumber, String queryCodeHash, DataRequestDraft draft,
                  Instant receivedAt, LocalDate receivedOn, int workingDays, LocalDate dueOn) {
    }

    private static final String COLUMNS = """
            id, organisation_id, tracking_number, query_code_hash, title, description, purpose, requester_name,
            contact_email, contact_phone, received_at, received_on, working_days, due_on, status, dataset_id, outcome,
            reply, answered_at, answered_on, version""";

    private final JdbcClient jdbc;

    DataRequestStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(NewRow r) {
        DataRequestDraft d = r.draft();
        return jdbc.sql("""
                        insert into od_request (organisation_id, tracking_number, query_code_hash, title, description,
                            purpose, requester_name, contact_email, contact_phone, received_at, received_on,
                            working_days, due_on)
                        values (:org, :tracking, :hash, :title, :description, :purpose, :name, :email, :phone,
                            :at, :on, :days, :due)
                        returning id""")
                .param("org", r.organisationId()).param("tracking", r.trackingNumber()).param("hash", r.queryCodeHash())
                .param("title", d.title()).param("description", d.description()).param("purpose", d.purpose())
                .param("name", d.name()).param("email", d.email()).param("phone", d.phone())
                .param("at", Timestamp.from(r.receivedAt())).param("on", r.receivedOn())
                .param("days", r.workingDays()).param("due", r.dueOn())
                .query(Long.class).single();
    }

    Optional<DataRequest> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from od_request where id = ?").param(id)
                .query(DataRequestStore::row).optional();
    }

    Optional<DataRequest> lock(long id) {
        return jdbc.sql("select " + COLUMNS + " from od_request where id = ? for update").param(id)
                .query(DataRequestStore::row).optional();
    }

    Optional<DataRequest> findByTrackingNumber(String tracking) {
        return jdbc.sql("select " + COLUMNS + " from od_request where tracking_number = ?").param(tracking)
                .query(DataRequestStore::row).optional();
    }

    /** Open requests waiting for a dataset that is being prepared for them. */
    List<DataRequest> openFor(long datasetId) {
        return jdbc.sql("select " + COLUMNS + " from od_request where dataset_id = ? and status = 'OPEN' for update")
                .param(datasetId).query(DataRequestStore::row).list();
    }

    void linkDataset(long id, long datasetId) {
        jdbc.sql("update od_request set dataset_id = ?, version = version + 1 where id = ? and status = 'OPEN'")
                .params(datasetId, id).update();
    }

    boolean answer(long id, int expectedVersion, ReplyOutcome outcome, Long datasetId, String reply, Instant at,
                   LocalDate on, long by) {
        return jdbc.sql("""
                        update od_request set status = 'ANSWERED', outcome = :outcome, dataset_id = :dataset,
                            reply = :reply, answered_at = :at, answered_on = :on, answered_by = :by,
                            version = version + 1
                         where id = :id and version = :version and status = 'OPEN'""")
                .param("outcome", outcome.name()).param("dataset", datasetId).param("reply", reply)
                .param("at", Timestamp.from(at)).param("on", on).param("by", by).param("id", id)
                .param("version", expectedVersion).update() == 1;
    }

    Page<DataRequest> list(long organisationId, Flag flag, LocalDate today, LocalDate nearBy, String orderBy, int page,
                           int size) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("org", organisationId);
        String where = " where organisation_id = :org" + switch (flag) {
            case OPEN -> " and status = 'OPEN'";
            case NEAR -> " and status = 'OPEN' and due_on >= :today and due_on <= :near";
            case OVERDUE -> " and status = 'OPEN' and due_on < :today";
            case ANSWERED -> " and status = 'ANSWERED'";
            case ALL -> "";
        };
        if (flag == Flag.NEAR || flag == Flag.OVERDUE) {
            params.put("today", today);
        }
        if (flag == Flag.NEAR) {
            params.put("near", nearBy);
        }
        long total = jdbc.sql("select count(*) from od_request" + where).params(params).query(Long.class).single();
        List<DataRequest> rows = jdbc.sql("select " + COLUMNS + " from od_request" + where + " order by " + orderBy
                        + ", id desc limit :limit offset :offset")
                .params(params).param("limit", size).param("offset", Page.offset(page, size))
                .query(DataRequestStore::row).list();
        return new Page<>(rows, page, size, total);
    }

    long countNear(long organisationId, LocalDate today, LocalDate nearBy) {
        return jdbc.sql("""
                        select count(*) from od_request
                         where organisation_id = ? and status = 'OPEN' and due_on >= ? and due_on <= ?""")
                .params(organisationId, today, nearBy).query(Long.class).single();
    }

    long countOverdue(long organisationId, LocalDate today) {
        return jdbc.sql("select count(*) from od_request where organisation_id = ? and status = 'OPEN' and due_on < ?")
                .params(organisationId, today).query(Long.class).single();
    }

    private static DataRequest row(ResultSet rs, int n) throws SQLException {
        long dataset = rs.getLong("dataset_id");
        Long datasetId = rs.wasNull() ? null : dataset;
        String outcome = rs.getString("outcome");
        Timestamp answeredAt = rs.getTimestamp("answered_at");
        Date answeredOn = rs.getDate("answered_on");
        return new DataRequest(rs.getLong("id"), rs.getLong("organisation_id"), rs.getString("tracking_number"),
                rs.getString("query_code_hash"), rs.getString("title"), rs.getString("description"),
                rs.getString("purpose"), rs.getString("requester_name"), rs.getString("contact_email"),
                rs.getString("contact_phone"), rs.getTimestamp("received_at").toInstant(),
                rs.getDate("received_on").toLocalDate(), rs.getInt("working_days"), rs.getDate("due_on").toLocalDate(),
                DataRequestStatus.valueOf(rs.getString("status")), datasetId,
                outcome == null ? null : ReplyOutcome.valueOf(outcome), rs.getString("reply"),
                answeredAt == null ? null : answeredAt.toInstant(), answeredOn == null ? null : answeredOn.toLocalDate(),
                rs.getInt("version"));
    }
}
