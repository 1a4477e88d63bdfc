package org.gongkai.services;

import org.gongkai.platform.web.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The SQL of inspection plans, their registers, draws and results. */
@Repository
class RandomInspectionStore {

    private static final String PLAN = """
            id, organisation_id, title, description, ratio_bp, inspectors_per_entity, seed_source, seed_available_at,
            results_due, status, entities_sha256, inspectors_sha256, entity_count, inspector_count, frozen_at,
            seed_values, seed_key, drawn_at, updated_at""";

    private final JdbcClient jdbc;

    RandomInspectionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long organisationId, PlanValidation.Values v, long userId) {
        return jdbc.sql("""
                        insert into svc_plan (organisation_id, title, description, ratio_bp, inspectors_per_entity,
                            seed_source, seed_available_at, results_due, created_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(organisationId, v.title(), v.description(), v.ratioBp(), v.inspectorsPerEntity(),
                        v.seedSource(), ts(v.seedAvailableAt()), v.resultsDue(), userId)
                .query(Long.class).single();
    }

    boolean update(long id, int version, PlanValidation.Values v) {
        return jdbc.sql("""
                        update svc_plan set title = ?, description = ?, ratio_bp = ?, inspectors_per_entity = ?,
                            seed_source = ?, seed_available_at = ?, results_due = ?, updated_at = now(),
                            version = version + 1
                         where id = ? and version = ? and status = 'DRAFT'""")
                .params(v.title(), v.description(), v.ratioBp(), v.inspectorsPerEntity(), v.seedSource(),
                        ts(v.seedAvailableAt()), v.resultsDue(), id, version)
                .update() == 1;
    }

    Optional<InspectionPlan> find(long id) {
        return jdbc.sql("select " + PLAN + ", version from svc_plan where id = ?").param(id).query(RandomInspectionStore::plan).optional();
    }

    Optional<InspectionPlan> lock(long id) {
        return jdbc.sql("select " + PLAN + ", version from svc_plan where id = ? for update").param(id)
                .query(RandomInspectionStore::plan).optional();
    }

    /** A published plan (registers published, or drawn), read through the public view. */
    Optional<InspectionPlan> findPublic(long id) {
        return jdbc.sql("select " + PLAN + ", 0 as version from svc_public_plan where id = ?").param(id)
                .query(RandomInspectionStore::plan).optional();
    }

    Page<InspectionPlan> list(long organisationId, PlanStatus status, String order, int page, int size) {
        String where = " where organisation_id = ?" + (status == null ? "" : " and status = ?");
        List<Object> params = new ArrayList<>(List.of(organisationId));
        if (status != null) {
            params.add(status.name());
        }
        long total = jdbc.sql("select count(*) from svc_plan" + where).params(params).query(Long.class).single();
        List<InspectionPlan> rows = jdbc.sql("select " + PLAN + ", version from svc_plan" + where + " order by " + order
                        + ", id desc limit " + size + " offset " + Page.offset(page, size))
                .params(params).query(RandomInspectionStore::plan).list();
        return new Page<>(rows, page, size, total);
    }

    Page<InspectionPlan> publicList(List<Long> organisationIds, int page, int size) {
        if (organisationIds.isEmpty()) {
            return new Page<>(List.of(), page, size, 0);
        }
        long total = jdbc.sql("select count(*) from svc_public_plan where organisation_id in (:ids)")
                .param("ids", organisationIds).query(Long.class).single();
        List<InspectionPlan> rows = jdbc.sql("select " + PLAN + ", 0 as version from svc_public_plan"
                        + " where organisation_id in (:ids) order by frozen_at desc, id desc limit :size offset :offset")
                .param("ids", organisationIds).param("size", size).param("offset", Page.offset(page, size))
                .query(RandomInspectionStore::plan).list();
        return new Page<>(rows, page, size, total);
    }

    boolean anyPublic(long organisationId) {
        return jdbc.sql("select exists (select 1 from svc_public_plan where organisation_id = ?)").param(organisationId)
                .query(Boolean.class).single();
    }

    List<InspectionPlan> newestPublic(int max) {
        return jdbc.sql("select " + PLAN + ", 0 as version from svc_public_plan order by updated_at desc limit ?")
                .param(max).query(RandomInspectionStore::plan).list();
    }

    void freeze(long id, String entitiesSha, String inspectorsSha, int entities, int inspectors, Instant at, long userId) {
        jdbc.sql("""
                        update svc_plan set status = 'FROZEN', entities_sha256 = ?, inspectors_sha256 = ?, entity_count = ?,
                            inspector_count = ?, frozen_at = ?, frozen_by = ?, updated_at = now(), version = version + 1
                         where id = ? and status = 'DRAFT'""")
                .params(entitiesSha, inspectorsSha, entities, inspectors, ts(at), userId, id).update();
    }

    void drawn(long id, String seedValues, String seedKey, Instant at, long userId) {
        jdbc.sql("""
                        update svc_plan set status = 'DRAWN', seed_values = ?, seed_key = ?, drawn_at = ?, drawn_by = ?,
                            updated_at = now(), version = version + 1
                         where id = ? and status = 'FROZEN'""")
                .params(seedValues, seedKey, ts(at), userId, id).update();
    }

    // matters

    List<PlanMatter> matters(long planId) {
        return jdbc.sql("select id, position, name, basis from svc_matter where plan_id = ? order by position")
                .param(planId).query((rs, n) -> new PlanMatter(rs.getLong("id"), rs.getInt("position"),
                        rs.getString("name"), rs.getString("basis"))).list();
    }

    void addMatter(long planId, String name, String basis) {
        jdbc.sql("""
                        insert into svc_matter (plan_id, position, name, basis)
                        values (?, (select coalesce(max(position), 0) + 1 from svc_matter where plan_id = ?), ?, ?)""")
                .params(planId, planId, name, basis).update();
    }

    // registers

    List<RegisteredEntity> entities(long planId) {
        return jdbc.sql("select id, code, name, category, address, contact from svc_entity where plan_id = ? order by code")
                .param(planId).query((rs, n) -> new RegisteredEntity(rs.getLong("id"), rs.getString("code"),
                        rs.getString("name"), rs.getString("category"), rs.getString("address"),
                        rs.getString("contact"))).list();
    }

    List<RegisteredInspector> inspectors(long planId) {
        return jdbc.sql("select id, badge, name, unit, phone from svc_inspector where plan_id = ? order by badge")
                .param(planId).query((rs, n) -> new RegisteredInspector(rs.getLong("id"), rs.getString("badge"),
                        rs.getString("name"), rs.getString("unit"), rs.getString("phone"))).list();
    }

    /** Adds or replaces (by code) entities; returns how many lines were written. */
    int putEntities(long planId, List<String[]> rows) {
        for (String[] r : rows) {
            jdbc.sql("""
                            insert into svc_entity (plan_id, code, name, category, address, contact) values (?, ?, ?, ?, ?, ?)
                            on conflict (plan_id, code) do update set name = excluded.name, category = excluded.category,
                                address = excluded.address, contact = excluded.contact""")
                    .params(planId, r[0], r[1], r[2], r[3], r[4]).update();
        }
        return rows.size();
    }

    int putInspectors(long planId, List<String[]> rows) {
        for (String[] r : rows) {
            jdbc.sql("""
                            insert into svc_inspector (plan_id, badge, name, unit, phone) values (?, ?, ?, ?, ?)
                            on conflict (plan_id, badge) do update set name = excluded.name, unit = excluded.unit,
                                phone = excluded.phone""")
                    .params(planId, r[0], r[1], r[2], r[3]).update();
        }
        return rows.size();
    }

    int clearEntities(long planId) {
        return jdbc.sql("delete from svc_entity where plan_id = ?").param(planId).update();
    }

    int clearInspectors(long planId) {
        return jdbc.sql("delete from svc_inspector where plan_id = ?").param(planId).update();
    }

    // draw and results

    void saveDraw(long planId, List<RegisteredEntity> entities, List<RegisteredInspector> inspectors,
                  DrawAlgorithm.Selection s) {
        for (int n = 0; n < s.entities().size(); n++) {
            jdbc.sql("insert into svc_draw_entity (plan_id, position, entity_id) values (?, ?, ?)")
                    .params(planId, n + 1, entities.get(s.entities().get(n)).id()).update();
            List<Integer> chosen = s.inspectors().get(n);
            for (int k = 0; k < chosen.size(); k++) {
                jdbc.sql("insert into svc_draw_inspector (plan_id, entity_position, position, inspector_id) values (?, ?, ?, ?)")
                        .params(planId, n + 1, k + 1, inspectors.get(chosen.get(k)).id()).update();
            }
        }
    }

    /** The drawn entities in draw order with their inspectors and results ({@code publishedOnly}: public results). */
    List<DrawnEntity> drawn(long planId, boolean publishedOnly) {
        Map<Long, RegisteredEntity> entities = new LinkedHashMap<>();
        entities(planId).forEach(e -> entities.put(e.id(), e));
        Map<Long, RegisteredInspector> inspectors = new LinkedHashMap<>();
        inspectors(planId).forEach(i -> inspectors.put(i.id(), i));
        Map<Integer, List<RegisteredInspector>> byPosition = new LinkedHashMap<>();
        jdbc.sql("select entity_position, inspector_id from svc_draw_inspector where plan_id = ? order by entity_position, position")
                .param(planId).query((ResultSet rs) -> {
                    byPosition.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>()).add(inspectors.get(rs.getLong(2)));
                });
        Map<Long, InspectionResult> results = new LinkedHashMap<>();
        results(planId, publishedOnly).forEach(r -> results.put(r.entityId(), r));
        return jdbc.sql("select position, entity_id from svc_draw_entity where plan_id = ? order by position")
                .param(planId).query((rs, n) -> new DrawnEntity(rs.getInt(1), entities.get(rs.getLong(2)),
                        byPosition.getOrDefault(rs.getInt(1), List.of()), results.get(rs.getLong(2)))).list();
    }

    List<InspectionResult> results(long planId, boolean publishedOnly) {
        return jdbc.sql("select entity_id, inspected_on, outcome, problems, measures, recheck, published_at from svc_result"
                        + " where plan_id = ?" + (publishedOnly ? " and published_at is not null" : ""))
                .param(planId).query((rs, n) -> new InspectionResult(rs.getLong("entity_id"),
                        rs.getObject("inspected_on", LocalDate.class), ResultOutcome.valueOf(rs.getString("outcome")),
                        rs.getString("problems"), rs.getString("measures"), rs.getString("recheck"),
                        instant(rs.getTimestamp("published_at")))).list();
    }

    boolean isDrawn(long planId, long entityId) {
        return jdbc.sql("select exists (select 1 from svc_draw_entity where plan_id = ? and entity_id = ?)")
                .params(planId, entityId).query(Boolean.class).single();
    }

    /** Saves a result; a saved result goes back to unpublished until a publisher publishes it again. */
    void saveResult(long planId, long entityId, PlanValidation.Result r, long userId) {
        jdbc.sql("""
                        insert into svc_result (plan_id, entity_id, inspected_on, outcome, problems, measures, recheck, updated_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (plan_id, entity_id) do update set inspected_on = excluded.inspected_on,
                            outcome = excluded.outcome, problems = excluded.problems, measures = excluded.measures,
                            recheck = excluded.recheck, published_at = null, updated_by = excluded.updated_by,
                            updated_at = now()""")
                .params(planId, entityId, r.inspectedOn(), r.outcome().name(), r.problems(), r.measures(), r.recheck(),
                        userId).update();
    }

    int publishResults(long planId, long userId) {
        int n = jdbc.sql("""
                        update svc_result set published_at = now(), updated_by = ?, updated_at = now()
                         where plan_id = ? and published_at is null""").params(userId, planId).update();
        if (n > 0) {
            jdbc.sql("update svc_plan set updated_at = now() where id = ?").param(planId).update();
        }
        return n;
    }

    long unpublishedResults(long organisationId) {
        return jdbc.sql("""
                        select count(*) from svc_result r join svc_plan p on p.id = r.plan_id
                         where p.organisation_id = ? and r.published_at is null""")
                .param(organisationId).query(Long.class).single();
    }

    private static InspectionPlan plan(ResultSet rs, int n) throws SQLException {
        return new InspectionPlan(rs.getLong("id"), rs.getLong("organisation_id"), rs.getString("title"),
                rs.getString("description"), rs.getInt("ratio_bp"), rs.getInt("inspectors_per_entity"),
                rs.getString("seed_source"), instant(rs.getTimestamp("seed_available_at")),
                rs.getObject("results_due", LocalDate.class), PlanStatus.valueOf(rs.getString("status")),
                rs.getString("entities_sha256"), rs.getString("inspectors_sha256"),
                (Integer) rs.getObject("entity_count"), (Integer) rs.getObject("inspector_count"),
                instant(rs.getTimestamp("frozen_at")), rs.getString("seed_values"), rs.getString("seed_key"),
                instant(rs.getTimestamp("drawn_at")), instant(rs.getTimestamp("updated_at")), rs.getInt("version"));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }
}
