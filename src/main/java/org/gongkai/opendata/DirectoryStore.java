package org.gongkai.opendata;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The stored values of a dataset's catalogue fields ({@code od_directory_value}); the public reads go through
 * {@code od_public_directory_value}, which holds those of published datasets only.
 */
@Component
class DirectoryStore {

    private final JdbcClient jdbc;

    DirectoryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every stored value of the dataset, published or not (back office). */
    Map<String, String> values(long datasetId) {
        Map<String, String> m = new LinkedHashMap<>();
        jdbc.sql("select field, value from od_directory_value where dataset_id = :id order by field")
                .param("id", datasetId).query((rs, n) -> m.put(rs.getString(1), rs.getString(2))).list();
        return m;
    }

    /** The values of published datasets among the ids, by dataset (datasets without values are absent). */
    Map<Long, Map<String, String>> publicValues(Collection<Long> datasetIds) {
        Map<Long, Map<String, String>> out = new HashMap<>();
        if (datasetIds.isEmpty()) {
            return out;
        }
        jdbc.sql("select dataset_id, field, value from od_public_directory_value where dataset_id = any(:ids)")
                .param("ids", new SqlArrayValue("bigint", datasetIds.toArray()))
                .query((rs, n) -> out.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>())
                        .put(rs.getString(2), rs.getString(3))).list();
        return out;
    }

    Map<String, String> publicValues(long datasetId) {
        return publicValues(List.of(datasetId)).getOrDefault(datasetId, Map.of());
    }

    /**
     * Replaces the values of the configured fields (codes) with the given ones; values stored under codes no longer
     * configured stay as they were.
     */
    void replace(long datasetId, Collection<String> configured, Map<String, String> values) {
        jdbc.sql("delete from od_directory_value where dataset_id = :id and field = any(:codes)")
                .param("id", datasetId).param("codes", new SqlArrayValue("text", configured.toArray())).update();
        values.forEach((field, value) -> jdbc.sql(
                        "insert into od_directory_value (dataset_id, field, value) values (:id, :field, :value)")
                .param("id", datasetId).param("field", field).param("value", value).update());
    }
}
