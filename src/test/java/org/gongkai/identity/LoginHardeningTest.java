package org.gongkai.identity;

import jakarta.servlet.http.Cookie;
import org.gongkai.support.IntegrationTest;
import org.gongkai.support.StaffFixtures;
import org.gongkai.support.StaffFixtures.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Issue #11 §5: sign-in throttled per address and per (account, address), never a lock; stronger passwords. */
@IntegrationTest
class LoginHardeningTest {

    @Autowired MockMvc mvc;
    @Autowired OrganisationRegistry organisations;
    @Autowired StaffRegistry staffRegistry;
    @Autowired JdbcClient jdbc;
    @Autowired SignInThrottling throttling;

    StaffFixtures f;
    long org;

    @BeforeEach
    void fixtures() {
        f = new StaffFixtures(organisations, staffRegistry, mvc);
        org = f.organisation(null, OrganisationKind.PROVINCE);
    }

    private static RequestPostProcessor from(String address) {
        return r -> {
            r.setRemoteAddr(address);
            return r;
        };
    }

    private String login(String username, String password, String address) throws Exception {
        return mvc.perform(post("/login").param("username", username).param("password", password).with(csrf())
                        .with(from(address)))
                .andReturn().getResponse().getRedirectedUrl();
    }

    @Test
    void guessesFromAnywhereNeverShutTheAdministratorsOut() throws Exception {
        for (Role role : new Role[] {Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN, Role.AUDIT_ADMIN}) {
            Staff admin = f.user(org, role);
            for (int i = 0; i < 8; i++) {
                assertThat(login(admin.username(), "Wrong-Passw0rd" + i, "203.0.113.7")).isEqualTo("/login?error=bad");
            }
            // the guesser's address now waits, even with the right password; the answer is the same
            assertThat(login(admin.username(), StaffFixtures.PASSWORD, "203.0.113.7")).isEqualTo("/login?error=bad");
            // the administrator, from their own address, signs in at once
            assertThat(login(admin.username(), StaffFixtures.PASSWORD, "198.51.100.20")).isEqualTo("/admin");
        }
    }

    @Test
    void theDelayGrowsWithEachFailureAndIsServedWithoutSleeping() {
        assertThat(SignInThrottling.delay(3, 3)).isZero();
        assertThat(SignInThrottling.delay(4, 3)).isEqualTo(Duration.ofSeconds(2));
        assertThat(SignInThrottling.delay(5, 3)).isEqualTo(Duration.ofSeconds(4));
        assertThat(SignInThrottling.delay(8, 3)).isEqualTo(Duration.ofSeconds(32));
        assertThat(SignInThrottling.delay(1000, 3)).isEqualTo(SignInThrottling.MAX_DELAY);
    }

    @Test
    void oneAddressTryingManyNamesIsSlowedForEveryName() throws Exception {
        Staff editor = f.user(org, Role.EDITOR);
        String sprayer = "192.0.2." + (10 + (int) (Math.random() * 200));
        jdbc.sql("""
                insert into sign_in_failure (username, address, failures, last_failure_at)
                select 'spray' || g, ?, 1, now() from generate_series(1, ?) g""")
                .params(sprayer, throttling.freePerAddress() + 1).update();
        assertThat(login(editor.username(), StaffFixtures.PASSWORD, sprayer)).isEqualTo("/login?error=bad");
        assertThat(login(editor.username(), StaffFixtures.PASSWORD, "198.51.100.21")).isEqualTo("/admin");
        jdbc.sql("update sign_in_failure set last_failure_at = now() - interval '1 hour 1 minute' where address = ?")
                .param(sprayer).update();
        assertThat(login(editor.username(), StaffFixtures.PASSWORD, sprayer)).isEqualTo("/admin");
    }

