package org.gongkai.services;

import org.gongkai.platform.web.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

/** The lists' tables. Public reads go through the {@code svc_public_power_edition} view only. */
@Repository
class PowerStore {

    private static final String COLUMNS = """
            e.id, e.power_id, p.organisation_id, p.list_kind, p.code, e.edition_no, e.name, e.category, e.legal_basis,
            e.department, e.conditions, e.change_note, e.abolished, e.status = 'PUBLISHED' as published, e.updated_at,
            e.published_at, e.version""";
    private static final String PUBLIC_COLUMNS = """
            e.id, e.power_id, e.organisation_id, e.list_kind, e.code, e.edition_no, e.name, e.category, e.legal_basis,
            e.department, e.conditions, e.change_note, e.abolished, true as published, e.published_at as updated_at,
            e.published_at, 0 as version""";

    private final JdbcClient jdbc;

    PowerStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean codeTaken(long org, PowerList list, String code) {
        return jdbc.sql("select count(*) from svc_power where organisation_id = ? and list_kind = ? and code = ?")
                .params(org, list.name(), code).query(Long.class).single() > 0;
    }

    long insert(long org, PowerList list, String code, long by) {
        return jdbc.sql("insert into svc_power (organisation_id, list_kind, code, created_by) values (?, ?, ?, ?) returning id")
                .params(org, list.name(), code, by).query(Long.class).single();
    }

    long insertEdition(long powerId, int editionNo, PowerForm.Values v, long by) {
        return jdbc.sql("""
                        insert into svc_power_edition (power_id, edition_no, name, category, legal_basis, department,
                               conditions, change_note, abolished, created_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(powerId, editionNo, v.name(), v.category(), v.legalBasis(), v.department(), v.conditions(),
                        v.changeNote(), v.abolished(), by)
                .query(Long.class).single();
    }

    boolean updateDraft(long editionId, int version, PowerForm.Values v) {
        return jdbc.sql("""
                        update svc_power_edition set name = ?, category = ?, legal_basis = ?, department = ?,
                               conditions = ?, change_note = ?, abolished = ?, updated_at = now(), version = version + 1
                         where id = ? and version = ? and status = 'DRAFT'""")
                .params(v.name(), v.category(), v.legalBasis(), v.department(), v.conditions(), v.changeNote(),
                        v.abolished(), editionId, version)
                .update() == 1;
    }

    void publish(long editionId, long by) {
        jdbc.sql("update svc_power_edition set status = 'PUBLISHED', published_at = now(), published_by = ? where id = ?")
                .params(by, editionId).update();
    }

    /** Every edition of the item, newest first. */
    List<PowerEdition> editions(long powerId) {
        return jdbc.sql("select " + COLUMNS + " from svc_power_edition e join svc_power p on p.id = e.power_id"
                + " where e.power_id = ? order by e.edition_no desc").param(powerId).query(PowerStore::map).list();
    }

    /** The item's draft, else its newest published edition. */
    Optional<PowerEdition> current(long powerId) {
        return editions(powerId).stream().findFirst();
    }

    Optional<PowerEdition> lockDraft(long powerId) {
        return jdbc.sql("select " + COLUMNS + " from svc_power_edition e join svc_power p on p.id = e.power_id"
                        + " where e.power_id = ? and e.status = 'DRAFT' for update of e")
                .param(powerId).query(PowerStore::map).optional();
    }

    /** The organisation's items (newest edition each), for the back office. */
    Page<PowerEdition> list(long org, PowerList list, String order, int page, int size) {
        String where = " where p.organisation_id = ?" + (list == null ? "" : " and p.list_kind = '" + list.name() + "'")
                + " and e.edition_no = (select max(edition_no) from svc_power_edition x where x.power_id = e.power_id)";
        long total = jdbc.sql("select count(*) from svc_power_edition e join svc_power p on p.id = e.power_id" + where)
                .param(org).query(Long.class).single();
        List<PowerEdition> rows = jdbc.sql("select " + COLUMNS + " from svc_power_edition e join svc_power p on p.id = e.power_id"
                        + where + " order by " + order + ", e.id limit ? offset ?")
                .params(org, size, Page.offset(page, size)).query(PowerStore::map).list();
        return new Page<>(rows, page, size, total);
    }

    /** The published editions of an item, newest first: its public history. */
    List<PowerEdition> publicEditions(long powerId) {
        return jdbc.sql("select " + PUBLIC_COLUMNS + " from svc_public_power_edition e where e.power_id = ?"
                + " order by e.edition_no desc").param(powerId).query(PowerStore::map).list();
    }

    /** The latest published edition of each item of these organisations in the list (abolished ones included). */
    Page<PowerEdition> publicList(List<Long> orgs, PowerList list, String q, int page, int size) {
        String where = " where e.organisation_id in (:ids) and e.list_kind = :list"
                + " and e.edition_no = (select max(edition_no) from svc_public_power_edition x where x.power_id = e.power_id)"
                + (q == null ? "" : " and (e.name like :q or e.code like :q or e.department like :q)");
        String like = q == null ? null : "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        var count = jdbc.sql("select count(*) from svc_public_power_edition e" + where)
                .param("ids", orgs).param("list", list.name());
        var select = jdbc.sql("select " + PUBLIC_COLUMNS + " from svc_public_power_edition e" + where
                        + " order by e.abolished, e.code limit :size offset :offset")
                .param("ids", orgs).param("list", list.name()).param("size", size)
                .param("offset", Page.offset(page, size));
        if (q != null) {
            count = count.param("q", like);
            select = select.param("q", like);
        }
        return new Page<>(select.query(PowerStore::map).list(), page, size, count.query(Long.class).single());
    }

    /** Counts of published items per list, for the site's overview. */
    java.util.Map<PowerList, Long> publicCounts(List<Long> orgs) {
        java.util.Map<PowerList, Long> m = new java.util.EnumMap<>(PowerList.class);
        jdbc.sql("select list_kind, count(distinct power_id) from svc_public_power_edition where organisation_id in (:ids)"
                        + " group by list_kind").param("ids", orgs)
                .query((rs, i) -> m.put(PowerList.valueOf(rs.getString(1)), rs.getLong(2))).list();
        return m;
    }

    boolean anyPublic(long org) {
        return jdbc.sql("select exists (select 1 from svc_public_power_edition where organisation_id = ?)")
                .param(org).query(Boolean.class).single();
    }

    List<PowerEdition> newestPublic(int max) {
        return jdbc.sql("select " + PUBLIC_COLUMNS + " from svc_public_power_edition e"
                + " where e.edition_no = (select max(edition_no) from svc_public_power_edition x where x.power_id = e.power_id)"
                + " order by e.published_at desc limit ?").param(max).query(PowerStore::map).list();
    }

    Optional<Long> organisationOf(long powerId) {
        return jdbc.sql("select organisation_id from svc_power where id = ?").param(powerId).query(Long.class).optional();
    }

    private static PowerEdition map(ResultSet rs, int row) throws SQLException {
        Timestamp pub = rs.getTimestamp("published_at");
        return new PowerEdition(rs.getLong("id"), rs.getLong("power_id"), rs.getLong("organisation_id"),
                PowerList.valueOf(rs.getString("list_kind")), rs.getString("code"), rs.getInt("edition_no"),
                rs.getString("name"), rs.getString("category"), rs.getString("legal_basis"),
                rs.getString("department"), rs.getString("conditions"), rs.getString("change_note"),
                rs.getBoolean("abolished"), rs.getBoolean("published"), rs.getTimestamp("updated_at").toInstant(),
                pub == null ? null : pub.toInstant(), rs.getInt("version"));
    }
}
