package org.gongkai.audit;

import org.gongkai.platform.audit.StaffAction;
import jakarta.servlet.http.Cookie;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffRegistry;
import org.gongkai.platform.web.InvalidInputException;
import org.gongkai.support.IntegrationTest;
import org.gongkai.support.StaffFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class AuditAccessTest {

    @Autowired MockMvc mvc;
    @Autowired AuditFixtures fixtures;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcClient jdbc;
    @Autowired StaffRegistry staff;

    private Cookie signIn(String username) throws Exception {
        MvcResult login = mvc.perform(formLogin("/login").user(username).password(AuditFixtures.PASSWORD))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(login.getResponse().getRedirectedUrl()).doesNotContain("error");
        Cookie session = login.getResponse().getCookie("SESSION");
        assertThat(session).as("a session cookie after signing in").isNotNull();
        return session;
    }

    /** A Bearer token of the user, for the API. */
    private RequestPostProcessor token(String username) {
        Map<String, Object> row = jdbc.sql("select id, organisation_id from staff_user where username = ?")
                .param(username).query().singleRow();
        return StaffFixtures.bearer(((Number) row.get("id")).longValue(), username,
                ((Number) row.get("organisation_id")).longValue());
    }

    private void record(Long organisationId, String action) {
        tx.executeWithoutResult(s -> events.publishEvent(
                new StaffAction(1L, "tester", organisationId, action, "thing", "1", Map.of("state", "old"),
                        Map.of("state", "new"))));
    }

    @Test
    void onlyTheAuditAdministratorReadsTheLog() throws Exception {
        long org = fixtures.organisation(fixtures.rootId());
        String auditor = fixtures.user(org, Role.AUDIT_ADMIN);
        for (Role other : new Role[] {Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN, Role.EDITOR}) {
            String name = fixtures.user(org, other);
            Cookie session = signIn(name);
            mvc.perform(get("/admin/audit").cookie(session)).andExpect(status().isForbidden());
            mvc.perform(get("/admin/audit/1").cookie(session)).andExpect(status().isForbidden());
            mvc.perform(post("/admin/audit/verify").cookie(session).with(csrf())).andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/audit").with(token(name)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/admin/audit").cookie(signIn(auditor))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/audit").with(token(auditor))).andExpect(status().isOk());
    }

    @Test
    void signedOutVisitorsAreSentAwayAndTheApiWantsCredentials() throws Exception {
        mvc.perform(get("/admin/audit")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/audit")).andExpect(status().isUnauthorized());
    }

    @Test
    void auditorsSeeTheirSubtreeAndRootAuditorsAlsoSystemEntries() throws Exception {
        long province = fixtures.organisation(fixtures.rootId());
        long city = fixtures.organisation(province);
        long sibling = fixtures.organisation(fixtures.rootId());
        String action = "test.scope." + AuditFixtures.unique(8).toLowerCase();
        record(province, action);
        record(city, action);
        record(sibling, action);
        record(null, action);

        String provincial = fixtures.user(province, Role.AUDIT_ADMIN);
        mvc.perform(get("/api/v1/audit").param("action", action).with(token(provincial)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.entries[0].organisationId").value(city))
                .andExpect(jsonPath("$.entries[1].organisationId").value(province))
                .andExpect(jsonPath("$.entries[0].after.state").value("new"));
        mvc.perform(get("/api/v1/audit").param("org", String.valueOf(sibling))
                .with(token(provincial))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/audit").param("org", "system")
                .with(token(provincial))).andExpect(status().isForbidden());

        String national = fixtures.user(fixtures.rootId(), Role.AUDIT_ADMIN);
        mvc.perform(get("/api/v1/audit").param("action", action).with(token(national)))
                .andExpect(jsonPath("$.total").value(4));
        mvc.perform(get("/api/v1/audit").param("action", action).param("org", "system")
                        .with(token(national)))
                .andExpect(jsonPath("$.total").value(1));
        long systemEntry = jdbc.sql("select id from audit_entry where action = ? and organisation_id is null")
                .param(action).query(Long.class).single();
        mvc.perform(get("/api/v1/audit/" + systemEntry).with(token(provincial)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/audit/" + systemEntry).with(token(national)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.action").value(action));
    }

    @Test
    void thePagesListFilterShowAndVerify() throws Exception {
        long org = fixtures.organisation(fixtures.rootId());
        String action = "test.pages." + AuditFixtures.unique(8).toLowerCase();
        record(org, action);
        long id = jdbc.sql("select id from audit_entry where action = ?").param(action).query(Long.class).single();
        Cookie session = signIn(fixtures.user(org, Role.AUDIT_ADMIN));

        mvc.perform(get("/admin/audit").param("action", action).cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/admin/audit/" + id)))
                .andExpect(content().string(containsString("其他操作")))
                .andExpect(content().string(containsString("其他对象 thing 1")));
        mvc.perform(get("/admin/audit").param("action", "login.success").cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("登录成功")))
                .andExpect(content().string(containsString("账户 ")));
        mvc.perform(get("/admin/audit").param("action", "no.such.action.").cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("没有符合条件的审计记录")));
        mvc.perform(get("/admin/audit/" + id).cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("old")))
                .andExpect(content().string(containsString("new")));
        mvc.perform(get("/admin/audit").param("from", "not-a-date").cookie(session)).andExpect(status().isBadRequest());
        mvc.perform(post("/admin/audit/verify").cookie(session)).andExpect(status().isForbidden()); // no CSRF token
        mvc.perform(post("/admin/audit/verify").cookie(session).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("哈希链完整")));
    }

    @Test
    void pagesOfFiftyNewestFirstAndDateRange() throws Exception {
        long org = fixtures.organisation(fixtures.rootId());
        String action = "test.paging." + AuditFixtures.unique(8).toLowerCase();
        for (int i = 0; i < 51; i++) {
            record(org, action);
        }
        String auditor = fixtures.user(org, Role.AUDIT_ADMIN);
        mvc.perform(get("/api/v1/audit").param("action", action).with(token(auditor)))
                .andExpect(jsonPath("$.total").value(51))
                .andExpect(jsonPath("$.pages").value(2))
                .andExpect(jsonPath("$.entries.length()").value(50));
        mvc.perform(get("/api/v1/audit").param("action", action).param("page", "2")
                        .with(token(auditor)))
                .andExpect(jsonPath("$.entries.length()").value(1));
        mvc.perform(get("/admin/audit").param("action", action).cookie(signIn(auditor)))
                .andExpect(content().string(containsString("action=" + action + "&amp;page=2")));

        LocalDate today = LocalDate.now();
        mvc.perform(get("/api/v1/audit").param("action", action).param("from", today.minusDays(1).toString())
                        .param("to", today.plusDays(1).toString()).with(token(auditor)))
                .andExpect(jsonPath("$.total").value(51));
        mvc.perform(get("/api/v1/audit").param("action", action).param("from", today.plusDays(2).toString())
                        .with(token(auditor)))
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void theAuditorsOwnReadsAreRecordedWithTheirAddress() throws Exception {
        long org = fixtures.organisation(fixtures.rootId());
        String auditor = fixtures.user(org, Role.AUDIT_ADMIN);
        mvc.perform(get("/api/v1/audit").param("actor", "nobody-" + auditor)
                .with(token(auditor))
                .with(r -> {
                    r.setRemoteAddr("192.0.2.44");
                    return r;
                })).andExpect(status().isOk());
        Map<String, Object> row = jdbc.sql("select action, ip_address, after::text as after from audit_entry "
                        + "where actor_name = ? order by id desc limit 1").param(auditor).query().singleRow();
        assertThat(row.get("action")).isEqualTo("audit.search");
        assertThat(row.get("ip_address")).isEqualTo("192.0.2.44");
        assertThat((String) row.get("after")).contains("nobody-" + auditor);
    }

    @Test
    void theAuditAdministratorCannotHoldASecondRole() {
        long org = fixtures.organisation(fixtures.rootId());
        String auditor = fixtures.user(org, Role.AUDIT_ADMIN);
        long id = jdbc.sql("select id from staff_user where username = ?").param(auditor).query(Long.class).single();
        for (String role : new String[] {"EDITOR", "PUBLISHER", "SYSTEM_ADMIN", "SECURITY_ADMIN"}) {
            assertThatThrownBy(() -> jdbc.sql("insert into staff_role (user_id, role) values (?, ?)")
                    .params(id, role).update())
                    .isInstanceOf(DataAccessException.class).hasMessageContaining("separation");
        }
        assertThatThrownBy(() -> staff.create(org, "aud-" + AuditFixtures.unique(8).toLowerCase(), "兼任",
                Set.of(Role.AUDIT_ADMIN, Role.EDITOR), AuditFixtures.PASSWORD, false, null))
                .isInstanceOf(InvalidInputException.class);
    }
}
