package org.gongkai.services;

import org.gongkai.platform.web.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

/** The catalog's tables. Public reads go through {@code svc_public_guide} and materials of published guides. */
@Repository
class GuideStore {

    private static final String FIELDS = """
            g.id, g.service_id, s.organisation_id, s.code, g.edition_no, g.name, g.basis, g.conditions, g.steps,
            g.time_limit, g.fees, g.fee_basis, g.place_time, g.online_url, g.consultation, g.complaint, g.change_note,
            g.status = 'PUBLISHED' as published, g.updated_at, g.published_at, g.version""";
    private static final String FROM = " from svc_guide g join svc_service s on s.id = g.service_id";
    private static final String PUBLIC_FIELDS = """
            g.id, g.service_id, g.organisation_id, g.code, g.edition_no, g.name, g.basis, g.conditions, g.steps,
            g.time_limit, g.fees, g.fee_basis, g.place_time, g.online_url, g.consultation, g.complaint, g.change_note,
            true as published, g.updated_at, g.published_at, g.version""";
    private static final String LATEST_PUBLIC = " from svc_public_guide g where g.edition_no ="
            + " (select max(edition_no) from svc_public_guide x where x.service_id = g.service_id)";

    private final JdbcClient jdbc;

    GuideStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean codeTaken(long org, String code) {
        return jdbc.sql("select count(*) from svc_service where organisation_id = ? and code = ?").params(org, code)
                .query(Long.class).single() > 0;
    }

    long insertService(long org, String code, long by) {
        return jdbc.sql("insert into svc_service (organisation_id, code, created_by) values (?, ?, ?) returning id")
                .params(org, code, by).query(Long.class).single();
    }

