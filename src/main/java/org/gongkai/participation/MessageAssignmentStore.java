package org.gongkai.participation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.List;

/** SQL for assigning messages to a department and a person (citizen_message.department_id, assigned_to; V116). */
@Repository
class MessageAssignmentStore {

    private final JdbcClient jdbc;

    MessageAssignmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean assign(long id, int version, Long departmentId, Long staffId) {
        return jdbc.sql("""
                        update citizen_message set department_id = ?, assigned_to = ?, version = version + 1
                         where id = ? and version = ?""")
                .params(departmentId, staffId, id, version).update() == 1;
    }

    /** Open messages assigned to the staff member in the organisation (their own work list). */
    long countOpenAssignedTo(long organisationId, long staffId) {
        return jdbc.sql("""
                        select count(*) from citizen_message
                         where assigned_to = ? and status = 'OPEN' and organisation_id = ?""")
                .params(staffId, organisationId).query(Long.class).single();
    }

    /** Staff of the organisation a message may be assigned to: enabled accounts that handle messages. */
    List<Assignee> assignees(long organisationId) {
        return jdbc.sql("""
                        select u.id, u.display_name from staff_user u
                         where u.organisation_id = ? and u.enabled
                           and exists (select 1 from staff_role r where r.user_id = u.id
                                        and r.role in ('DISCLOSURE_OFFICER', 'PUBLISHER', 'EDITOR'))
                         order by u.display_name, u.id""")
                .param(organisationId).query((rs, i) -> new Assignee(rs.getLong("id"), rs.getString("display_name")))
                .list();
    }

    record Assignee(long id, String name) {
    }
}
