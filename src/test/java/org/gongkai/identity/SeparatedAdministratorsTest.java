package org.gongkai.identity;

import jakarta.servlet.http.Cookie;
import org.gongkai.support.IntegrationTest;
import org.gongkai.support.StaffFixtures;
import org.gongkai.support.StaffFixtures.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 三员分立 against its own administrators (issue #11 §1, ADR 0003): every route that touches an account, walked as
 * each of the three separated administrators, against each of the others and themself. None reaches another's
 * powers: no one learns or sets another administrator's password, shuts another out, or gets roles onto an account
 * they control.
 */
@IntegrationTest
class SeparatedAdministratorsTest {

    @Autowired MockMvc mvc;
    @Autowired OrganisationRegistry organisations;
    @Autowired StaffRegistry staffRegistry;
    @Autowired StaffAccounts accounts;
    @Autowired JdbcClient jdbc;
    @Autowired ResetPasswordCommand resetCommand;

    StaffFixtures f;
    long bureau;
    Staff sys, sec, aud;
    Map<Role, Staff> admins;
    Map<Role, Cookie> sessions;

    @BeforeEach
    void fixtures() throws Exception {
        f = new StaffFixtures(organisations, staffRegistry, mvc);
        bureau = f.organisation(null, OrganisationKind.PROVINCE);
        sys = f.user(bureau, Role.SYSTEM_ADMIN);
        sec = f.user(bureau, Role.SECURITY_ADMIN);
        aud = f.user(bureau, Role.AUDIT_ADMIN);
        admins = Map.of(Role.SYSTEM_ADMIN, sys, Role.SECURITY_ADMIN, sec, Role.AUDIT_ADMIN, aud);
        sessions = Map.of(Role.SYSTEM_ADMIN, f.signIn(sys), Role.SECURITY_ADMIN, f.signIn(sec),
                Role.AUDIT_ADMIN, f.signIn(aud));
    }

    private record State(String hash, boolean enabled, List<String> roles, String mustChange) {
    }

    private State state(long id) {
        Map<String, Object> row = jdbc.sql("select password_hash, enabled, must_change_password from staff_user where id = ?")
                .param(id).query().singleRow();
        List<String> roles = jdbc.sql("select role from staff_role where user_id = ? order by role").param(id)
                .query(String.class).list();
        return new State((String) row.get("password_hash"), (Boolean) row.get("enabled"), roles,
                String.valueOf(row.get("must_change_password")));
    }

    @Test
    void noSeparatedAdministratorReachesAnotherByAnyAccountRoute() throws Exception {
        for (Role actorRole : admins.keySet()) {
            Cookie actor = sessions.get(actorRole);
            for (Staff target : admins.values()) {
                State before = state(target.id());
                String base = "/admin/users/" + target.id();
                int reset = mvc.perform(post(base + "/password").cookie(actor).with(csrf())).andReturn().getResponse().getStatus();
                int disable = mvc.perform(post(base + "/enabled").cookie(actor).with(csrf()).param("enabled", "false"))
                        .andReturn().getResponse().getStatus();
                int enable = mvc.perform(post(base + "/enabled").cookie(actor).with(csrf()).param("enabled", "true"))
                        .andReturn().getResponse().getStatus();
                int clear = mvc.perform(post(base + "/roles").cookie(actor).with(csrf())).andReturn().getResponse().getStatus();
                int grant = mvc.perform(post(base + "/roles").cookie(actor).with(csrf()).param("roles", "EDITOR"))
                        .andReturn().getResponse().getStatus();
                String what = actorRole + " on " + state(target.id()).roles();
                assertThat(reset).as(what + ": password reset").isEqualTo(403);
                assertThat(disable).as(what + ": disable").isIn(403, 409);
                assertThat(enable).as(what + ": enable").isEqualTo(403);
                assertThat(clear).as(what + ": revoke roles").isIn(403, 400);
                assertThat(grant).as(what + ": grant a content role").isIn(403, 400);
                assertThat(state(target.id())).as(what + ": nothing changed").isEqualTo(before);
            }
        }
        // only the security administrator unlocks, and unlocking gives no power (the password stays the holder's)
        for (Staff target : List.of(sys, aud)) {
            State before = state(target.id());
            mvc.perform(post("/admin/users/" + target.id() + "/unlock").cookie(sessions.get(Role.SYSTEM_ADMIN)).with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/admin/users/" + target.id() + "/unlock").cookie(sessions.get(Role.AUDIT_ADMIN)).with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/admin/users/" + target.id() + "/unlock").cookie(sessions.get(Role.SECURITY_ADMIN)).with(csrf()))
                    .andExpect(status().is3xxRedirection());
            assertThat(state(target.id()).hash()).isEqualTo(before.hash());
        }
    }

    @Test
    void theSystemAdministratorCannotArmAPuppetAccount() throws Exception {
        Cookie sysSession = sessions.get(Role.SYSTEM_ADMIN);
        String name = StaffFixtures.unique("puppet.").toLowerCase();
        MockHttpServletResponse created = mvc.perform(post("/admin/users/new").cookie(sysSession).with(csrf())
                        .param("organisationId", String.valueOf(bureau)).param("username", name).param("displayName", "傀儡"))
                .andExpect(status().isOk()).andReturn().getResponse();
        Matcher otp = Pattern.compile("<code id=\"otp\">([^<]+)</code>").matcher(created.getContentAsString(StandardCharsets.UTF_8));
        assertThat(otp.find()).isTrue();
        long puppet = accounts.findByUsername(name).orElseThrow().id();

        // the system administrator grants nothing, by page or API
        for (String role : new String[] {"EDITOR", "PUBLISHER", "SECURITY_ADMIN", "AUDIT_ADMIN"}) {
            mvc.perform(post("/admin/users/" + puppet + "/roles").cookie(sysSession).with(csrf()).param("roles", role))
                    .andExpect(status().isForbidden());
        }
        // the security administrator cannot make the fresh account (whose password the system administrator saw)
        // an administrator
        Cookie secSession = sessions.get(Role.SECURITY_ADMIN);
        mvc.perform(post("/admin/users/" + puppet + "/roles").cookie(secSession).with(csrf()).param("roles", "SECURITY_ADMIN"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/admin/users/" + puppet + "/roles").cookie(secSession).with(csrf()).param("roles", "AUDIT_ADMIN"))
                .andExpect(status().isBadRequest());
        assertThat(accounts.roles(puppet)).isEmpty();

        // the puppet signs in with the one-time password, and can only change it
        MockHttpServletResponse login = mvc.perform(formLogin().user(name).password(otp.group(1))).andReturn().getResponse();
        Cookie puppetSession = login.getCookie("SESSION");
        mvc.perform(get("/admin/users").cookie(puppetSession)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/account").cookie(puppetSession)).andExpect(status().is3xxRedirection());
    }

    @Test
    void nobodyGivesThemselvesRolesOrCreatesAccountsOutsideTheirRole() throws Exception {
        for (Role actorRole : admins.keySet()) {
            Staff self = admins.get(actorRole);
            Cookie actor = sessions.get(actorRole);
            State before = state(self.id());
            mvc.perform(post("/admin/users/" + self.id() + "/roles").cookie(actor).with(csrf())
                    .param("roles", actorRole.name()).param("roles", "PUBLISHER")).andExpect(status().isForbidden());
            mvc.perform(post("/admin/users/" + self.id() + "/roles").cookie(actor).with(csrf()).param("roles", "PUBLISHER"))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/admin/users/" + self.id() + "/password").cookie(actor).with(csrf()))
                    .andExpect(status().isForbidden());
            assertThat(state(self.id())).isEqualTo(before);
            if (actorRole != Role.SYSTEM_ADMIN) {
                mvc.perform(post("/admin/users/new").cookie(actor).with(csrf()).param("organisationId", String.valueOf(bureau))
                                .param("username", StaffFixtures.unique("x.").toLowerCase()).param("displayName", "x"))
                        .andExpect(status().isForbidden());
            }
            // the API: an administrator's token reaches no document and there is no account route to call
            mvc.perform(get("/api/v1/documents").with(StaffFixtures.basic(self))).andExpect(status().isForbidden());
            mvc.perform(post("/api/v1/documents").with(StaffFixtures.basic(self)).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"content\":{\"title\":\"x\"}}")).andExpect(status().isForbidden());
        }
    }

    @Test
    void theSystemAdministratorStillResetsAndDisablesContentAccounts() throws Exception {
        Staff editor = f.user(bureau, Role.EDITOR);
        String tokenCheck = "/api/v1/documents";
        mvc.perform(get(tokenCheck).with(StaffFixtures.basic(editor))).andExpect(status().isOk());
        mvc.perform(post("/admin/users/" + editor.id() + "/password").cookie(sessions.get(Role.SYSTEM_ADMIN)).with(csrf()))
                .andExpect(status().isOk());
        assertThat(state(editor.id()).mustChange()).isEqualTo("true");
        // a reset revokes the account's API tokens
        mvc.perform(get(tokenCheck).with(StaffFixtures.basic(editor))).andExpect(status().isUnauthorized());
        mvc.perform(post("/admin/users/" + editor.id() + "/enabled").cookie(sessions.get(Role.SYSTEM_ADMIN)).with(csrf())
                .param("enabled", "false")).andExpect(status().is3xxRedirection());
        assertThat(state(editor.id()).enabled()).isFalse();
    }

    @Test
    void theOperatorResetsAnAdministratorWithTheCommandAndItIsAudited() throws Exception {
        State before = state(sec.id());
        PrintStream out = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = new CommandLine(resetCommand).execute(sec.username());
        } finally {
            System.setOut(out);
        }
        assertThat(code).isZero();
        Matcher otp = Pattern.compile("\\): (\\S+)").matcher(printed.toString(StandardCharsets.UTF_8));
        assertThat(otp.find()).isTrue();
        assertThat(state(sec.id()).hash()).isNotEqualTo(before.hash());
        assertThat(state(sec.id()).mustChange()).isEqualTo("true");
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'user.password.reset' and target_id = ? and actor_name = 'system'")
                .param(String.valueOf(sec.id())).query(Long.class).single()).isEqualTo(1);
        MockHttpServletResponse login = mvc.perform(formLogin().user(sec.username()).password(otp.group(1))).andReturn().getResponse();
        assertThat(login.getRedirectedUrl()).isEqualTo("/admin");
    }
}
