package org.gongkai.opendata;

import org.gongkai.catalog.OpennessClass;
import org.gongkai.platform.web.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

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

/** SQL of the back office over datasets, resources and versions (V65). The public side reads {@link PublicDatasets}. */
@Repository
class OpenDataStore {

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** The checked metadata of a dataset. */
    record Values(String title, String description, DatasetTheme theme, String keywords, String publisher,
                  String contactEmail, String contactPhone, DataLicence licence, UpdateFrequency frequency,
                  LocalDate temporalStart, LocalDate temporalEnd, String spatial, OpennessClass opennessClass,
                  String legalBasis) {

        static Values of(Dataset d) {
            return new Values(d.title(), d.description(), d.theme(), d.keywords(), d.publisher(), d.contactEmail(),
                    d.contactPhone(), d.licence(), d.frequency(), d.temporalStart(), d.temporalEnd(), d.spatial(),
                    d.opennessClass(), d.legalBasis());
        }

        Map<String, Object> asMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("title", title);
            m.put("description", description);
            m.put("theme", theme.name());
            m.put("keywords", keywords);
            m.put("publisher", publisher);
            m.put("contactEmail", contactEmail);
            m.put("contactPhone", contactPhone);
            m.put("licence", licence.name());
            m.put("frequency", frequency.name());
            m.put("temporalStart", temporalStart == null ? null : temporalStart.toString());
            m.put("temporalEnd", temporalEnd == null ? null : temporalEnd.toString());
            m.put("spatial", spatial);
            m.put("opennessClass", opennessClass.name());
            m.put("legalBasis", legalBasis);
            return m;
        }

