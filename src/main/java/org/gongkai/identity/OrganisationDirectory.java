package org.gongkai.identity;

import org.gongkai.platform.web.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Reads the organisation tree. */
@Service
public class OrganisationDirectory {

    static final String COLUMNS = """
            id, parent_id, code, name, kind, slug, position, host_name, address, phone,
            office_name, office_address, office_hours, office_phone, office_fax, office_email, office_online,
            icp_number, police_number, site_code""";

    private final JdbcClient jdbc;

    OrganisationDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Organisation> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from organisation where id = ?").param(id)
                .query(OrganisationDirectory::map).optional();
    }

    public Organisation get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("organisation", id));
    }

    public Optional<Organisation> findBySlug(String slug) {
        return jdbc.sql("select " + COLUMNS + " from organisation where slug = ?").param(slug)
                .query(OrganisationDirectory::map).optional();
    }

    public Optional<Organisation> findByHost(String host) {
        return jdbc.sql("select " + COLUMNS + " from organisation where host_name = ?").param(host)
                .query(OrganisationDirectory::map).optional();
    }

    /** The top of the tree (the first root by position), if any organisation exists. */
    public Optional<Organisation> root() {
        return jdbc.sql("select " + COLUMNS + " from organisation where parent_id is null order by position, id limit 1")
                .query(OrganisationDirectory::map).optional();
    }

    /** Every organisation, parents before children, siblings by position. */
    public List<Organisation> all() {
        return jdbc.sql("""
                with recursive t as (
                    select o.*, array[o.position, o.id::int] as path from organisation o where parent_id is null
                    union all
                    select o.*, t.path || array[o.position, o.id::int] from organisation o join t on o.parent_id = t.id)
                select %s from t order by path""".formatted(COLUMNS))
                .query(OrganisationDirectory::map).list();
    }

    /** The organisation and all organisations below it, in tree order. */
    public List<Organisation> subtree(long id) {
        return jdbc.sql("""
                with recursive t as (
                    select o.*, array[0, o.id::int] as path from organisation o where id = ?
                    union all
                    select o.*, t.path || array[o.position, o.id::int] from organisation o join t on o.parent_id = t.id)
                select %s from t order by path""".formatted(COLUMNS)).param(id)
                .query(OrganisationDirectory::map).list();
    }

    public List<Long> subtreeIds(long id) {
        return subtree(id).stream().map(Organisation::id).toList();
    }

    public List<Organisation> children(long id) {
        return jdbc.sql("select " + COLUMNS + " from organisation where parent_id = ? order by position, id").param(id)
                .query(OrganisationDirectory::map).list();
    }

    /** The chain from the root down to the organisation, inclusive. */
    public List<Organisation> ancestry(long id) {
        List<Organisation> chain = jdbc.sql("""
                with recursive t as (
                    select o.*, 0 as depth from organisation o where id = ?
                    union all
                    select o.*, t.depth + 1 from organisation o join t on o.id = t.parent_id)
                select %s from t order by depth desc""".formatted(COLUMNS)).param(id)
                .query(OrganisationDirectory::map).list();
        return chain;
    }

    /** True when {@code ancestor} is {@code org} itself or one of the organisations above it. */
    public boolean isSameOrAbove(long ancestor, long org) {
        return ancestry(org).stream().anyMatch(o -> o.id() == ancestor);
    }

    static Organisation map(ResultSet rs, int row) throws SQLException {
        long parentValue = rs.getLong("parent_id");
        Long parent = rs.wasNull() ? null : parentValue;
        return new Organisation(rs.getLong("id"), parent, rs.getString("code"),
                rs.getString("name"), OrganisationKind.valueOf(rs.getString("kind")), rs.getString("slug"),
                rs.getInt("position"), rs.getString("host_name"), rs.getString("address"), rs.getString("phone"),
                new Organisation.DisclosureOffice(rs.getString("office_name"), rs.getString("office_address"),
                        rs.getString("office_hours"), rs.getString("office_phone"), rs.getString("office_fax"),
                        rs.getString("office_email"), rs.getString("office_online")),
                new Organisation.SiteIdentity(rs.getString("icp_number"), rs.getString("police_number"),
                        rs.getString("site_code")));
    }
}
