package org.gongkai.syndication;

import org.gongkai.identity.OrganisationKind;
import org.gongkai.identity.StaffUser;
import org.gongkai.support.Fixtures;
import org.gongkai.support.PublishingSites;
import org.gongkai.support.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The 政务新媒体 register: one account per platform, the form's checks, dormancy by a controlled clock, the public list. */
@IntegrationTest
class NewMediaRegisterTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired SyndicationFixture fx;
    @Autowired NewMediaRegister register;
    @Autowired JdbcClient jdbc;
    @Autowired org.gongkai.identity.OrganisationAccess access;
    @Autowired ApplicationEventPublisher events;

    final String run = UUID.randomUUID().toString().substring(0, 8);
    final AtomicInteger fresh = new AtomicInteger();

    String page(String path) throws Exception {
        return mvc.perform(get(path + "?fresh" + fresh.incrementAndGet() + "=" + run)).andReturn().getResponse()
                .getContentAsString();
    }

    @Test
    void anOrganisationRegistersOneAccountPerPlatformAndThePublicSeesTheList() throws Exception {
        PublishingSites.Site s = fx.site("新媒体县教育局" + run, null, OrganisationKind.COUNTY);
        PublishingSites.Site other = fx.site("新媒体他县教育局" + run, null, OrganisationKind.COUNTY);
        assertThat(page("/o/" + s.org().slug())).doesNotContain("/new-media");

        String bad = mvc.perform(post("/admin/new-media").with(fixtures.as(s.officer())).with(csrf())
                        .param("url", "javascript:alert(1)"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(bad).select(".error-text").eachAttr("id")).containsExactly("platform-error",
                "name-error", "accountId-error", "sponsor-error", "responsible-error", "filing-error", "url-error");
        mvc.perform(post("/admin/new-media").with(fixtures.as(s.officer())).param("platform", "WECHAT"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/new-media").with(fixtures.as(s.editor())).with(csrf()).param("platform", "WECHAT")
                .param("name", "x").param("accountId", "x").param("sponsor", "x").param("responsible", "x")
                .param("filing", "FILED")).andExpect(status().isForbidden());

        String hostile = "<script>alert(1)</script>清溪教育" + run;
        mvc.perform(post("/admin/new-media").with(fixtures.as(s.officer())).with(csrf()).param("platform", "WECHAT")
                        .param("name", hostile).param("accountId", "qxjy" + run).param("sponsor", s.org().name())
                        .param("responsible", "办公室张三").param("filing", "FILED")
                        .param("url", "https://mp.weixin.qq.com/qxjy"))
                .andExpect(status().is3xxRedirection());
        String dup = mvc.perform(post("/admin/new-media").with(fixtures.as(s.officer())).with(csrf()).param("platform", "WECHAT")
                        .param("name", "第二个").param("accountId", "b").param("sponsor", "b").param("responsible", "b")
                        .param("filing", "NONE")).andExpect(status().isConflict()).andReturn().getResponse()
                .getContentAsString();
        assertThat(dup).contains("每个平台只登记一个");
        assertThatThrownBy(() -> jdbc.sql("""
                insert into new_media_account (organisation_id, platform, name, account_id, sponsor, filing, responsible, created_by)
                values (?, 'WECHAT', 'y', 'y', 'y', 'FILED', 'y', ?)""").params(s.org().id(), s.officer().id()).update())
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);

        Document site = Jsoup.parse(page("/o/" + s.org().slug() + "/new-media"));
        assertThat(site.select("tbody th").text()).isEqualTo(hostile);
        assertThat(site.select("script:not([type=application/ld+json])").toString()).doesNotContain("alert(1)");
        assertThat(site.text()).contains("微信公众号", "qxjy" + run, "已备案").doesNotContain("办公室张三");
        assertThat(page("/o/" + s.org().slug())).contains("/o/" + s.org().slug() + "/new-media");
        assertThat(page("/o/" + other.org().slug() + "/new-media")).doesNotContain(hostile);

        // another organisation may not record posts of this one's account
        long id = register.of(s.org().id()).get(0).id();
        mvc.perform(post("/admin/new-media/" + id + "/posted").with(fixtures.as(other.officer())).with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void anAccountWithoutAPostForTwoWeeksIsDormantByTheClock() {
        PublishingSites.Site s = fx.site("休眠县教育局" + run, null, OrganisationKind.COUNTY);
        Instant noon = Instant.parse("2026-11-20T04:00:00Z");
        NewMediaRegister at = new NewMediaRegister(jdbc, access, events, Clock.fixed(noon, ZoneOffset.UTC));
        StaffUser officer = s.officer();
        at.register(officer, new NewMediaInput("WEIBO", "休眠微博" + run, "w" + run, "县教育局", "PENDING", "李四",
                null, "2026-11-06"));
        NewMediaAccount a = at.of(s.org().id()).get(0);
        assertThat(at.dormant(a)).isFalse(); // 14 days ago: still within two weeks
        NewMediaRegister later = new NewMediaRegister(jdbc, access, events,
                Clock.fixed(noon.plusSeconds(86_400), ZoneOffset.UTC));
        assertThat(later.dormant(a)).isTrue();
        later.recordPost(officer, a.id(), null, "关于寒假安全的提醒", null);
        NewMediaAccount posted = later.of(s.org().id()).get(0);
        assertThat(posted.lastPostOn()).isEqualTo(LocalDate.of(2026, 11, 21));
        assertThat(later.dormant(posted)).isFalse();
        assertThatThrownBy(() -> later.recordPost(officer, a.id(), "2026-12-31", "标题", null))
                .hasFieldOrPropertyWithValue("fieldErrors", java.util.Map.of("lastPostOn", "media.error.lastPostOn"));

        // the period is configuration (the two weeks by default): with 30 days, 15 days is not dormant
        NewMediaRegister month = new NewMediaRegister(jdbc, access, events,
                Clock.fixed(noon.plusSeconds(86_400 * 16L), ZoneOffset.UTC), 30);
        assertThat(month.dormant(posted)).isFalse();
        assertThat(later.dormant(later.of(s.org().id()).get(0))).isFalse();
        assertThatThrownBy(() -> new NewMediaRegister(jdbc, access, events, Clock.systemUTC(), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void postsAreLoggedEnteredOrImportedAndAnAccountWithoutInteractionIsFlagged() throws Exception {
        PublishingSites.Site s = fx.site("记录县教育局" + run, null, OrganisationKind.COUNTY);
        PublishingSites.Site other = fx.site("记录他县教育局" + run, null, OrganisationKind.COUNTY);
        mvc.perform(post("/admin/new-media").with(fixtures.as(s.officer())).with(csrf()).param("platform", "WECHAT")
                        .param("name", "记录教育" + run).param("accountId", "jl" + run).param("sponsor", s.org().name())
                        .param("responsible", "王五").param("filing", "FILED").param("interaction", "SOMETIMES"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/admin/new-media").with(fixtures.as(s.officer())).with(csrf()).param("platform", "WECHAT")
                        .param("name", "记录教育" + run).param("accountId", "jl" + run).param("sponsor", s.org().name())
                        .param("responsible", "王五").param("filing", "FILED").param("interaction", "ENABLED"))
                .andExpect(status().is3xxRedirection());
        long id = register.of(s.org().id()).get(0).id();
        String path = "/admin/new-media/" + id;

        // one post entered: CSRF, a title is required, a link must be http(s); hostile text is inert
        mvc.perform(post(path + "/posted").with(fixtures.as(s.officer())).param("title", "x"))
                .andExpect(status().isForbidden());
        Document bad = Jsoup.parse(mvc.perform(post(path + "/posted").with(fixtures.as(s.officer())).with(csrf())
                        .param("title", " ").param("url", "javascript:alert(1)")).andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString());
        assertThat(bad.select(".error-text").eachAttr("id")).containsExactly("title-error", "url-error");
        mvc.perform(post(path + "/posted").with(fixtures.as(s.editor())).with(csrf()).param("title", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(post(path + "/posted").with(fixtures.as(other.officer())).with(csrf()).param("title", "x"))
                .andExpect(status().isNotFound());
        mvc.perform(get(path).with(fixtures.as(other.officer()))).andExpect(status().isNotFound());
        String hostile = "<img src=x onerror=alert(1)>寒假提醒" + run;
        mvc.perform(post(path + "/posted").with(fixtures.as(s.officer())).with(csrf()).param("lastPostOn", "2026-11-20")
                .param("title", hostile).param("url", "https://mp.weixin.qq.com/s/a")).andExpect(status().is3xxRedirection());

        // lines imported: all checked first, the bad line named, nothing recorded; then recorded, duplicates skipped
        Document badLine = Jsoup.parse(mvc.perform(post(path + "/import").with(fixtures.as(s.officer())).with(csrf())
                        .param("lines", "2026-11-21, 第一条\n昨天, 第二条")).andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString());
        assertThat(badLine.select("[role=alert]").text()).contains("第 2 行");
        assertThat(badLine.select("#lines").text()).contains("第二条");
        mvc.perform(post(path + "/import").with(fixtures.as(s.officer())).with(csrf()).param("lines", "  "))
                .andExpect(status().isBadRequest());
        mvc.perform(post(path + "/import").with(fixtures.as(s.officer())).with(csrf())
                        .param("lines", "2026-11-21, 教育局召开会议，部署冬季安全\n2026-11-22\t课后服务通知\thttps://mp.weixin.qq.com/s/b\n"
                                + "2026-11-20, " + hostile))
                .andExpect(status().is3xxRedirection())
                .andExpect(r -> assertThat(r.getResponse().getRedirectedUrl()).contains("imported=2", "skipped=1"));
        Document log = Jsoup.parse(mvc.perform(get(path).with(fixtures.as(s.officer()))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(log.select("tbody tr")).hasSize(3);
        assertThat(log.select("tbody tr").get(0).text()).contains("2026-11-22", "课后服务通知", "批量导入");
        assertThat(log.select("tbody tr").text()).contains("教育局召开会议，部署冬季安全", hostile, "逐条录入");
        assertThat(log.select("img[onerror]")).isEmpty();
        assertThat(log.select("a[href=https://mp.weixin.qq.com/s/b]")).hasSize(1);
        assertThat(register.of(s.org().id()).get(0).lastPostOn()).isEqualTo(LocalDate.of(2026, 11, 22));
        assertThat(log.select("caption").text()).contains("共 3 条");

        // interaction switched off: flagged on the list and the account's page
        mvc.perform(post(path + "/interaction").with(fixtures.as(s.officer())).with(csrf()).param("interaction", "x"))
                .andExpect(status().isBadRequest());
        mvc.perform(post(path + "/interaction").with(fixtures.as(s.officer())).with(csrf()).param("interaction", "DISABLED"))
                .andExpect(status().is3xxRedirection());
        Document list = Jsoup.parse(mvc.perform(get("/admin/new-media").with(fixtures.as(s.officer())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(list.select("tbody tr").text()).contains("已关闭", "（无互动）");
        assertThat(register.noInteraction(register.of(s.org().id()).get(0))).isTrue();
    }
}
