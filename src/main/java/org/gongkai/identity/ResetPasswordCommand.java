package org.gongkai.identity;

import org.gongkai.platform.audit.StaffAction;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.Map;

/**
 * {@code reset-password <username>}: the operator's way (database access) to give any account — in particular one of
 * the three separated administrators, whom nobody resets from the pages — a new one-time password, printed on the
 * console only. Unlocks the account, revokes its API tokens and, with {@code --enable}/{@code --disable}, sets
 * whether it may sign in. Audited as done by "system".
 */
@Component
@Command(name = "reset-password", description = "Give an account a new one-time password (printed here), unlock it and revoke its API tokens")
class ResetPasswordCommand implements org.gongkai.platform.cli.GongkaiCommand {

    @Parameters(index = "0", description = "user name")
    String username;

    @Option(names = "--enable", description = "also enable the account")
    boolean enable;

    @Option(names = "--disable", description = "disable the account instead of giving it a password")
    boolean disable;

    private final StaffAccounts accounts;
    private final StaffAdminStore store;
    private final ApiTokenStore tokens;
    private final PasswordEncoder encoder;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final StaffSessions sessions;

    ResetPasswordCommand(StaffAccounts accounts, StaffAdminStore store, ApiTokenStore tokens, PasswordEncoder encoder,
                         ApplicationEventPublisher events, TransactionTemplate transaction, StaffSessions sessions) {
        this.sessions = sessions;
        this.accounts = accounts;
        this.store = store;
        this.tokens = tokens;
        this.encoder = encoder;
        this.events = events;
        this.transaction = transaction;
    }

    @Override
    public String name() {
        return "reset-password";
    }

    @Override
    public String summary() {
        return "give an account a new one-time password (for the three administrators), or --disable it";
    }

    @Override
    public Integer call() {
        return transaction.execute(status -> reset());
    }

    private int reset() {
        StaffAccounts.Account account = accounts.findByUsername(username == null ? "" : username.trim().toLowerCase()).orElse(null);
        if (account == null) {
            System.err.println("no account named " + username);
            return 1;
        }
        int revoked = tokens.revokeAll(account.id());
        sessions.endSessions(account.username(), null);
        if (disable) {
            store.setEnabled(account.id(), false);
            events.publishEvent(new StaffAction(null, "system", account.organisationId(), "user.disable", "staff_user",
                    String.valueOf(account.id()), Map.of("enabled", account.enabled()),
                    Map.of("enabled", false, "tokensRevoked", revoked)));
            System.out.println("disabled " + account.username() + " and revoked " + revoked + " API token(s)");
            return 0;
        }
        String password = PasswordPolicy.generate();
        store.resetPassword(account.id(), encoder.encode(password));
        store.unlock(account.id());
        if (enable) {
            store.setEnabled(account.id(), true);
        }
        events.publishEvent(new StaffAction(null, "system", account.organisationId(), "user.password.reset", "staff_user",
                String.valueOf(account.id()), Map.of("mustChangePassword", account.mustChangePassword(), "enabled", account.enabled()),
                Map.of("mustChangePassword", true, "enabled", enable || account.enabled(), "tokensRevoked", revoked)));
        System.out.println("one-time password of " + account.username() + " (shown once, to be changed at sign-in): " + password);
        return 0;
    }
}
