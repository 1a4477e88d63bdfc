package org.gongkai.services;

import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.web.ConflictException;
import org.gongkai.support.Fixtures;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Element;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Emergency information (ADR 0045): a warning drafted, issued, updated and cancelled, exported as CAP 1.2 beside
 * its page and the feed and checked by {@link CapStructure}; plans drafted and published; each role's pages, 400s,
 * 403s, CSRF; and the leak test — draft warnings and unpublished plans on no public page, feed, CAP or sitemap.
 */
@IntegrationTest
class EmergencyInformationTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired ManageEmergencies manage;
    @Autowired JdbcClient jdbc;
    @Autowired OrganisationDirectory organisations;
    @Autowired ServicesReview review;

    record World(long org, String slug, StaffUser editor, StaffUser publisher, StaffUser reviewer) {
    }

    World world(String name) {
        long org = fixtures.organisation(name);
        return new World(org, organisations.get(org).slug(), fixtures.staff(org, Role.EDITOR), fixtures.staff(org, Role.PUBLISHER),
                fixtures.staff(org, Role.REVIEWER));
    }

    static WarningForm form(String headline, WarningSeverity severity) {
        Instant now = Instant.now();
        return new WarningForm("暴雨", "Met", severity.name(), "Expected", "Likely", headline,
                "预计未来 24 小时有大暴雨。", "中小学停课一天，请家长照看好孩子。", "清溪县全境",
                WarningForm.local(now.minus(Duration.ofHours(1))), WarningForm.local(now.plus(Duration.ofDays(1))));
    }

    @Test
    void aWarningIsIssuedUpdatedAndCancelledAndEachMessageIsCap12() throws Exception {
        World w = world("预警发布局");
        long id = manage.createWarning(w.editor(), form("暴雨橙色预警：全县中小学停课", WarningSeverity.ORANGE));
        Reviewed.approve(review, ReviewSubject.WARNING, id, w.editor(), w.reviewer());
        manage.issue(w.publisher(), id);
        String xml = mvc.perform(get("/warnings/" + id + "/cap.xml")).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/cap+xml"))
                .andReturn().getResponse().getContentAsString();
        Element alert = CapStructure.check(xml);
        assertThat(CapStructure.text(alert, "msgType")).isEqualTo("Alert");
        Element info = CapStructure.children(alert, "info").get(0);
        assertThat(CapStructure.text(info, "severity")).isEqualTo("Severe");
        assertThat(CapStructure.text(info, "web")).endsWith("/warnings/" + id);

        manage.addUpdate(w.publisher(), id, "UPDATE", "雨势减弱，降为黄色预警。", "YELLOW", null);
        Element update = CapStructure.check(mvc.perform(get("/warnings/" + id + "/cap.xml")).andReturn().getResponse()
                .getContentAsString());
        assertThat(CapStructure.text(update, "msgType")).isEqualTo("Update");
        assertThat(CapStructure.text(update, "references")).contains(CapStructure.text(alert, "identifier"));
        assertThat(CapStructure.text(CapStructure.children(update, "info").get(0), "severity")).isEqualTo("Moderate");
        mvc.perform(get("/warnings/" + id)).andExpect(status().isOk())
                .andExpect(content().string(containsString("黄色预警（三级）")))
                .andExpect(content().string(containsString("雨势减弱")))
                .andExpect(content().string(containsString("生效中")));
        mvc.perform(get("/o/" + w.slug() + "/emergency")).andExpect(status().isOk())
                .andExpect(content().string(containsString("暴雨橙色预警：全县中小学停课")));

        manage.addUpdate(w.publisher(), id, "CANCEL", "预警解除，明日正常上课。", null, null);
        Element cancel = CapStructure.check(mvc.perform(get("/warnings/" + id + "/cap.xml")).andReturn().getResponse()
                .getContentAsString());
        assertThat(CapStructure.text(cancel, "msgType")).isEqualTo("Cancel");
        CapStructure.check(mvc.perform(get("/warnings/" + id + "/cap.xml?message=0")).andReturn().getResponse()
                .getContentAsString());
        mvc.perform(get("/warnings/" + id + "/cap.xml?message=5")).andExpect(status().isNotFound());
        mvc.perform(get("/warnings/" + id)).andExpect(status().isOk()).andExpect(content().string(containsString("已解除")));
        assertThatThrownBy(() -> manage.addUpdate(w.publisher(), id, "UPDATE", "再更新", null, null))
                .isInstanceOf(ConflictException.class);
        mvc.perform(get("/o/" + w.slug() + "/warnings/feed.atom")).andExpect(status().isOk())
                .andExpect(content().string(containsString("/warnings/" + id + "/cap.xml")))
                .andExpect(content().string(containsString("已解除")));
        // an issued warning changes only through updates, even for the application's database user
        assertThatThrownBy(() -> jdbc.sql("update svc_warning set headline = 'x' where id = ?").param(id).update())
                .hasMessageContaining("updates");
    }

    @Test
    void nothingDraftReachesThePublic() throws Exception {
        World w = world("预警公开局");
        long draft = manage.createWarning(w.editor(), form("尚未发布的预警", WarningSeverity.RED));
        long plan = manage.createPlan(w.editor(), "尚未发布的预案", "全县中小学", LocalDate.now().toString(), "正文");
        for (String path : new String[]{"/warnings/" + draft, "/warnings/" + draft + "/cap.xml", "/emergency-plans/" + plan}) {
            mvc.perform(get(path)).andExpect(status().isNotFound());
        }
        mvc.perform(get("/o/" + w.slug())).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/o/" + w.slug() + "/emergency"))));
        long issued = manage.createWarning(w.editor(), form("已发布的预警<script>alert(1)</script>", WarningSeverity.BLUE));
        Reviewed.approve(review, ReviewSubject.WARNING, issued, w.editor(), w.reviewer());
        manage.issue(w.publisher(), issued);
        long published = manage.createPlan(w.editor(), "校园突发事件应急预案", "全县中小学", "2026-03-01", "第一章 总则");
        Reviewed.approve(review, ReviewSubject.PLAN, published, w.editor(), w.reviewer());
        manage.publishPlan(w.publisher(), published);
        mvc.perform(get("/api/v1/public/emergency/warnings/" + draft)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/public/emergency/warnings/" + issued)).andExpect(status().isOk())
                .andExpect(content().string(containsString("\"capSeverity\":\"Minor\"")));
        mvc.perform(get("/api/v1/public/emergency/" + w.slug())).andExpect(status().isOk())
                .andExpect(content().string(containsString("校园突发事件应急预案")))
                .andExpect(content().string(not(containsString("尚未发布的预警"))))
                .andExpect(content().string(not(containsString("尚未发布的预案"))));
        for (String path : new String[]{"/o/" + w.slug() + "/emergency", "/o/" + w.slug() + "/warnings/feed.atom"}) {
            mvc.perform(get(path)).andExpect(status().isOk())
                    .andExpect(content().string(not(containsString("尚未发布的预警"))))
                    .andExpect(content().string(not(containsString("尚未发布的预案"))))
                    .andExpect(content().string(not(containsString("<script>alert(1)"))));
        }
        mvc.perform(get("/o/" + w.slug() + "/emergency")).andExpect(status().isOk())
                .andExpect(content().string(containsString("校园突发事件应急预案")))
                .andExpect(content().string(containsString("已发布的预警&lt;script&gt;")));
        mvc.perform(get("/emergency-plans/" + published)).andExpect(status().isOk())
                .andExpect(content().string(containsString("第一章 总则")));
        mvc.perform(get("/o/" + w.slug())).andExpect(status().isOk())
                .andExpect(content().string(containsString("/o/" + w.slug() + "/emergency")));
        String sitemap = mvc.perform(get("/sitemap.xml")).andReturn().getResponse().getContentAsString();
        assertThat(sitemap).contains("/warnings/" + issued + "<").contains("/emergency-plans/" + published + "<")
                .doesNotContain("/warnings/" + draft + "<").doesNotContain("/emergency-plans/" + plan + "<");
    }

    @Test
    void staffPagesFormsAndTheirRefusals() throws Exception {
        World w = world("预警后台局");
        World other = world("预警他局");
        mvc.perform(get("/admin/services/emergency").with(fixtures.as(w.editor()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("暂无预警")));
        mvc.perform(get("/admin/services/emergency/warnings/new").with(fixtures.as(w.editor()))).andExpect(status().isOk());
        mvc.perform(post("/admin/services/emergency/warnings").param("event", "").param("category", "Met")
                        .param("severity", "PURPLE").param("urgency", "Expected").param("certainty", "Likely")
                        .param("headline", "h").param("description", "d").param("area", "a")
                        .param("onset", "2026-12-03T10:00").param("expires", "2026-12-03T09:00")
                        .with(csrf()).with(fixtures.as(w.editor())))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("href=\"#event\"")))
                .andExpect(content().string(containsString("href=\"#severity\"")))
                .andExpect(content().string(containsString("有效期必须晚于开始时间")));
        mvc.perform(post("/admin/services/emergency/warnings").param("event", "x").with(fixtures.as(w.editor())))
                .andExpect(status().isForbidden());
        long id = manage.createWarning(w.editor(), form("后台预警", WarningSeverity.YELLOW));
        mvc.perform(get("/admin/services/emergency/warnings/" + id).with(fixtures.as(other.editor())))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/services/emergency/warnings/" + id + "/issue").with(csrf()).with(fixtures.as(w.editor())))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/services/emergency/warnings/" + id + "/issue").with(csrf()).with(fixtures.as(other.publisher())))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/services/emergency/warnings/" + id + "/issue").with(csrf()).with(fixtures.as(w.publisher())))
                .andExpect(status().isConflict()).andExpect(content().string(containsString("尚未审核通过")));
        Reviewed.approve(review, ReviewSubject.WARNING, id, w.editor(), w.reviewer());
        mvc.perform(post("/admin/services/emergency/warnings/" + id + "/issue").with(csrf()).with(fixtures.as(w.publisher())))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/services/emergency/warnings/" + id + "/updates").param("kind", "UPDATE").param("body", "")
                        .with(csrf()).with(fixtures.as(w.publisher())))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("href=\"#body\"")));
        mvc.perform(get("/admin/services/emergency/warnings/" + id + "/edit").with(fixtures.as(w.editor())))
                .andExpect(status().isConflict());
        mvc.perform(post("/admin/services/emergency/plans").param("title", "").param("issuedOn", "3000-01-01")
                        .with(csrf()).with(fixtures.as(w.editor())))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("href=\"#title\"")));
        mvc.perform(get("/admin/services/emergency/warnings/999999999").with(fixtures.as(w.editor())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/services/emergency").with(fixtures.as(w.publisher()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("后台预警")));
    }
}
