package org.gongkai.identity;

import org.gongkai.platform.audit.StaffAction;
import org.gongkai.platform.web.FieldErrors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Creates staff accounts, keeping the password policy and the separation of the three administrators. */
@Service
public class StaffRegistry {

    private final StaffAccounts accounts;
    private final PasswordEncoder encoder;
    private final ApplicationEventPublisher events;

    StaffRegistry(StaffAccounts accounts, PasswordEncoder encoder, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.events = events;
    }

    /**
     * @param mustChangePassword true for a one-time password that the user replaces at first sign-in
     */
    @Transactional
    public long create(long organisationId, String username, String displayName, Set<Role> roles, String password,
                       boolean mustChangePassword, StaffUser actor) {
        String name = username == null ? "" : username.trim().toLowerCase();
        FieldErrors errors = new FieldErrors();
        errors.require(name.matches("[a-z0-9._-]{3,40}"), "username", "user.username.invalid");
        errors.require(displayName != null && !displayName.isBlank() && displayName.length() <= 50, "displayName",
                "user.displayName.invalid");
        // An account may start without roles: the system administrator creates accounts, the security
        // administrator grants their roles (三员分立).
        Set<Role> granted = roles == null ? Set.of() : roles;
        errors.require(separationHolds(granted), "roles", "user.roles.separation");
        String problem = PasswordPolicy.problem(password, name);
        if (problem != null) {
            errors.reject("password", problem);
        }
        if (errors.isEmpty() && accounts.findByUsername(name).isPresent()) {
            errors.reject("username", "user.username.taken");
        }
        errors.throwIfAny();
        long id = accounts.insert(organisationId, name, displayName.trim(), encoder.encode(password), mustChangePassword);
        granted.forEach(r -> accounts.addRole(id, r));
        events.publishEvent(new StaffAction(actor == null ? null : actor.id(), actor == null ? "system" : actor.username(),
                organisationId, "user.create", "staff_user", String.valueOf(id), Map.of(),
                Map.of("username", name, "roles", new TreeSet<>(granted.stream().map(Enum::name).toList()).toString())));
        return id;
    }

    public boolean hasAnyAccount() {
        return accounts.count() > 0;
    }

    /** 三员分立: an administrator role stands alone. */
    public static boolean separationHolds(Set<Role> roles) {
        return roles.stream().noneMatch(Role::isSeparatedAdmin) || roles.size() == 1;
    }
}