    long insertGuide(long serviceId, int editionNo, GuideForm.Values v, long by) {
        return jdbc.sql("""
                        insert into svc_guide (service_id, edition_no, name, basis, conditions, steps, time_limit, fees,
                               fee_basis, place_time, online_url, consultation, complaint, change_note, created_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(serviceId, editionNo, v.name(), v.basis(), v.conditions(), v.steps(), v.timeLimit(), v.fees(),
                        v.feeBasis(), v.placeTime(), v.onlineUrl(), v.consultation(), v.complaint(), v.changeNote(), by)
                .query(Long.class).single();
    }

    boolean updateDraft(long guideId, int version, GuideForm.Values v) {
        return jdbc.sql("""
                        update svc_guide set name = ?, basis = ?, conditions = ?, steps = ?, time_limit = ?, fees = ?,
                               fee_basis = ?, place_time = ?, online_url = ?, consultation = ?, complaint = ?,
                               change_note = ?, updated_at = now(), version = version + 1
                         where id = ? and version = ? and status = 'DRAFT'""")
                .params(v.name(), v.basis(), v.conditions(), v.steps(), v.timeLimit(), v.fees(), v.feeBasis(),
                        v.placeTime(), v.onlineUrl(), v.consultation(), v.complaint(), v.changeNote(), guideId, version)
                .update() == 1;
    }

    void touch(long guideId) {
        jdbc.sql("update svc_guide set updated_at = now(), version = version + 1 where id = ? and status = 'DRAFT'")
                .param(guideId).update();
    }

    void publish(long guideId, long by) {
        jdbc.sql("update svc_guide set status = 'PUBLISHED', published_at = now(), published_by = ? where id = ?")
                .params(by, guideId).update();
    }

    /** The service's editions, newest first (the draft, if any, first). */
    List<ServiceGuide> editions(long serviceId) {
        return jdbc.sql("select " + FIELDS + FROM + " where g.service_id = ? order by g.edition_no desc")
                .param(serviceId).query(GuideStore::map).list();
    }

    Optional<ServiceGuide> lockDraft(long serviceId) {
        return jdbc.sql("select " + FIELDS + FROM + " where g.service_id = ? and g.status = 'DRAFT' for update of g")
                .param(serviceId).query(GuideStore::map).optional();
    }

    Optional<Long> organisationOf(long serviceId) {
        return jdbc.sql("select organisation_id from svc_service where id = ?").param(serviceId).query(Long.class).optional();
    }

    Page<ServiceGuide> list(long org, String order, int page, int size) {
        String where = " where s.organisation_id = ? and g.edition_no = (select max(edition_no) from svc_guide x"
                + " where x.service_id = g.service_id)";
        long total = jdbc.sql("select count(*)" + FROM + where).param(org).query(Long.class).single();
        return new Page<>(jdbc.sql("select " + FIELDS + FROM + where + " order by " + order + ", g.id limit ? offset ?")
                .params(org, size, Page.offset(page, size)).query(GuideStore::map).list(), page, size, total);
    }

    List<GuideMaterial> materials(long guideId) {
        return jdbc.sql("select * from svc_guide_material where guide_id = ? order by position").param(guideId)
                .query(GuideStore::material).list();
    }

    Optional<GuideMaterial> material(long materialId) {
        return jdbc.sql("select * from svc_guide_material where id = ?").param(materialId)
                .query(GuideStore::material).optional();
    }

    long addMaterial(long guideId, String name, boolean required, String form, String[] template, String[] sample) {
        int position = jdbc.sql("select coalesce(max(position), 0) + 1 from svc_guide_material where guide_id = ?")
                .param(guideId).query(Integer.class).single();
        return jdbc.sql("""
                        insert into svc_guide_material (guide_id, position, name, required, form, template_key,
                               template_name, template_type, sample_key, sample_name, sample_type)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(guideId, position, name, required, form, template[0], template[1], template[2], sample[0],
                        sample[1], sample[2])
                .query(Long.class).single();
    }

    /** A new draft starts with the materials of the edition it comes from (their files are shared, never changed). */
    void copyMaterials(long fromGuide, long toGuide) {
        jdbc.sql("""
                insert into svc_guide_material (guide_id, position, name, required, form, template_key, template_name,
                       template_type, sample_key, sample_name, sample_type)
                select ?, position, name, required, form, template_key, template_name, template_type, sample_key,
                       sample_name, sample_type from svc_guide_material where guide_id = ?""")
                .params(toGuide, fromGuide).update();
    }

    boolean removeMaterial(long guideId, long materialId) {
        return jdbc.sql("delete from svc_guide_material where id = ? and guide_id = ?").params(materialId, guideId)
                .update() == 1;
    }

    // --- public

    Optional<ServiceGuide> publicGuide(long serviceId) {
        return jdbc.sql("select " + PUBLIC_FIELDS + LATEST_PUBLIC + " and g.service_id = ?").param(serviceId)
                .query(GuideStore::map).optional();
    }

    List<ServiceGuide> publicEditions(long serviceId) {
        return jdbc.sql("select " + PUBLIC_FIELDS + " from svc_public_guide g where g.service_id = ?"
                + " order by g.edition_no desc").param(serviceId).query(GuideStore::map).list();
    }

    Page<ServiceGuide> publicList(List<Long> orgs, String q, int page, int size) {
        String where = " and g.organisation_id in (:ids)" + (q == null ? "" : " and (g.name like :q or g.code like :q)");
        var count = jdbc.sql("select count(*)" + LATEST_PUBLIC + where).param("ids", orgs);
        var select = jdbc.sql("select " + PUBLIC_FIELDS + LATEST_PUBLIC + where + " order by g.code limit :size offset :offset")
                .param("ids", orgs).param("size", size).param("offset", Page.offset(page, size));
        if (q != null) {
            String like = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            count = count.param("q", like);
            select = select.param("q", like);
        }
        return new Page<>(select.query(GuideStore::map).list(), page, size, count.query(Long.class).single());
    }

    /** A material of the service's current published guide. */
    Optional<GuideMaterial> publicMaterial(long serviceId, long materialId) {
        return jdbc.sql("select m.* from svc_guide_material m join (select g.id" + LATEST_PUBLIC
                        + " and g.service_id = ?) p on p.id = m.guide_id where m.id = ?")
                .params(serviceId, materialId).query(GuideStore::material).optional();
    }

    boolean anyPublic(long org) {
        return jdbc.sql("select exists (select 1 from svc_public_guide where organisation_id = ?)").param(org)
                .query(Boolean.class).single();
    }

    List<ServiceGuide> newestPublic(int max) {
        return jdbc.sql("select " + PUBLIC_FIELDS + LATEST_PUBLIC + " order by g.published_at desc limit ?").param(max)
                .query(GuideStore::map).list();
    }

    void rate(long serviceId, long guideId, boolean useful) {
        jdbc.sql("insert into svc_guide_rating (service_id, guide_id, useful) values (?, ?, ?)")
                .params(serviceId, guideId, useful).update();
    }

    /** [useful, not useful] over all editions of the service. */
    long[] ratings(long serviceId) {
        return jdbc.sql("select count(*) filter (where useful), count(*) filter (where not useful)"
                        + " from svc_guide_rating where service_id = ?").param(serviceId)
                .query((rs, i) -> new long[]{rs.getLong(1), rs.getLong(2)}).single();
    }

    private static ServiceGuide map(ResultSet rs, int row) throws SQLException {
        Timestamp pub = rs.getTimestamp("published_at");
        return new ServiceGuide(rs.getLong("id"), rs.getLong("service_id"), rs.getLong("organisation_id"),
                rs.getString("code"), rs.getInt("edition_no"), rs.getString("name"), rs.getString("basis"),
                rs.getString("conditions"), rs.getString("steps"), rs.getString("time_limit"), rs.getString("fees"),
                rs.getString("fee_basis"), rs.getString("place_time"), rs.getString("online_url"),
                rs.getString("consultation"), rs.getString("complaint"), rs.getString("change_note"),
                rs.getBoolean("published"), rs.getTimestamp("updated_at").toInstant(),
                pub == null ? null : pub.toInstant(), rs.getInt("version"));
    }

    private static GuideMaterial material(ResultSet rs, int row) throws SQLException {
        return new GuideMaterial(rs.getLong("id"), rs.getLong("guide_id"), rs.getInt("position"), rs.getString("name"),
                rs.getBoolean("required"), rs.getString("form"), rs.getString("template_key"),
                rs.getString("template_name"), rs.getString("template_type"), rs.getString("sample_key"),
                rs.getString("sample_name"), rs.getString("sample_type"));
    }
}
