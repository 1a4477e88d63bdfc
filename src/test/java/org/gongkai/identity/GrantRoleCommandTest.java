package org.gongkai.identity;

import org.gongkai.support.IntegrationTest;
import org.gongkai.support.StaffFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class GrantRoleCommandTest {

    @Autowired MockMvc mvc;
    @Autowired OrganisationRegistry organisations;
    @Autowired StaffRegistry staffRegistry;
    @Autowired StaffAccounts accounts;
    @Autowired GrantRoleCommand command;

    @Test
    void anOperatorAppointsASecurityAdministratorButCannotBreakTheSeparation() {
        StaffFixtures f = new StaffFixtures(organisations, staffRegistry, mvc);
        long org = f.organisation(null, OrganisationKind.COUNTY);
        StaffFixtures.Staff plain = f.user(org);
        StaffFixtures.Staff editor = f.user(org, Role.EDITOR);
        assertThat(new CommandLine(command).execute(plain.username(), "SECURITY_ADMIN")).isZero();
        assertThat(accounts.roles(plain.id())).containsExactly(Role.SECURITY_ADMIN);
        assertThat(new CommandLine(command).execute(editor.username(), "AUDIT_ADMIN")).isEqualTo(2);
        assertThat(accounts.roles(editor.id())).containsExactly(Role.EDITOR);
        assertThat(new CommandLine(command).execute("nobody.here", "EDITOR")).isEqualTo(1);
    }
}
