package org.gongkai.identity;

import org.gongkai.platform.audit.StaffAction;
import org.gongkai.platform.cli.GongkaiCommand;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * {@code grant-role <username> <ROLE>}: lets an operator appoint the first security or audit administrator, which
 * nobody can do from the pages (the system administrator does not grant roles). Keeps 三员分立.
 */
@Component
@Command(name = "grant-role", description = "Grant a role to an account (for appointing the first security or audit administrator)")
class GrantRoleCommand implements GongkaiCommand {

    @Parameters(index = "0", description = "user name")
    String username;

    @Parameters(index = "1", description = "role: SECURITY_ADMIN, AUDIT_ADMIN, SYSTEM_ADMIN, EDITOR, ...")
    Role role;

    private final StaffAccounts accounts;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final TransactionTemplate transaction;

    /** Not {@code @Transactional}: picocli sets the fields of this very object, which a proxy would hide. */
    GrantRoleCommand(StaffAccounts accounts, org.springframework.context.ApplicationEventPublisher events,
                     TransactionTemplate transaction) {
        this.accounts = accounts;
        this.events = events;
        this.transaction = transaction;
    }

    @Override
    public String name() {
        return "grant-role";
    }

    @Override
    public String summary() {
        return "grant a role to an account (appoint the first security or audit administrator)";
    }

    @Override
    public Integer call() {
        return transaction.execute(status -> grant());
    }

    private int grant() {
        StaffAccounts.Account account = accounts.findByUsername(username == null ? "" : username.trim().toLowerCase()).orElse(null);
        if (account == null) {
            System.err.println("no account named " + username);
            return 1;
        }
        Set<Role> before = accounts.roles(account.id());
        Set<Role> after = before.isEmpty() ? EnumSet.of(role) : EnumSet.copyOf(before);
        after.add(role);
        if (!StaffRegistry.separationHolds(after)) {
            System.err.println("三员分立: " + role + " cannot be combined with " + before);
            return 2;
        }
        accounts.addRole(account.id(), role);
        events.publishEvent(new StaffAction(null, "system", account.organisationId(), "user.roles", "staff_user",
                String.valueOf(account.id()), Map.of("roles", before.toString()), Map.of("roles", after.toString())));
        System.out.println("granted " + role + " to " + account.username());
        return 0;
    }
}
