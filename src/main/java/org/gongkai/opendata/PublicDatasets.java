package org.gongkai.opendata;

import org.gongkai.platform.web.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one read path of the public side (pages, API, feed, sitemap, downloads): the {@code od_public_dataset} and
 * {@code od_public_version} views, so a draft or withdrawn dataset, and a version not yet published, cannot be
 * reached from outside the back office. A resource is public once it has a published version.
 */
@Component
class PublicDatasets {

    /** A dataset in a list, with the formats of its public resources. */
    record Listed(Dataset dataset, String organisationName, String organisationSlug, List<ResourceFormat> formats) {
    }

    /** A public resource with its published versions, the newest first. */
    record PublicResource(DataResource resource, List<ResourceVersion> versions) {

        public ResourceVersion latest() {
            return versions.get(0);
        }
    }

    /** Filters of the catalog; null means any. */
    record Filter(DatasetTheme theme, Long organisationId, ResourceFormat format) {
    }

    private final JdbcClient jdbc;

    PublicDatasets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Page<Listed> page(List<Long> organisationIds, Filter f, int page, int size) {
        StringBuilder where = new StringBuilder(" where d.organisation_id = any(:orgs)");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("orgs", new SqlArrayValue("bigint", organisationIds.toArray()));
        if (f.theme() != null) {
            where.append(" and d.theme = :theme");
            params.put("theme", f.theme().name());
        }
        if (f.organisationId() != null) {
            where.append(" and d.organisation_id = :org");
            params.put("org", f.organisationId());
        }
        if (f.format() != null) {
            where.append(" and exists (select 1 from od_public_version v where v.dataset_id = d.id and v.format = :format)");
            params.put("format", f.format().name());
        }
        long total = jdbc.sql("select count(*) from od_public_dataset d" + where).params(params)
                .query(Long.class).single();
        List<Listed> rows = jdbc.sql("select " + prefixed() + """
                        , o.name as org_name, o.slug as org_slug,
                        (select string_agg(distinct v.format, ',') from od_public_version v where v.dataset_id = d.id) as formats
                        from od_public_dataset d join organisation o on o.id = d.organisation_id""" + where
                        + " order by d.updated_at desc, d.id desc limit :limit offset :offset")
                .params(params).param("limit", size).param("offset", Page.offset(page, size))
                .query((rs, i) -> new Listed(OpenDataStore.dataset(rs, i), rs.getString("org_name"),
                        rs.getString("org_slug"), formats(rs.getString("formats"))))
                .list();
        return new Page<>(rows, page, size, total);
    }

    Optional<Dataset> find(long id) {
        return jdbc.sql("select " + OpenDataStore.DATASET_COLUMNS + " from od_public_dataset where id = ?").param(id)
                .query(OpenDataStore::dataset).optional();
    }

    boolean anyOf(long organisationId) {
        return jdbc.sql("select exists (select 1 from od_public_dataset where organisation_id = ?)")
                .param(organisationId).query(Boolean.class).single();
    }

    List<PublicResource> resources(long datasetId) {
        List<PublicResource> out = new ArrayList<>();
        Map<Long, List<ResourceVersion>> versions = new LinkedHashMap<>();
        Map<Long, DataResource> resources = new LinkedHashMap<>();
        jdbc.sql("select " + OpenDataStore.VERSION_COLUMNS + """
                        , dataset_id, resource_title, format, key_column from od_public_version
                        where dataset_id = ? order by resource_id, number desc""")
                .param(datasetId).query((rs, i) -> {
                    ResourceVersion v = OpenDataStore.version(rs, i);
                    resources.putIfAbsent(v.resourceId(), new DataResource(v.resourceId(), rs.getLong("dataset_id"),
                            rs.getString("resource_title"), ResourceFormat.valueOf(rs.getString("format")),
                            rs.getString("key_column")));
                    versions.computeIfAbsent(v.resourceId(), k -> new ArrayList<>()).add(v);
                    return v;
                }).list();
        resources.forEach((id, r) -> out.add(new PublicResource(r, List.copyOf(versions.get(id)))));
        return out;
    }

    Optional<PublicResource> resource(long datasetId, long resourceId) {
        return resources(datasetId).stream().filter(r -> r.resource().id() == resourceId).findFirst();
    }

    /** The newest published datasets of the organisations, for the feed. */
    List<Dataset> newest(List<Long> organisationIds, int max) {
        return jdbc.sql("select " + OpenDataStore.DATASET_COLUMNS + " " + """
                         from od_public_dataset where organisation_id = any(:orgs)
                         order by updated_at desc, id desc limit :max""")
                .param("orgs", new SqlArrayValue("bigint", organisationIds.toArray())).param("max", max)
                .query(OpenDataStore::dataset).list();
    }

    /** Every published dataset, the newest first, for the sitemap. */
    List<Dataset> all(int max) {
        return jdbc.sql("select " + OpenDataStore.DATASET_COLUMNS
                        + " from od_public_dataset order by updated_at desc, id desc limit ?")
                .param(max).query(OpenDataStore::dataset).list();
    }

    private static String prefixed() {
        return OpenDataStore.DATASET_COLUMNS.replaceAll("(\\w+)(,|$)", "d.$1$2");
    }

    private static List<ResourceFormat> formats(String s) {
        if (s == null || s.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(s.split(",")).map(ResourceFormat::valueOf).sorted().toList();
    }
}
