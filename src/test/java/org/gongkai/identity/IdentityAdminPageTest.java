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

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class IdentityAdminPageTest {

    @Autowired MockMvc mvc;
    @Autowired OrganisationRegistry organisations;
    @Autowired OrganisationDirectory directory;
    @Autowired StaffRegistry staffRegistry;
    @Autowired StaffAccounts accounts;
    @Autowired JdbcClient jdbc;

    StaffFixtures f;
    long bureau, school;
    Staff sysAdminStaff, secAdminStaff, editorStaff, schoolSysAdminStaff;
    Cookie sysAdmin, secAdmin, editor, schoolSysAdmin;

    @BeforeEach
    void fixtures() throws Exception {
        f = new StaffFixtures(organisations, staffRegistry, mvc);
        bureau = f.organisation(null, OrganisationKind.PROVINCE);
        school = f.organisation(bureau, OrganisationKind.UNIVERSITY);
        sysAdminStaff = f.user(bureau, Role.SYSTEM_ADMIN);
        secAdminStaff = f.user(bureau, Role.SECURITY_ADMIN);
        editorStaff = f.user(school, Role.EDITOR);
        schoolSysAdminStaff = f.user(school, Role.SYSTEM_ADMIN);
        sysAdmin = f.signIn(sysAdminStaff);
        secAdmin = f.signIn(secAdminStaff);
        editor = f.signIn(editorStaff);
        schoolSysAdmin = f.signIn(schoolSysAdminStaff);
    }

    @Test
    void theSystemAdministratorManagesTheOrganisationTree() throws Exception {
        Organisation sub = directory.get(school);
        mvc.perform(get("/admin/organisations").cookie(sysAdmin))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(sub.name()), containsString("— "))));

        mvc.perform(post("/admin/organisations/new").cookie(sysAdmin).with(csrf())
                        .param("parentId", String.valueOf(bureau)).param("code", "bad").param("name", "某县教育局")
                        .param("kind", "COUNTY").param("slug", "Bad Slug"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("机构代码应为"), containsString("网址路径只能"),
                        containsString("value=\"某县教育局\""))));

        String code = StaffFixtures.unique("C").substring(0, 9);
        String slug = StaffFixtures.unique("c-").toLowerCase();
        String location = mvc.perform(post("/admin/organisations/new").cookie(sysAdmin).with(csrf())
                        .param("parentId", String.valueOf(bureau)).param("code", code).param("name", "某县教育局")
                        .param("kind", "COUNTY").param("slug", slug))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long created = directory.findBySlug(slug).orElseThrow().id();
        assertThat(location).isEqualTo("/admin/organisations/" + created + "/edit?created");
        assertThat(directory.get(created).parentId()).isEqualTo(bureau);

        mvc.perform(get("/admin/organisations/" + created + "/edit").cookie(sysAdmin))
                .andExpect(status().isOk()).andExpect(content().string(containsString("name=\"version\" value=\"0\"")));
        String host = slug + ".example.gov.cn";
        mvc.perform(post("/admin/organisations/" + created + "/edit").cookie(sysAdmin).with(csrf())
                        .param("name", "某县教育局").param("kind", "COUNTY").param("slug", slug).param("hostName", host)
                        .param("officeName", "某县教育局办公室").param("officeHours", "工作日 9:00-17:00")
                        .param("officeEmail", "gk@example.gov.cn").param("siteCode", "3600000001").param("version", "0"))
                .andExpect(status().is3xxRedirection());
        Organisation saved = directory.get(created);
        assertThat(saved.hostName()).isEqualTo(host);
        assertThat(saved.office().hours()).isEqualTo("工作日 9:00-17:00");
        assertThat(saved.site().siteCode()).isEqualTo("3600000001");

        // a save based on the version read before the last one is refused, and the input is kept
        mvc.perform(post("/admin/organisations/" + created + "/edit").cookie(sysAdmin).with(csrf())
                        .param("name", "过时的名称").param("kind", "COUNTY").param("slug", slug).param("version", "0"))
                .andExpect(status().isConflict())
                .andExpect(content().string(allOf(containsString("已被他人修改"), containsString("value=\"过时的名称\""),
                        containsString("name=\"version\" value=\"1\""))));
        assertThat(directory.get(created).name()).isEqualTo("某县教育局");

        mvc.perform(post("/admin/organisations/" + created + "/edit").cookie(sysAdmin).with(csrf())
                        .param("name", "x").param("kind", "COUNTY").param("slug", directory.get(school).slug())
                        .param("officeEmail", "not-an-address").param("version", "1"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("该网址路径已被使用"), containsString("有效的电子邮箱"))));
    }

    @Test
    void organisationPagesKeepToTheAdministratorsPartOfTheTree() throws Exception {
        mvc.perform(get("/admin/organisations/" + bureau + "/edit").cookie(schoolSysAdmin)).andExpect(status().isForbidden());
        mvc.perform(get("/admin/organisations/" + school + "/edit").cookie(sysAdmin)).andExpect(status().isOk());
        mvc.perform(get("/admin/organisations").cookie(editor)).andExpect(status().isForbidden());
        mvc.perform(get("/admin/organisations").cookie(secAdmin)).andExpect(status().isForbidden());
        mvc.perform(get("/admin/organisations/999999999/edit").cookie(sysAdmin)).andExpect(status().isNotFound());
        mvc.perform(post("/admin/organisations/new").cookie(schoolSysAdmin).with(csrf())
                .param("parentId", String.valueOf(bureau)).param("code", "ABCDEFGHJ").param("name", "x")
                .param("kind", "SCHOOL").param("slug", "x-forbidden")).andExpect(status().isForbidden());
    }

    @Test
    void theSystemAdministratorCreatesDisablesAndResetsAccounts() throws Exception {
        String username = StaffFixtures.unique("n.").toLowerCase();
        MockHttpServletResponse created = mvc.perform(post("/admin/users/new").cookie(sysAdmin).with(csrf())
                        .param("organisationId", String.valueOf(school)).param("username", username)
                        .param("displayName", "新同事"))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andExpect(content().string(containsString("只在此显示一次")))
                .andReturn().getResponse();
        String password = oneTimePassword(created.getContentAsString());
        StaffAccounts.Account account = accounts.findByUsername(username).orElseThrow();
        assertThat(account.organisationId()).isEqualTo(school);
        assertThat(account.mustChangePassword()).isTrue();
        assertThat(accounts.roles(account.id())).isEmpty();

        // the one-time password signs in, and the first stop is the password page
        Cookie newcomer = signIn(username, password);
        mvc.perform(get("/admin").cookie(newcomer)).andExpect(redirectedUrl("/account/password"));

        mvc.perform(get("/admin/users").cookie(sysAdmin).param("org", String.valueOf(school)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(username), containsString("须修改密码"),
                        containsString("未授予角色"))));

        mvc.perform(post("/admin/users/" + account.id() + "/enabled").cookie(sysAdmin).with(csrf()).param("enabled", "false"))
                .andExpect(status().is3xxRedirection());
        assertThat(accounts.findByUsername(username).orElseThrow().enabled()).isFalse();
        mvc.perform(formLogin().user(username).password(password)).andExpect(redirectedUrl("/login?error=bad"));
        mvc.perform(post("/admin/users/" + account.id() + "/enabled").cookie(sysAdmin).with(csrf()).param("enabled", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(accounts.findByUsername(username).orElseThrow().enabled()).isTrue();

        String reset = oneTimePassword(mvc.perform(post("/admin/users/" + account.id() + "/password").cookie(sysAdmin).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(reset).isNotEqualTo(password);
        signIn(username, reset);
        mvc.perform(formLogin().user(username).password(password)).andExpect(redirectedUrl("/login?error=bad"));

        mvc.perform(post("/admin/users/" + sysAdminStaff.id() + "/enabled").cookie(sysAdmin).with(csrf()).param("enabled", "false"))
                .andExpect(status().isConflict());
        mvc.perform(post("/admin/users/new").cookie(sysAdmin).with(csrf())
                        .param("organisationId", String.valueOf(school)).param("username", "X").param("displayName", ""))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("用户名为 3–40 位"), containsString("请填写姓名"))));
        mvc.perform(post("/admin/users/new").cookie(schoolSysAdmin).with(csrf())
                        .param("organisationId", String.valueOf(bureau)).param("username", "abc.def").param("displayName", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/users/999999999/password").cookie(sysAdmin).with(csrf())).andExpect(status().isNotFound());
    }

    @Test
    void theAccountListIsPaginatedAndSortable() throws Exception {
        long org = f.organisation(bureau, OrganisationKind.SCHOOL);
        for (int i = 0; i < 23; i++) {
            jdbc.sql("insert into staff_user (organisation_id, username, display_name, password_hash) values (?, ?, ?, 'x')")
                    .params(org, StaffFixtures.unique("p" + (char) ('a' + i) + ".").toLowerCase(), "分页" + (char) ('A' + i)).update();
        }
        mvc.perform(get("/admin/users").cookie(sysAdmin).param("org", String.valueOf(org)).param("sort", "displayName"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("共 23 个账户"), containsString("第 1 页，共 2 页"),
                        containsString("分页A"), not(containsString("分页W")), containsString("aria-sort=\"ascending\""))));
        mvc.perform(get("/admin/users").cookie(sysAdmin).param("org", String.valueOf(org)).param("sort", "displayName")
                        .param("dir", "desc"))
                .andExpect(content().string(allOf(containsString("分页W"), not(containsString("分页A<")))));
        mvc.perform(get("/admin/users").cookie(sysAdmin).param("org", String.valueOf(org)).param("sort", "displayName")
                        .param("page", "2"))
                .andExpect(content().string(allOf(containsString("分页W"), not(containsString("分页A<")))));
        // an unknown sort column falls back to the user name rather than reaching the SQL
        mvc.perform(get("/admin/users").cookie(sysAdmin).param("sort", "id; drop table staff_user")).andExpect(status().isOk());
        mvc.perform(get("/admin/users").cookie(editor)).andExpect(status().isForbidden());
    }

    @Test
    void theThreeAdministratorsAreKeptApart() throws Exception {
        long editorId = editorStaff.id();
        // the system administrator does not grant roles
        mvc.perform(get("/admin/users/" + editorId + "/roles").cookie(sysAdmin)).andExpect(status().isForbidden());
        mvc.perform(post("/admin/users/" + editorId + "/roles").cookie(sysAdmin).with(csrf()).param("roles", "PUBLISHER"))
                .andExpect(status().isForbidden());
        // the security administrator does not create accounts, disable them or reset passwords
        mvc.perform(get("/admin/users/new").cookie(secAdmin)).andExpect(status().isForbidden());
        mvc.perform(post("/admin/users/new").cookie(secAdmin).with(csrf())
                        .param("organisationId", String.valueOf(school)).param("username", "sec.made").param("displayName", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/users/" + editorId + "/password").cookie(secAdmin).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/admin/users/" + editorId + "/enabled").cookie(secAdmin).with(csrf()).param("enabled", "false"))
                .andExpect(status().isForbidden());

        mvc.perform(get("/admin/users").cookie(secAdmin)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("/admin/users/" + editorId + "/roles"),
                        not(containsString("/admin/users/new")))));
        mvc.perform(get("/admin/users/" + editorId + "/roles").cookie(secAdmin))
                .andExpect(status().isOk()).andExpect(content().string(containsString("value=\"EDITOR\" checked")));
        mvc.perform(post("/admin/users/" + editorId + "/roles").cookie(secAdmin).with(csrf())
                        .param("roles", "EDITOR").param("roles", "PUBLISHER"))
                .andExpect(status().is3xxRedirection());
        assertThat(accounts.roles(editorId)).containsExactlyInAnyOrder(Role.EDITOR, Role.PUBLISHER);

        mvc.perform(post("/admin/users/" + editorId + "/roles").cookie(secAdmin).with(csrf())
                        .param("roles", "AUDIT_ADMIN").param("roles", "EDITOR"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("三员分立，不能与其他角色兼任")));
        assertThat(accounts.roles(editorId)).containsExactlyInAnyOrder(Role.EDITOR, Role.PUBLISHER);

        // an administrator role goes only to an account without other roles (ADR 0003)
        mvc.perform(post("/admin/users/" + editorId + "/roles").cookie(secAdmin).with(csrf()).param("roles", "AUDIT_ADMIN"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/admin/users/" + editorId + "/roles").cookie(secAdmin).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(accounts.roles(editorId)).isEmpty();
        mvc.perform(post("/admin/users/" + editorId + "/roles").cookie(secAdmin).with(csrf()).param("roles", "AUDIT_ADMIN"))
                .andExpect(status().is3xxRedirection());
        assertThat(accounts.roles(editorId)).containsExactly(Role.AUDIT_ADMIN);
        // and from then on only the operator (revoke-role) changes that account's roles
        mvc.perform(post("/admin/users/" + editorId + "/roles").cookie(secAdmin).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(accounts.roles(editorId)).containsExactly(Role.AUDIT_ADMIN);

        // nobody changes their own roles
        mvc.perform(post("/admin/users/" + secAdminStaff.id() + "/roles").cookie(secAdmin).with(csrf())
                .param("roles", "SECURITY_ADMIN").param("roles", "EDITOR")).andExpect(status().isForbidden());
        mvc.perform(post("/admin/users/" + secAdminStaff.id() + "/roles").cookie(secAdmin).with(csrf())
                .param("roles", "EDITOR")).andExpect(status().isForbidden());

        // a security administrator below does not reach up the tree
        Cookie schoolSec = f.signIn(f.user(school, Role.SECURITY_ADMIN));
        mvc.perform(post("/admin/users/" + sysAdminStaff.id() + "/roles").cookie(schoolSec).with(csrf()).param("roles", "EDITOR"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/users/999999999/roles").cookie(secAdmin)).andExpect(status().isNotFound());
    }

    @Test
    void theSecurityAdministratorUnlocksALockedAccount() throws Exception {
        jdbc.sql("update staff_user set failed_logins = 5, locked_until = now() + interval '15 minutes' where id = ?")
                .param(editorStaff.id()).update();
        mvc.perform(formLogin().user(editorStaff.username()).password(StaffFixtures.PASSWORD))
                .andExpect(redirectedUrl("/login?error=bad"));
        mvc.perform(get("/admin/users/" + editorStaff.id() + "/roles").cookie(secAdmin))
                .andExpect(content().string(containsString("已被锁定")));
        mvc.perform(post("/admin/users/" + editorStaff.id() + "/unlock").cookie(sysAdmin).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/users/" + editorStaff.id() + "/unlock").cookie(secAdmin).with(csrf()))
                .andExpect(status().is3xxRedirection());
        f.signIn(editorStaff);
    }

    @Test
    void accountsMayStartWithoutRolesButNeverCombineAnAdministratorRole() {
        long id = staffRegistry.create(school, StaffFixtures.unique("r.").toLowerCase(), "无角色", java.util.Set.of(),
                StaffFixtures.PASSWORD, true, null);
        assertThat(accounts.roles(id)).isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> staffRegistry.create(school,
                        StaffFixtures.unique("r.").toLowerCase(), "兼任", java.util.Set.of(Role.SYSTEM_ADMIN, Role.EDITOR),
                        StaffFixtures.PASSWORD, true, null))
                .isInstanceOf(org.gongkai.platform.web.InvalidInputException.class);
    }

    private Cookie signIn(String username, String password) throws Exception {
        MockHttpServletResponse r = mvc.perform(formLogin().user(username).password(password)).andReturn().getResponse();
        assertThat(r.getRedirectedUrl()).isEqualTo("/admin");
        return r.getCookie("SESSION");
    }

    private static String oneTimePassword(String html) {
        Matcher m = Pattern.compile("<code id=\"otp\">([^<]+)</code>").matcher(html);
        assertThat(m.find()).isTrue();
        return org.springframework.web.util.HtmlUtils.htmlUnescape(m.group(1));
    }
}