        Map<String, Object> columns() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("title", title);
            m.put("description", description);
            m.put("theme", theme.name());
            m.put("keywords", keywords);
            m.put("publisher", publisher);
            m.put("contactEmail", contactEmail);
            m.put("contactPhone", contactPhone);
            m.put("licence", licence.name());
            m.put("frequency", frequency.name());
            m.put("temporalStart", temporalStart);
            m.put("temporalEnd", temporalEnd);
            m.put("spatial", spatial);
            m.put("opennessClass", opennessClass.name());
            m.put("legalBasis", legalBasis);
            return m;
        }
    }

    /** A row of the back-office list. */
    record ListRow(Dataset dataset, String organisationName, int resources, int unpublishedVersions)
            implements AdminList.Row {

        public String title() {
            return dataset.title();
        }

        public DatasetStatus status() {
            return dataset.status();
        }

        public java.time.Instant updatedAt() {
            return dataset.updatedAt();
        }

        public String href() {
            return "/admin/opendata/" + dataset.id();
        }

        public int first() {
            return resources;
        }

        public int second() {
            return unpublishedVersions;
        }
    }

    static final String DATASET_COLUMNS = """
            id, organisation_id, title, description, theme, keywords, publisher, contact_email, contact_phone, licence,
            frequency, temporal_start, temporal_end, spatial, openness_class, legal_basis, status, published_at,
            updated_at, version""";
    static final String VERSION_COLUMNS = """
            id, resource_id, number, sha256, file_name, size_bytes, source_encoding, row_count, columns::text as columns,
            warnings::text as warnings, note, uploaded_at, published_at""";

    private final JdbcClient jdbc;

    OpenDataStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long organisationId, Values v, long by) {
        return jdbc.sql("""
                        insert into od_dataset (organisation_id, title, description, theme, keywords, publisher,
                            contact_email, contact_phone, licence, frequency, temporal_start, temporal_end, spatial,
                            openness_class, legal_basis, created_by, updated_by)
                        values (:org, :title, :description, :theme, :keywords, :publisher, :contactEmail, :contactPhone,
                            :licence, :frequency, :temporalStart, :temporalEnd, :spatial, :opennessClass, :legalBasis,
                            :by, :by)
                        returning id""")
                .param("org", organisationId).params(v.columns()).param("by", by).query(Long.class).single();
    }

    boolean update(long id, int expectedVersion, Values v, long by) {
        return jdbc.sql("""
                        update od_dataset set title = :title, description = :description, theme = :theme,
                            keywords = :keywords, publisher = :publisher, contact_email = :contactEmail,
                            contact_phone = :contactPhone, licence = :licence, frequency = :frequency,
                            temporal_start = :temporalStart, temporal_end = :temporalEnd, spatial = :spatial,
                            openness_class = :opennessClass, legal_basis = :legalBasis, updated_by = :by,
                            updated_at = now(), version = version + 1
                         where id = :id and version = :version""")
                .params(v.columns()).param("by", by).param("id", id).param("version", expectedVersion).update() == 1;
    }

    /** Locks the dataset's row for a change of its resources or status. */
    Optional<Dataset> lock(long id) {
        return jdbc.sql("select " + DATASET_COLUMNS + " from od_dataset where id = ? for update").param(id)
                .query(OpenDataStore::dataset).optional();
    }

    Optional<Dataset> find(long id) {
        return jdbc.sql("select " + DATASET_COLUMNS + " from od_dataset where id = ?").param(id)
                .query(OpenDataStore::dataset).optional();
    }

    void setStatus(long id, DatasetStatus status, long by) {
        jdbc.sql("""
                        update od_dataset set status = :status, published_at = case when :status = 'PUBLISHED'
                            then coalesce(published_at, now()) else published_at end,
                            updated_by = :by, updated_at = now(), version = version + 1
                         where id = :id""")
                .param("status", status.name()).param("by", by).param("id", id).update();
    }

    /** Publishes every version of the dataset not yet published; the numbers of the versions published. */
    int publishVersions(long datasetId) {
        return jdbc.sql("""
                        update od_resource_version v set published_at = now()
                          from od_resource r
                         where r.id = v.resource_id and r.dataset_id = ? and v.published_at is null""")
                .param(datasetId).update();
    }

    long insertResource(long datasetId, String title, ResourceFormat format, String keyColumn, long by) {
        return jdbc.sql("""
                        insert into od_resource (dataset_id, title, format, key_column, created_by)
                        values (?, ?, ?, ?, ?) returning id""")
                .params(datasetId, title, format.name(), keyColumn, by).query(Long.class).single();
    }

    int insertVersion(long resourceId, String sha256, String fileName, long size, String encoding, Integer rows,
                      List<ResourceVersion.Column> columns, List<Problem> warnings, String note, long by) {
        return jdbc.sql("""
                        insert into od_resource_version (resource_id, number, sha256, file_name, size_bytes,
                            source_encoding, row_count, columns, warnings, note, uploaded_by)
                        values (:r, (select coalesce(max(number), 0) + 1 from od_resource_version where resource_id = :r),
                            :sha, :name, :size, :encoding, :rows, cast(:columns as jsonb), cast(:warnings as jsonb),
                            :note, :by)
                        returning number""")
                .param("r", resourceId).param("sha", sha256).param("name", fileName).param("size", size)
                .param("encoding", encoding).param("rows", rows)
                .param("columns", columns == null ? null : JSON.writeValueAsString(columns))
                .param("warnings", JSON.writeValueAsString(warnings)).param("note", note).param("by", by)
                .query(Integer.class).single();
    }

    List<DataResource> resources(long datasetId) {
        return jdbc.sql("select id, dataset_id, title, format, key_column from od_resource where dataset_id = ? order by id")
                .param(datasetId).query(OpenDataStore::resource).list();
    }

    Optional<DataResource> resource(long datasetId, long resourceId) {
        return jdbc.sql("select id, dataset_id, title, format, key_column from od_resource where id = ? and dataset_id = ?")
                .params(resourceId, datasetId).query(OpenDataStore::resource).optional();
    }

    List<ResourceVersion> versions(long resourceId) {
        return jdbc.sql("select " + VERSION_COLUMNS + " from od_resource_version where resource_id = ? order by number desc")
                .param(resourceId).query(OpenDataStore::version).list();
    }

    /** The organisation's datasets; {@code pending}: only those with a version waiting to be published. */
    Page<ListRow> list(long organisationId, DatasetStatus status, boolean pending, String orderBy, int page, int size) {
        String where = " where d.organisation_id = :org" + (status == null ? "" : " and d.status = :status")
                + (pending ? " and exists (select 1 from od_resource_version v join od_resource r on r.id = v.resource_id"
                        + " where r.dataset_id = d.id and v.published_at is null)" : "");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("org", organisationId);
        if (status != null) {
            params.put("status", status.name());
        }
        long total = jdbc.sql("select count(*) from od_dataset d" + where).params(params).query(Long.class).single();
        List<ListRow> rows = jdbc.sql("select " + DATASET_COLUMNS.replaceAll("(\\w+)(,|$)", "d.$1$2") + """
                        , o.name as org_name,
                        (select count(*) from od_resource r where r.dataset_id = d.id) as resources,
                        (select count(*) from od_resource_version v join od_resource r on r.id = v.resource_id
                          where r.dataset_id = d.id and v.published_at is null) as unpublished
                        from od_dataset d join organisation o on o.id = d.organisation_id""" + where
                        + " order by " + orderBy + ", d.id desc limit :limit offset :offset")
                .params(params).param("limit", size).param("offset", Page.offset(page, size))
                .query((rs, i) -> new ListRow(dataset(rs, i), rs.getString("org_name"), rs.getInt("resources"),
                        rs.getInt("unpublished")))
                .list();
        return new Page<>(rows, page, size, total);
    }

    static Dataset dataset(ResultSet rs, int i) throws SQLException {
        return new Dataset(rs.getLong("id"), rs.getLong("organisation_id"), rs.getString("title"),
                rs.getString("description"), DatasetTheme.valueOf(rs.getString("theme")), rs.getString("keywords"),
                rs.getString("publisher"), rs.getString("contact_email"), rs.getString("contact_phone"),
                DataLicence.valueOf(rs.getString("licence")), UpdateFrequency.valueOf(rs.getString("frequency")),
                date(rs.getDate("temporal_start")), date(rs.getDate("temporal_end")), rs.getString("spatial"),
                OpennessClass.valueOf(rs.getString("openness_class")), rs.getString("legal_basis"),
                DatasetStatus.valueOf(rs.getString("status")), instant(rs.getTimestamp("published_at")),
                instant(rs.getTimestamp("updated_at")), rs.getInt("version"));
    }

    static DataResource resource(ResultSet rs, int i) throws SQLException {
        return new DataResource(rs.getLong("id"), rs.getLong("dataset_id"), rs.getString("title"),
                ResourceFormat.valueOf(rs.getString("format")), rs.getString("key_column"));
    }

    static ResourceVersion version(ResultSet rs, int i) throws SQLException {
        String columns = rs.getString("columns");
        Integer rows = (Integer) rs.getObject("row_count");
        return new ResourceVersion(rs.getLong("id"), rs.getLong("resource_id"), rs.getInt("number"),
                rs.getString("sha256"), rs.getString("file_name"), rs.getLong("size_bytes"),
                rs.getString("source_encoding"), rows,
                columns == null ? List.of() : JSON.readValue(columns, new TypeReference<List<ResourceVersion.Column>>() { }),
                JSON.readValue(rs.getString("warnings"), new TypeReference<List<Problem>>() { }),
                rs.getString("note"), instant(rs.getTimestamp("uploaded_at")), instant(rs.getTimestamp("published_at")));
    }

    private static LocalDate date(Date d) {
        return d == null ? null : d.toLocalDate();
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
