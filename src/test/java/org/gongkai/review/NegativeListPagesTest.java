package org.gongkai.review;

import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.OrganisationRegistry;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffRegistry;
import org.gongkai.identity.StaffUser;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class NegativeListPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    OrganisationRegistry organisations;
    @Autowired
    StaffRegistry staff;
    @Autowired
    OrganisationDirectory directory;
    @Autowired
    NegativeListEditor editor;
    ReviewFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new ReviewFixtures(organisations, staff);
    }

    /** Signs in through the login form; sessions live in the database (Spring Session), so the cookie is the session. */
    Cookie signIn(StaffUser user) throws Exception {
        MvcResult r = mvc.perform(formLogin("/login").user(user.username()).password(ReviewFixtures.PASSWORD))
                .andExpect(redirectedUrl("/admin")).andReturn();
        Cookie session = r.getResponse().getCookie("SESSION");
        assertThat(session).isNotNull();
        return session;
    }

    @Test
    void publicSummaryShowsCategoriesAndBasesButNeverDescriptionsOrTerms() throws Exception {
        long ministry = fixtures.organisation(null, "部");
        long county = fixtures.organisation(ministry, "县局");
        StaffUser top = fixtures.user(ministry, Role.SECURITY_ADMIN);
        StaffUser local = fixtures.user(county, Role.SECURITY_ADMIN);
        editor.create(top, new NegativeListDraft(NegativeCategory.STATE_SECRET, "《政府信息公开条例》第十四条",
                "秘密说明甲乙丙", List.of("机要词丁戊", "/暗号[0-9]+/"), LocalDate.now().plusYears(1)));
        editor.create(local, new NegativeListDraft(NegativeCategory.PERSONAL_PRIVACY, "《政府信息公开条例》第十五条",
                "隐私说明己庚", List.of("学生家庭住址"), LocalDate.now().plusYears(1)));
        String slug = directory.get(county).slug();

        String html = mvc.perform(get("/negative-list").param("org", slug)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("第十四条", "第十五条", "国家秘密", "个人隐私")
                .doesNotContain("秘密说明甲乙丙", "机要词丁戊", "暗号", "隐私说明己庚", "学生家庭住址");
        String en = mvc.perform(get("/negative-list").param("org", slug).param("lang", "en"))
                .andReturn().getResponse().getContentAsString();
        assertThat(en).contains("State secrets").doesNotContain("机要词丁戊", "学生家庭住址");
        mvc.perform(get("/negative-list").param("org", "no-such-org-xyz")).andExpect(status().isNotFound());
    }

    @Test
    void securityAdministratorKeepsTheListThroughThePages() throws Exception {
        long org = fixtures.organisation(null, "部");
        StaffUser admin = fixtures.user(org, Role.SECURITY_ADMIN);
        Cookie session = signIn(admin);

        mvc.perform(get("/admin/negative-list").cookie(session)).andExpect(status().isOk());
        mvc.perform(post("/admin/negative-list").cookie(session).with(csrf())
                        .param("category", "OTHER").param("legalBasis", "依据").param("description", "")
                        .param("terms", "好词\n/[坏的正则/").param("reviewDate", "2030-01-01"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("正则表达式写法有误")))
                .andExpect(content().string(containsString("/[坏的正则/")));
        mvc.perform(post("/admin/negative-list").cookie(session).with(csrf())
                        .param("category", "INTERNAL_AFFAIRS").param("legalBasis", "条例第十六条").param("description", "会议")
                        .param("terms", "会议纪要\n/第[0-9]+次党组会/").param("reviewDate", "2020-01-01"))
                .andExpect(redirectedUrl("/admin/negative-list?saved"));
        String page = mvc.perform(get("/admin/negative-list").cookie(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("会议纪要", "review-due", "已到复核日期");
    }

    @Test
    void othersMayNotEditAndTheAnonymousAreSentToSignIn() throws Exception {
        long org = fixtures.organisation(null, "部");
        StaffUser editorUser = fixtures.user(org, Role.EDITOR);
        mvc.perform(get("/admin/negative-list")).andExpect(status().is3xxRedirection());
        Cookie session = signIn(editorUser);
        mvc.perform(get("/admin/negative-list").cookie(session)).andExpect(status().isForbidden());
        mvc.perform(post("/admin/negative-list").cookie(session).with(csrf()).param("category", "OTHER")
                .param("legalBasis", "x").param("reviewDate", "2030-01-01")).andExpect(status().isForbidden());
    }

    @Test
    void screeningPageHighlightsFindings() throws Exception {
        long org = fixtures.organisation(null, "部");
        StaffUser editorUser = fixtures.user(org, Role.EDITOR);
        Cookie session = signIn(editorUser);
        mvc.perform(get("/admin/screening").cookie(session)).andExpect(status().isOk());
        String html = mvc.perform(post("/admin/screening").cookie(session).with(csrf())
                        .param("text", "秘密★1年\n联系人手机13812345678"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("<mark", "SECRET_MARKING", "138****5678", "手机号码");
    }
}
