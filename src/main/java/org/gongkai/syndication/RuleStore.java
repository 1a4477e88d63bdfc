package org.gongkai.syndication;

import org.gongkai.document.DocumentKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** SQL for re-post rules and the policy on a source gone (V166). */
@Repository
class RuleStore {

    /** What a published re-post becomes when its source is withdrawn, removed or repealed. */
    enum OnSourceGone {
        FLAG, WITHDRAW
    }

    /** What a published re-post becomes when its source is amended: flagged only, or updated (ADR 0052). */
    enum OnSourceAmended {
        FLAG, UPDATE
    }

    record Policy(long organisationId, OnSourceGone onSourceGone, long actingUserId, String actingUsername,
                  OnSourceAmended onSourceAmended) {
    }

    private static final String RULE = """
            select id, organisation_id, source_organisation_id, remote_source_id, document_kind, catalog_node_id,
                   acting_user_id, acting_username, created_at from repost_rule""";

    private final JdbcClient jdbc;

    RuleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Long> add(long organisationId, Long sourceOrganisationId, Long remoteSourceId, DocumentKind kind,
                       long columnId, long userId, String username) {
        return jdbc.sql("""
                        insert into repost_rule (organisation_id, source_organisation_id, remote_source_id,
                               document_kind, catalog_node_id, acting_user_id, acting_username)
                        values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing returning id""")
                .params(organisationId, sourceOrganisationId, remoteSourceId, kind == null ? null : kind.name(),
                        columnId, userId, username).query(Long.class).optional();
    }

    boolean delete(long id) {
        return jdbc.sql("delete from repost_rule where id = ?").param(id).update() == 1;
    }

    Optional<RepostRule> find(long id) {
        return jdbc.sql(RULE + " where id = ?").param(id).query(RuleStore::rule).optional();
    }

    List<RepostRule> of(long organisationId) {
        return jdbc.sql(RULE + " where organisation_id = ? order by id").param(organisationId)
                .query(RuleStore::rule).list();
    }

    /** The rules that take a same-platform item of the source organisation with the document's kind. */
    List<RepostRule> forLocal(long organisationId, long sourceOrganisationId, DocumentKind kind) {
        return jdbc.sql(RULE + " " + """
                         where organisation_id = ? and source_organisation_id = ?
                           and (document_kind is null or document_kind = ?) order by document_kind nulls last, id""")
                .params(organisationId, sourceOrganisationId, kind == null ? "" : kind.name())
                .query(RuleStore::rule).list();
    }

    List<RepostRule> forRemote(long organisationId, long remoteSourceId) {
        return jdbc.sql(RULE + " where organisation_id = ? and remote_source_id = ? order by id")
                .params(organisationId, remoteSourceId).query(RuleStore::rule).list();
    }

    Optional<Policy> policy(long organisationId) {
        return jdbc.sql("""
                        select organisation_id, on_source_gone, acting_user_id, acting_username, on_source_amended
                          from repost_policy where organisation_id = ?""").param(organisationId)
                .query((rs, i) -> new Policy(rs.getLong(1), OnSourceGone.valueOf(rs.getString(2)), rs.getLong(3),
                        rs.getString(4), OnSourceAmended.valueOf(rs.getString(5)))).optional();
    }

    void setPolicy(long organisationId, OnSourceGone value, OnSourceAmended amended, long userId, String username) {
        jdbc.sql("""
                        insert into repost_policy (organisation_id, on_source_gone, on_source_amended, acting_user_id,
                            acting_username)
                        values (?, ?, ?, ?, ?)
                        on conflict (organisation_id) do update set on_source_gone = excluded.on_source_gone,
                            on_source_amended = excluded.on_source_amended,
                            acting_user_id = excluded.acting_user_id, acting_username = excluded.acting_username,
                            set_at = now()""")
                .params(organisationId, value.name(), amended.name(), userId, username).update();
    }

    private static RepostRule rule(ResultSet rs, int row) throws SQLException {
        String kind = rs.getString("document_kind");
        return new RepostRule(rs.getLong("id"), rs.getLong("organisation_id"),
                (Long) rs.getObject("source_organisation_id"), (Long) rs.getObject("remote_source_id"),
                kind == null ? null : DocumentKind.valueOf(kind), rs.getLong("catalog_node_id"),
                rs.getLong("acting_user_id"), rs.getString("acting_username"),
                rs.getTimestamp("created_at").toInstant());
    }
}
