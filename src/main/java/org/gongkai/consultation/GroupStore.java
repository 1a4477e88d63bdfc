package org.gongkai.consultation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** SQL for groups of similar comments (V137). */
@Repository
class GroupStore {

    private final JdbcClient jdbc;

    GroupStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long consultationId, String summary, List<Long> commentIds, long by) {
        long id = jdbc.sql("insert into consultation_comment_group (consultation_id, summary, created_by)"
                + " values (?, ?, ?) returning id").params(consultationId, summary, by).query(Long.class).single();
        jdbc.sql("update consultation_comment set group_id = :g where consultation_id = :c and id in (:ids)")
                .param("g", id).param("c", consultationId).param("ids", commentIds).update();
        return id;
    }

    /** The group's decision, written on the group and on each member. */
    void decide(long groupId, Decision d, String reason, long by) {
        jdbc.sql("update consultation_comment_group set decision = ?, decision_reason = ? where id = ?")
                .params(d.name(), reason, groupId).update();
        jdbc.sql("update consultation_comment set decision = ?, decision_reason = ?, decided_by = ?, decided_at = now()"
                + " where group_id = ?").params(d.name(), reason, by, groupId).update();
    }

    /** Dissolves the group; its members keep the decision they had (each may then be decided on its own). */
    void delete(long groupId) {
        jdbc.sql("update consultation_comment set group_id = null where group_id = ?").param(groupId).update();
        jdbc.sql("delete from consultation_comment_group where id = ?").param(groupId).update();
    }

    Optional<CommentGroup> find(long id) {
        return of(jdbc.sql("select consultation_id from consultation_comment_group where id = ?").param(id)
                .query(Long.class).optional().orElse(-1L)).stream().filter(g -> g.id() == id).findFirst();
    }

    List<CommentGroup> of(long consultationId) {
        Map<Long, List<Long>> members = new LinkedHashMap<>();
        jdbc.sql("select group_id, id from consultation_comment where consultation_id = ? and group_id is not null"
                        + " order by id").param(consultationId)
                .query(rs -> {
                    members.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                });
        return jdbc.sql("select id, consultation_id, summary, decision, decision_reason from consultation_comment_group"
                        + " where consultation_id = ? order by id").param(consultationId)
                .query((rs, i) -> new CommentGroup(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getString(4) == null ? null : Decision.valueOf(rs.getString(4)), rs.getString(5),
                        members.getOrDefault(rs.getLong(1), List.of()))).list();
    }
}
