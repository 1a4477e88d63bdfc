package org.gongkai.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * On the first start there is no fixed default password: each of the three separated administrators (系统管理员,
 * 安全保密管理员, 安全审计员) that does not exist yet is created with a random one-time password, printed once,
 * which must be changed at first sign-in. Without the security administrator nobody could grant roles. The accounts
 * are created in one transaction with their passwords written to the data directory (see {@link OneTimePasswords}),
 * so a crash leaves either all of them with their passwords or none. Web start only: an operator command
 * ({@code gongkai.cli}) skips it, decided when it runs (Spring AOT fixes {@code @Conditional} at build time, ADR 0035).
 */
@Component
@Order(10)
class FirstStartAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstStartAdmin.class);
    private static final Map<Role, String[]> ACCOUNTS = Map.of(
            Role.SYSTEM_ADMIN, new String[]{"admin", "系统管理员"},
            Role.SECURITY_ADMIN, new String[]{"secadmin", "安全保密管理员"},
            Role.AUDIT_ADMIN, new String[]{"auditadmin", "安全审计员"});

    private final JdbcClient jdbc;
    private final StaffRegistry staff;
    private final OrganisationDirectory directory;
    private final OrganisationRegistry organisations;
    private final OneTimePasswords passwords;
    private final TransactionTemplate transaction;
    private final boolean operatorCommand;

    FirstStartAdmin(JdbcClient jdbc, StaffRegistry staff, OrganisationDirectory directory, OrganisationRegistry organisations,
                    OneTimePasswords passwords, TransactionTemplate transaction,
                    @Value("${gongkai.cli:false}") boolean operatorCommand) {
        this.jdbc = jdbc;
        this.staff = staff;
        this.directory = directory;
        this.organisations = organisations;
        this.passwords = passwords;
        this.transaction = transaction;
        this.operatorCommand = operatorCommand;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (operatorCommand) {
            return;
        }
        transaction.executeWithoutResult(status -> createMissing());
    }

    private void createMissing() {
        Map<String, String> created = new LinkedHashMap<>();
        for (Role role : new Role[]{Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN, Role.AUDIT_ADMIN}) {
            if (hasAccountWith(role)) {
                continue;
            }
            String username = freeName(ACCOUNTS.get(role)[0]);
            String password = PasswordPolicy.generate();
            staff.create(rootId(), username, ACCOUNTS.get(role)[1], Set.of(role), password, true, null);
            created.put(username + " (" + role.name() + ")", password);
        }
        if (created.isEmpty()) {
            return;
        }
        passwords.hand("Gongkai first start: administrator accounts created (sign in at /login)", created);
        log.info("first start: created administrator accounts {}; their one-time passwords are in {}",
                created.keySet(), passwords.file());
    }

    private boolean hasAccountWith(Role role) {
        return jdbc.sql("select count(*) from staff_role where role = ?").param(role.name()).query(Long.class).single() > 0;
    }

    private String freeName(String wanted) {
        String name = wanted;
        for (int i = 2; jdbc.sql("select count(*) from staff_user where username = ?").param(name).query(Long.class).single() > 0; i++) {
            name = wanted + i;
        }
        return name;
    }

    private long rootId() {
        return directory.root().map(Organisation::id).orElseGet(() -> organisations.create(new NewOrganisation(
                null, "000000000", "本机关", OrganisationKind.OTHER, "main", 0, null, null,
                new Organisation.DisclosureOffice(null, null, null, null, null, null, null),
                new Organisation.SiteIdentity(null, null, null)), null));
    }
}
