package org.gongkai.identity;

import org.gongkai.platform.audit.StaffAction;
import org.gongkai.platform.web.ForbiddenException;
import org.gongkai.platform.web.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the security administrator does: grant and revoke roles, unlock accounts, in their organisation and those
 * below it. Nobody changes their own roles; the three administrator roles stand alone. The roles of an account that
 * holds a separated administrator role are changed only by the operator ({@code grant-role}/{@code revoke-role});
 * a separated role is given from the page only to an account without roles whose holder has already replaced the
 * one-time password (so not to a fresh account whose password the system administrator has just seen). ADR 0003.
 */
@Service
class RoleGrants {

    private final StaffAdministration administration;
    private final StaffAccounts accounts;
    private final StaffAdminStore store;
    private final ApplicationEventPublisher events;
    private final SignInThrottling throttle;

    RoleGrants(StaffAdministration administration, StaffAccounts accounts, StaffAdminStore store,
               ApplicationEventPublisher events, SignInThrottling throttle) {
        this.throttle = throttle;
        this.administration = administration;
        this.accounts = accounts;
        this.store = store;
        this.events = events;
    }

    @Transactional
    AccountRow setRoles(StaffUser actor, long userId, Set<Role> wanted) {
        AccountRow before = administration.account(actor, Role.SECURITY_ADMIN, userId);
        if (userId == actor.id()) {
            throw new ForbiddenException("roles.self");
        }
        Set<Role> roles = wanted.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(wanted);
        if (roles.equals(before.roles())) {
            return before;
        }
        if (before.roles().stream().anyMatch(Role::isSeparatedAdmin)) {
            throw new ForbiddenException("roles.separated");
        }
        if (!StaffRegistry.separationHolds(roles)) {
            throw InvalidInputException.of("roles", "user.roles.separation");
        }
        if (roles.stream().anyMatch(Role::isSeparatedAdmin) && (!before.roles().isEmpty() || before.mustChangePassword())) {
            throw InvalidInputException.of("roles", "user.roles.appoint");
        }
        try {
            before.roles().stream().filter(r -> !roles.contains(r)).forEach(r -> accounts.removeRole(userId, r));
            roles.stream().filter(r -> !before.roles().contains(r)).forEach(r -> accounts.addRole(userId, r));
        } catch (DataIntegrityViolationException e) {
            // the database's own check of 三员分立 (a concurrent grant)
            throw InvalidInputException.of("roles", "user.roles.separation");
        }
        if (!roles.equals(before.roles())) {
            publish(actor, before, "user.roles", Map.of("roles", names(before.roles())), Map.of("roles", names(roles)));
        }
        return store.find(userId).orElseThrow();
    }

    @Transactional
    AccountRow unlock(StaffUser actor, long userId) {
        AccountRow before = administration.account(actor, Role.SECURITY_ADMIN, userId);
        store.unlock(userId);
        throttle.clear(before.username());
        Map<String, Object> was = new HashMap<>();
        was.put("failedLogins", before.failedLogins());
        was.put("lockedUntil", before.lockedUntil() == null ? null : before.lockedUntil().toString());
        publish(actor, before, "user.unlock", was, Map.of("failedLogins", 0));
        return store.find(userId).orElseThrow();
    }

    private static String names(Set<Role> roles) {
        return new TreeSet<>(roles.stream().map(Enum::name).toList()).toString();
    }

    private void publish(StaffUser actor, AccountRow target, String action, Map<String, Object> before,
                         Map<String, Object> after) {
        events.publishEvent(new StaffAction(actor.id(), actor.username(), target.organisationId(), action, "staff_user",
                String.valueOf(target.id()), before, after));
    }
}
