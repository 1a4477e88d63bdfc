package org.gongkai.identity;

import org.gongkai.platform.audit.StaffAction;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** {@code revoke-role <username> <ROLE>}: the operator's way to take a separated administrator role away (ADR 0003). */
@Component
@Command(name = "revoke-role", description = "Revoke a role from an account (the only way to revoke an administrator role)")
class RevokeRoleCommand implements org.gongkai.platform.cli.GongkaiCommand {

    @Parameters(index = "0", description = "user name")
    String username;

    @Parameters(index = "1", description = "role: SECURITY_ADMIN, AUDIT_ADMIN, SYSTEM_ADMIN, EDITOR, ...")
    Role role;

    private final StaffAccounts accounts;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;

    RevokeRoleCommand(StaffAccounts accounts, ApplicationEventPublisher events, TransactionTemplate transaction) {
        this.accounts = accounts;
        this.events = events;
        this.transaction = transaction;
    }

    @Override
    public String name() {
        return "revoke-role";
    }

    @Override
    public String summary() {
        return "revoke a role from an account (the only way to revoke an administrator role)";
    }

    @Override
    public Integer call() {
        return transaction.execute(status -> revoke());
    }

    private int revoke() {
        StaffAccounts.Account account = accounts.findByUsername(username == null ? "" : username.trim().toLowerCase()).orElse(null);
        if (account == null) {
            System.err.println("no account named " + username);
            return 1;
        }
        Set<Role> before = accounts.roles(account.id());
        if (!before.contains(role)) {
            System.err.println(account.username() + " does not hold " + role);
            return 2;
        }
        Set<Role> after = EnumSet.copyOf(before);
        after.remove(role);
        accounts.removeRole(account.id(), role);
        events.publishEvent(new StaffAction(null, "system", account.organisationId(), "user.roles", "staff_user",
                String.valueOf(account.id()), Map.of("roles", before.toString()), Map.of("roles", after.toString())));
        System.out.println("revoked " + role + " from " + account.username());
        return 0;
    }
}
