package org.gongkai.identity;

import org.gongkai.support.Fixtures;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class SignInTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired StaffRegistry registry;
    @Autowired JdbcClient jdbc;

    @Test
    void failuresSlowDownTheGuessingAddressButNeverLockTheAccount() throws Exception {
        StaffUser u = fixtures.staff(fixtures.organisation("限速测试局"), Role.EDITOR);
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/login").user(u.username()).password("wrong-Passw0rd"))
                    .andExpect(redirectedUrl("/login?error=bad"));
        }
        // the fifth came sooner than the delay after the fourth: refused unchecked and not counted
        assertThat(jdbc.sql("select failures from sign_in_failure where username = ?").param(u.username())
                .query(Integer.class).single()).isEqualTo(4);
        mvc.perform(formLogin("/login").user(u.username()).password(Fixtures.PASSWORD))
                .andExpect(redirectedUrl("/login?error=bad"));
        // once the delay has passed, the right password gets in, and clears the count
        jdbc.sql("update sign_in_failure set last_failure_at = now() - interval '3 seconds' where username = ?")
                .param(u.username()).update();
        mvc.perform(formLogin("/login").user(u.username()).password(Fixtures.PASSWORD)).andExpect(redirectedUrl("/admin"));
        assertThat(jdbc.sql("select count(*) from sign_in_failure where username = ?").param(u.username())
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select locked_until from staff_user where id = ?").param(u.id())
                .query(java.sql.Timestamp.class).optional()).isEmpty();
        mvc.perform(get("/login?error=bad")).andExpect(content().string(containsString("用户名或密码不正确")));
    }

    @Test
    void aOneTimePasswordMustBeChangedFirstAndThePolicyHolds() throws Exception {
        long org = fixtures.organisation("首次登录局");
        registry.create(org, "first-login-user", "首次", java.util.Set.of(Role.EDITOR), "OneTime-Passw0rd", true, null);
        var login = mvc.perform(formLogin("/login").user("first-login-user").password("OneTime-Passw0rd"))
                .andExpect(redirectedUrl("/admin")).andReturn();
        var session = login.getResponse().getCookie("SESSION");
        mvc.perform(get("/admin").cookie(session)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(post("/account/password").cookie(session).with(csrf())
                        .param("current", "OneTime-Passw0rd").param("password", "short").param("confirm", "short"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("至少需要 10 个字符")));
        mvc.perform(post("/account/password").cookie(session).with(csrf())
                        .param("current", "OneTime-Passw0rd").param("password", "alllowercaseletters").param("confirm", "alllowercaseletters"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("至少三类")));
        mvc.perform(post("/account/password").cookie(session).with(csrf())
                        .param("current", "wrong").param("password", "Better-Passw0rd").param("confirm", "Better-Passw0rd"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("当前密码不正确")));
        mvc.perform(post("/account/password").cookie(session).with(csrf())
                        .param("current", "OneTime-Passw0rd").param("password", "Better-Passw0rd").param("confirm", "Better-Passw0rd"))
                .andExpect(redirectedUrl("/admin?passwordChanged"));
        mvc.perform(get("/admin").cookie(session)).andExpect(status().isOk());
    }

    @Test
    void pagesCarryTheSecurityHeadersAndTheBackOfficeNeedsASignIn() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"));
        mvc.perform(get("/admin/documents")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/login").param("username", "x").param("password", "y")).andExpect(status().isForbidden());
    }

    @Test
    void theThreeAdministratorRolesStandAlone() {
        long orgId = fixtures.organisation("三员分立局");
        assertThatThrownBy(() -> registry.create(orgId, "mixed-admin", "混合",
                        java.util.Set.of(Role.SYSTEM_ADMIN, Role.EDITOR), "Mixed-Passw0rd", false, null))
                .isInstanceOf(org.gongkai.platform.web.InvalidInputException.class);
        StaffUser sys = fixtures.staff(orgId, Role.SYSTEM_ADMIN);
        assertThatThrownBy(() -> jdbc.sql(
                        "insert into staff_role (user_id, role) values (?, 'AUDIT_ADMIN')").param(sys.id()).update())
                .isInstanceOf(org.springframework.dao.DataAccessException.class);
    }
}