    @Test
    void aLockedOrDisabledAccountIsAnsweredLikeAWrongPassword() throws Exception {
        Staff locked = f.user(org, Role.EDITOR);
        Staff disabled = f.user(org, Role.EDITOR);
        jdbc.sql("update staff_user set locked_until = now() + interval '1 hour' where id = ?").param(locked.id()).update();
        jdbc.sql("update staff_user set enabled = false where id = ?").param(disabled.id()).update();
        assertThat(login(locked.username(), StaffFixtures.PASSWORD, "198.51.100.22")).isEqualTo("/login?error=bad");
        assertThat(login(disabled.username(), StaffFixtures.PASSWORD, "198.51.100.22")).isEqualTo("/login?error=bad");
        assertThat(login(locked.username(), "Wrong-Passw0rd", "198.51.100.22")).isEqualTo("/login?error=bad");
        mvc.perform(get("/login?error=locked")).andExpect(content().string(containsString("用户名或密码不正确")));
    }

    @Test
    void theSecurityAdministratorsUnlockClearsTheThrottle() throws Exception {
        Staff editor = f.user(org, Role.EDITOR);
        Cookie sec = f.signIn(f.user(org, Role.SECURITY_ADMIN));
        for (int i = 0; i < 5; i++) {
            login(editor.username(), "Wrong-Passw0rd", "203.0.113.9");
        }
        assertThat(login(editor.username(), StaffFixtures.PASSWORD, "203.0.113.9")).isEqualTo("/login?error=bad");
        mvc.perform(post("/admin/users/" + editor.id() + "/unlock").cookie(sec).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(login(editor.username(), StaffFixtures.PASSWORD, "203.0.113.9")).isEqualTo("/admin");
    }

    @Test
    void commonPasswordsAndTheUserNameAreRefused() {
        assertThat(CommonPasswords.size()).isGreaterThan(3000);
        for (String weak : new String[] {"Password2024!", "P@ssw0rd123", "Qwerty123456!", "Woaini1314!!", "Admin@123456",
                "1qaz@WSX3edc", "Zhangwei@2025", "Gongkai@123456"}) {
            assertThat(PasswordPolicy.problem(weak)).as(weak).isEqualTo("password.common");
        }
        assertThat(PasswordPolicy.problem("Test-Passw0rd!")).isNull();
        assertThat(PasswordPolicy.problem("Li.Ming-2025x", "li.ming")).isEqualTo("password.containsUsername");
        assertThat(PasswordPolicy.problem("Horse-Battery-7", "li.ming")).isNull();
    }

    private String change(Cookie session, String current, String password) throws Exception {
        MockHttpServletResponse r = mvc.perform(post("/account/password").cookie(session).with(csrf())
                .param("current", current).param("password", password).param("confirm", password)).andReturn().getResponse();
        return r.getStatus() == 302 ? "ok" : r.getContentAsString();
    }

    @Test
    void aChangeRefusesTheLastFivePasswordsAndEndsTheOtherSessions() throws Exception {
        Staff editor = f.user(org, Role.EDITOR);
        Cookie here = f.signIn(editor);
        Cookie elsewhere = f.signIn(editor);
        mvc.perform(get("/admin").cookie(elsewhere)).andExpect(status().isOk());
        assertThat(change(here, StaffFixtures.PASSWORD, "Common-" + editor.username() + "-1")).contains("不能包含用户名");
        String[] chosen = {"Harbour-Light-41", "Harbour-Light-42", "Harbour-Light-43", "Harbour-Light-44", "Harbour-Light-45"};
        String current = StaffFixtures.PASSWORD;
        for (String next : chosen) {
            assertThat(change(here, current, next)).isEqualTo("ok");
            current = next;
        }
        // the other session ended at the first change; this one lives on
        mvc.perform(get("/admin").cookie(elsewhere)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/admin").cookie(here)).andExpect(status().isOk());
        // the current one and the four before it are refused; the sixth back is allowed again
        for (String old : new String[] {"Harbour-Light-45", "Harbour-Light-44", "Harbour-Light-41"}) {
            assertThat(change(here, current, old)).as(old).contains(old.equals(current) ? "不能与当前密码相同" : "最近 5 次");
        }
        assertThat(change(here, current, StaffFixtures.PASSWORD)).isEqualTo("ok");
    }
}
