package org.gongkai.opendata;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Link resources: all of a dataset's for the back office, and the public ones through {@code od_public_link}. */
@Component
class LinkStore {

    private static final String COLUMNS = "id, dataset_id, title, url, created_at, published_at, removed_at";

    private final JdbcClient jdbc;

    LinkStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<DataLink> all(long datasetId) {
        return jdbc.sql("select " + COLUMNS + " from od_link where dataset_id = ? and removed_at is null order by id")
                .param(datasetId).query(LinkStore::link).list();
    }

    List<DataLink> published(long datasetId) {
        return jdbc.sql("select " + COLUMNS + " from od_public_link where dataset_id = ? order by id")
                .param(datasetId).query(LinkStore::link).list();
    }

    Optional<DataLink> find(long datasetId, long id) {
        return jdbc.sql("select " + COLUMNS + " from od_link where dataset_id = ? and id = ?")
                .params(datasetId, id).query(LinkStore::link).optional();
    }

    long insert(long datasetId, String title, String url, long by) {
        return jdbc.sql("insert into od_link (dataset_id, title, url, created_by) values (?, ?, ?, ?) returning id")
                .params(datasetId, title, url, by).query(Long.class).single();
    }

    boolean remove(long id, long by) {
        return jdbc.sql("update od_link set removed_at = now(), removed_by = ? where id = ? and removed_at is null")
                .params(by, id).update() == 1;
    }

    /** Publishes the dataset's links not yet published; how many. */
    int publish(long datasetId) {
        return jdbc.sql("update od_link set published_at = now() where dataset_id = ? and published_at is null and removed_at is null")
                .param(datasetId).update();
    }

    boolean any(long datasetId) {
        return jdbc.sql("select exists (select 1 from od_link where dataset_id = ? and removed_at is null)")
                .param(datasetId).query(Boolean.class).single();
    }

    private static DataLink link(ResultSet rs, int n) throws SQLException {
        return new DataLink(rs.getLong("id"), rs.getLong("dataset_id"), rs.getString("title"), rs.getString("url"),
                rs.getTimestamp("created_at").toInstant(), instant(rs, "published_at"), instant(rs, "removed_at"));
    }

    private static java.time.Instant instant(ResultSet rs, String column) throws SQLException {
        java.sql.Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
