package org.gongkai.opendata;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The public read path of dataset series: the {@code od_public_series} and {@code od_public_series_member} views, so a
 * draft or withdrawn series is never shown, and a published series shows only its published members (their order,
 * first/last and neighbours are counted among those alone).
 */
@Component
class PublicSeries {

    /** Where a public dataset stands in its public series: the members before (earlier) and after (later) it. */
    record Place(Series series, Dataset previous, Dataset next) {
    }

    private final JdbcClient jdbc;

    PublicSeries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Series> find(long id) {
        return jdbc.sql("select " + SeriesStore.COLUMNS + " from od_public_series where id = ?").param(id)
                .query(SeriesStore::series).optional();
    }

    /** The published members, the latest period first. */
    List<Dataset> members(long seriesId) {
        return jdbc.sql("select " + OpenDataStore.DATASET_COLUMNS.replaceAll("(\\w+)(,|$)", "d.$1$2") + " " + """
                         from od_public_series_member m join od_public_dataset d on d.id = m.dataset_id
                         where m.series_id = ?""" + SeriesStore.MEMBER_ORDER)
                .param(seriesId).query(OpenDataStore::dataset).list();
    }

    /** The public series of the organisations, the most recently changed first. */
    List<Series> of(List<Long> organisationIds) {
        return jdbc.sql("select " + SeriesStore.COLUMNS + " " + """
                         from od_public_series where organisation_id = any(?) order by updated_at desc, id desc""")
                .param(new SqlArrayValue("bigint", organisationIds.toArray())).query(SeriesStore::series).list();
    }

    /** Every public series, for the sitemap. */
    List<Series> all(int max) {
        return jdbc.sql("select " + SeriesStore.COLUMNS + " from od_public_series order by updated_at desc, id desc limit ?")
                .param(max).query(SeriesStore::series).list();
    }

    /** The place of a public dataset in its public series, if it is in one. */
    Optional<Place> placeOf(long datasetId) {
        Optional<Long> seriesId = jdbc.sql("select series_id from od_public_series_member where dataset_id = ?")
                .param(datasetId).query(Long.class).optional();
        return seriesId.flatMap(this::find).map(s -> places(s, members(s.id())).get(datasetId));
    }

    /** The places of the public members of the organisations' public series, by dataset id. */
    Map<Long, Place> places(List<Long> organisationIds) {
        Map<Long, Place> out = new LinkedHashMap<>();
        for (Series s : of(organisationIds)) {
            out.putAll(places(s, members(s.id())));
        }
        return out;
    }

    /** {@code latestFirst}: the members as {@link #members} gives them. */
    static Map<Long, Place> places(Series s, List<Dataset> latestFirst) {
        Map<Long, Place> out = new LinkedHashMap<>();
        for (int i = 0; i < latestFirst.size(); i++) {
            Dataset later = i > 0 ? latestFirst.get(i - 1) : null;
            Dataset earlier = i + 1 < latestFirst.size() ? latestFirst.get(i + 1) : null;
            out.put(latestFirst.get(i).id(), new Place(s, earlier, later));
        }
        return out;
    }
}
