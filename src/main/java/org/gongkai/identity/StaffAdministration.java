package org.gongkai.identity;

import org.gongkai.platform.audit.StaffAction;
import org.gongkai.platform.web.ConflictException;
import org.gongkai.platform.web.ForbiddenException;
import org.gongkai.platform.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Map;
import java.util.Set;

/**
 * What the system administrator does with accounts of their organisation and those below it: create (without
 * roles, with a one-time password), disable or enable, reset the password. Roles are the security administrator's.
 * Accounts of the three separated administrators are out of the system administrator's reach (ADR 0003): their
 * passwords are reset and their state changed only with the operator commands, so that no administrator can learn
 * another's password or shut another out.
 */
@Service
class StaffAdministration {

    /** An account with the one-time password just given to it, shown once. */
    record OneTimePassword(AccountRow account, String password) {
    }

    private final StaffAdminStore store;
    private final StaffRegistry registry;
    private final AdminScope scope;
    private final PasswordEncoder encoder;
    private final ApplicationEventPublisher events;
    private final ApiTokenStore tokens;
    private final StaffSessions sessions;

    StaffAdministration(StaffAdminStore store, StaffRegistry registry, AdminScope scope, PasswordEncoder encoder,
                        ApplicationEventPublisher events, ApiTokenStore tokens, StaffSessions sessions) {
        this.tokens = tokens;
        this.sessions = sessions;
        this.store = store;
        this.registry = registry;
        this.scope = scope;
        this.encoder = encoder;
        this.events = events;
    }

    /** The account, if it is in the administrator's part of the tree; 404 or 403 otherwise. */
    AccountRow account(StaffUser actor, Role role, long userId) {
        AccountRow row = store.find(userId).orElseThrow(() -> new NotFoundException("staff user", userId));
        scope.require(actor, role, row.organisationId());
        return row;
    }

    @Transactional
    OneTimePassword create(StaffUser actor, long organisationId, String username, String displayName) {
        scope.require(actor, Role.SYSTEM_ADMIN, organisationId);
        String password = PasswordPolicy.generate();
        long id = registry.create(organisationId, username, displayName, Set.of(), password, true, actor);
        return new OneTimePassword(store.find(id).orElseThrow(), password);
    }

    /** 403 for an account that holds one of the three separated administrator roles. */
    static void requireNotAdministrator(AccountRow account) {
        if (account.roles().stream().anyMatch(Role::isSeparatedAdmin)) {
            throw new ForbiddenException("user.separated");
        }
    }

    @Transactional
    AccountRow setEnabled(StaffUser actor, long userId, boolean enabled) {
        AccountRow before = account(actor, Role.SYSTEM_ADMIN, userId);
        if (!enabled && userId == actor.id()) {
            throw new ConflictException("user.disable.self");
        }
        requireNotAdministrator(before);
        if (before.enabled() != enabled) {
            store.setEnabled(userId, enabled);
            if (!enabled) {
                sessions.endSessions(before.username(), null);
            }
            publish(actor, before, enabled ? "user.enable" : "user.disable",
                    Map.of("enabled", before.enabled()), Map.of("enabled", enabled));
        }
        return store.find(userId).orElseThrow();
    }

    @Transactional
    OneTimePassword resetPassword(StaffUser actor, long userId) {
        AccountRow before = account(actor, Role.SYSTEM_ADMIN, userId);
        requireNotAdministrator(before);
        String password = PasswordPolicy.generate();
        store.resetPassword(userId, encoder.encode(password));
        tokens.revokeAll(userId);
        sessions.endSessions(before.username(), null);
        publish(actor, before, "user.password.reset", Map.of("mustChangePassword", before.mustChangePassword()),
                Map.of("mustChangePassword", true));
        return new OneTimePassword(store.find(userId).orElseThrow(), password);
    }

    private void publish(StaffUser actor, AccountRow target, String action, Map<String, Object> before,
                         Map<String, Object> after) {
        events.publishEvent(new StaffAction(actor.id(), actor.username(), target.organisationId(), action, "staff_user",
                String.valueOf(target.id()), before, after));
    }
}
