package org.gongkai.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Set;

/**
 * On the first start there is no fixed default password: the system administrator account is created with a
 * random one-time password, printed once, which must be changed at first sign-in.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "gongkai.cli", havingValue = "false", matchIfMissing = true)
class FirstStartAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstStartAdmin.class);

    private final JdbcClient jdbc;
    private final StaffRegistry staff;
    private final OrganisationDirectory directory;
    private final OrganisationRegistry organisations;

    FirstStartAdmin(JdbcClient jdbc, StaffRegistry staff, OrganisationDirectory directory, OrganisationRegistry organisations) {
        this.jdbc = jdbc;
        this.staff = staff;
        this.directory = directory;
        this.organisations = organisations;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean hasAdmin = jdbc.sql("select count(*) from staff_role where role = 'SYSTEM_ADMIN'").query(Long.class).single() > 0;
        if (hasAdmin) {
            return;
        }
        long rootId = directory.root().map(Organisation::id).orElseGet(() -> organisations.create(new NewOrganisation(
                null, "000000000", "本机关", OrganisationKind.OTHER, "main", 0, null, null,
                new Organisation.DisclosureOffice(null, null, null, null, null, null, null),
                new Organisation.SiteIdentity(null, null, null)), null));
        String password = PasswordPolicy.generate();
        staff.create(rootId, "admin", "系统管理员", Set.of(Role.SYSTEM_ADMIN), password, true, null);
        String banner = """

                ================================================================
                 Gongkai first start: system administrator account created
                   user name: admin
                   one-time password: %s
                 Sign in at /login and choose a new password. This is shown once.
                ================================================================
                """.formatted(password);
        System.out.println(banner);
        log.info("first start: created the system administrator account 'admin'");
    }
}
