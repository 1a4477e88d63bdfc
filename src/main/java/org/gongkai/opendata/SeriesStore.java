package org.gongkai.opendata;

import org.gongkai.platform.web.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * SQL of the back office over dataset series and their members (V125). Members are ordered by the period they
 * cover, the latest first (a dataset without a start date last); the public side reads {@link PublicSeries}.
 */
@Repository
class SeriesStore {

    static final String COLUMNS = "id, organisation_id, title, description, frequency, status, published_at, updated_at, version";
    /** Latest period first; datasets are attached only with a start date, this keeps the order total regardless. */
    static final String MEMBER_ORDER = " order by d.temporal_start desc nulls last, d.id desc";

    /** A row of the back-office list. */
    record ListRow(Series series, int members, int publishedMembers) implements AdminList.Row {

        public String title() {
            return series.title();
        }

        public DatasetStatus status() {
            return series.status();
        }

        public java.time.Instant updatedAt() {
            return series.updatedAt();
        }

        public String href() {
            return "/admin/opendata/series/" + series.id();
        }

        public int first() {
            return members;
        }

        public int second() {
            return publishedMembers;
        }
    }

    private final JdbcClient jdbc;

    SeriesStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long organisationId, SeriesForm.Values v, long by) {
        return jdbc.sql("""
                        insert into od_series (organisation_id, title, description, frequency, created_by, updated_by)
                        values (?, ?, ?, ?, ?, ?) returning id""")
                .params(organisationId, v.title(), v.description(), v.frequency().name(), by, by)
                .query(Long.class).single();
    }

    boolean update(long id, int expectedVersion, SeriesForm.Values v, long by) {
        return jdbc.sql("""
                        update od_series set title = ?, description = ?, frequency = ?, updated_by = ?,
                            updated_at = now(), version = version + 1
                         where id = ? and version = ?""")
                .params(v.title(), v.description(), v.frequency().name(), by, id, expectedVersion).update() == 1;
    }

    Optional<Series> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from od_series where id = ?").param(id)
                .query(SeriesStore::series).optional();
    }

    Optional<Series> lock(long id) {
        return jdbc.sql("select " + COLUMNS + " from od_series where id = ? for update").param(id)
                .query(SeriesStore::series).optional();
    }

    void setStatus(long id, DatasetStatus status, long by) {
        jdbc.sql("""
                        update od_series set status = :status, published_at = case when :status = 'PUBLISHED'
                            then coalesce(published_at, now()) else published_at end,
                            updated_by = :by, updated_at = now(), version = version + 1
                         where id = :id""")
                .param("status", status.name()).param("by", by).param("id", id).update();
    }

    /** A change of members is a change of the series (its modification date, and an edit based on it is stale). */
    void touch(long id, long by) {
        jdbc.sql("update od_series set updated_by = ?, updated_at = now(), version = version + 1 where id = ?")
                .params(by, id).update();
    }

    Page<ListRow> list(long organisationId, String orderBy, int page, int size) {
        long total = jdbc.sql("select count(*) from od_series where organisation_id = ?").param(organisationId)
                .query(Long.class).single();
        List<ListRow> rows = jdbc.sql("select " + COLUMNS.replaceAll("(\\w+)(,|$)", "s.$1$2") + """
                        , (select count(*) from od_series_member m where m.series_id = s.id) as members,
                        (select count(*) from od_series_member m join od_dataset d on d.id = m.dataset_id
                          where m.series_id = s.id and d.status = 'PUBLISHED') as published_members
                        from od_series s where s.organisation_id = :org""" + " order by " + orderBy
                        + ", s.id desc limit :limit offset :offset")
                .param("org", organisationId).param("limit", size).param("offset", Page.offset(page, size))
                .query((rs, i) -> new ListRow(series(rs, i), rs.getInt("members"), rs.getInt("published_members")))
                .list();
        return new Page<>(rows, page, size, total);
    }

    /** Every member, whatever its status, the latest period first. */
    List<Dataset> members(long seriesId) {
        return jdbc.sql("select " + OpenDataStore.DATASET_COLUMNS.replaceAll("(\\w+)(,|$)", "d.$1$2")
                        + " from od_series_member m join od_dataset d on d.id = m.dataset_id where m.series_id = ?"
                        + MEMBER_ORDER)
                .param(seriesId).query(OpenDataStore::dataset).list();
    }

    /** The organisation's datasets in no series yet, for the form that adds a member. */
    List<Dataset> candidates(long organisationId) {
        return jdbc.sql("select " + OpenDataStore.DATASET_COLUMNS.replaceAll("(\\w+)(,|$)", "d.$1$2") + " " + """
                         from od_dataset d where d.organisation_id = ?
                          and not exists (select 1 from od_series_member m where m.dataset_id = d.id)
                        """ + MEMBER_ORDER)
                .param(organisationId).query(OpenDataStore::dataset).list();
    }

    /** The series a dataset belongs to, if any. */
    Optional<Series> seriesOf(long datasetId) {
        return jdbc.sql("select " + COLUMNS.replaceAll("(\\w+)(,|$)", "s.$1$2")
                        + " from od_series s join od_series_member m on m.series_id = s.id where m.dataset_id = ?")
                .param(datasetId).query(SeriesStore::series).optional();
    }

    void attach(long seriesId, long datasetId, long by) {
        jdbc.sql("insert into od_series_member (series_id, dataset_id, attached_by) values (?, ?, ?)")
                .params(seriesId, datasetId, by).update();
    }

    boolean detach(long seriesId, long datasetId) {
        return jdbc.sql("delete from od_series_member where series_id = ? and dataset_id = ?")
                .params(seriesId, datasetId).update() == 1;
    }

    static Series series(ResultSet rs, int i) throws SQLException {
        return new Series(rs.getLong("id"), rs.getLong("organisation_id"), rs.getString("title"),
                rs.getString("description"), UpdateFrequency.valueOf(rs.getString("frequency")),
                DatasetStatus.valueOf(rs.getString("status")), instant(rs.getTimestamp("published_at")),
                instant(rs.getTimestamp("updated_at")), rs.getInt("version"));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
