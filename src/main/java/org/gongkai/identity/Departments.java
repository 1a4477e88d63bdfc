package org.gongkai.identity;

import org.gongkai.platform.audit.StaffAction;
import org.gongkai.platform.web.ConflictException;
import org.gongkai.platform.web.InvalidInputException;
import org.gongkai.platform.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The departments of organisations (V115) and who belongs to them. Other modules read them (messages are assigned
 * to a department); the system administrator of the organisation or one above creates and renames them and sets
 * their members, each audited.
 */
@Service
public class Departments {

    static final int NAME_MAX = 50;

    /** A staff member of the organisation, with whether they belong to a department. */
    record Member(long id, String displayName, String username, boolean member) {
    }

    private final JdbcClient jdbc;
    private final AdminScope scope;
    private final ApplicationEventPublisher events;

    Departments(JdbcClient jdbc, AdminScope scope, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.events = events;
    }

    public List<Department> of(long organisationId) {
        return jdbc.sql("select * from department where organisation_id = ? order by name, id").param(organisationId)
                .query((rs, i) -> new Department(rs.getLong("id"), rs.getLong("organisation_id"), rs.getString("name"),
                        rs.getInt("version"))).list();
    }

    public Optional<Department> find(long id) {
        return jdbc.sql("select * from department where id = ?").param(id)
                .query((rs, i) -> new Department(rs.getLong("id"), rs.getLong("organisation_id"), rs.getString("name"),
                        rs.getInt("version"))).optional();
    }

    /** Whether the staff member belongs to the department. */
    public boolean isMember(long departmentId, long staffId) {
        return jdbc.sql("select exists (select 1 from staff_department where department_id = ? and user_id = ?)")
                .params(departmentId, staffId).query(Boolean.class).single();
    }

    /** Ids of the departments the staff member belongs to. */
    public Set<Long> departmentsOf(long staffId) {
        return new LinkedHashSet<>(jdbc.sql("select department_id from staff_department where user_id = ? order by 1")
                .param(staffId).query(Long.class).list());
    }

    List<Member> members(Department d) {
        return jdbc.sql("""
                        select u.id, u.display_name, u.username,
                               exists (select 1 from staff_department s where s.user_id = u.id and s.department_id = ?) as member
                          from staff_user u
                         where u.organisation_id = ? and u.enabled
                           and not exists (select 1 from staff_role r where r.user_id = u.id
                                            and r.role in ('SYSTEM_ADMIN', 'SECURITY_ADMIN', 'AUDIT_ADMIN'))
                         order by u.display_name, u.id""")
                .params(d.id(), d.organisationId())
                .query((rs, i) -> new Member(rs.getLong("id"), rs.getString("display_name"), rs.getString("username"),
                        rs.getBoolean("member"))).list();
    }

    /** The department, for an administrator who may manage its organisation: 404 unknown, 403 outside their part. */
    Department managed(StaffUser user, long id) {
        Department d = find(id).orElseThrow(() -> new NotFoundException("department", id));
        scope.require(user, Role.SYSTEM_ADMIN, d.organisationId());
        return d;
    }

    @Transactional
    public long create(StaffUser user, long organisationId, String name) {
        scope.require(user, Role.SYSTEM_ADMIN, organisationId);
        String n = checked(name);
        long id;
        try {
            id = jdbc.sql("insert into department (organisation_id, name) values (?, ?) returning id")
                    .params(organisationId, n).query(Long.class).single();
        } catch (DuplicateKeyException e) {
            throw InvalidInputException.of("name", "dept.error.duplicate");
        }
        audit(user, organisationId, "department.create", id, Map.of(), Map.of("name", n));
        return id;
    }

    /** A department made by the system (demo content, first start), with its members; audited as the system's. */
    @Transactional
    public long seed(long organisationId, String name, List<Long> members) {
        long id = jdbc.sql("insert into department (organisation_id, name) values (?, ?) returning id")
                .params(organisationId, checked(name)).query(Long.class).single();
        for (long s : members) {
            jdbc.sql("insert into staff_department (user_id, department_id) values (?, ?)").params(s, id).update();
        }
        events.publishEvent(new StaffAction(null, "system", organisationId, "department.create", "department",
                String.valueOf(id), Map.of(), Map.of("name", name, "members", members)));
        return id;
    }

    @Transactional
    public void rename(StaffUser user, long id, int version, String name) {
        Department d = managed(user, id);
        String n = checked(name);
        int updated;
        try {
            updated = jdbc.sql("update department set name = ?, version = version + 1 where id = ? and version = ?")
                    .params(n, id, version).update();
        } catch (DuplicateKeyException e) {
            throw InvalidInputException.of("name", "dept.error.duplicate");
        }
        if (updated != 1) {
            throw new ConflictException("dept.stale");
        }
        audit(user, d.organisationId(), "department.rename", id, Map.of("name", d.name()), Map.of("name", n));
    }

    /** Sets the members to exactly {@code staffIds}; each must be an account of the department's organisation. */
    @Transactional
    public void setMembers(StaffUser user, long id, List<Long> staffIds) {
        Department d = managed(user, id);
        Set<Long> wanted = new LinkedHashSet<>(staffIds == null ? List.of() : staffIds);
        Set<Long> allowed = new LinkedHashSet<>(members(d).stream().map(Member::id).toList());
        if (!allowed.containsAll(wanted)) {
            throw InvalidInputException.of("member", "dept.error.member");
        }
        List<Long> before = jdbc.sql("select user_id from staff_department where department_id = ? order by 1")
                .param(id).query(Long.class).list();
        jdbc.sql("delete from staff_department where department_id = ?").param(id).update();
        for (long s : wanted) {
            jdbc.sql("insert into staff_department (user_id, department_id) values (?, ?)").params(s, id).update();
        }
        audit(user, d.organisationId(), "department.members", id, Map.of("members", before),
                Map.of("members", wanted.stream().sorted().toList()));
    }

    private static String checked(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            throw InvalidInputException.of("name", "dept.error.name");
        }
        if (n.length() > NAME_MAX) {
            throw InvalidInputException.of("name", "dept.error.nameLong");
        }
        return n;
    }

    private void audit(StaffUser user, long organisationId, String action, long id, Map<String, Object> before,
                       Map<String, Object> after) {
        events.publishEvent(new StaffAction(user.id(), user.username(), organisationId, action, "department",
                String.valueOf(id), before, after));
    }
}
