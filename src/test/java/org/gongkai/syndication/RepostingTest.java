package org.gongkai.syndication;

import org.gongkai.document.Validity;
import org.gongkai.identity.OrganisationKind;
import org.gongkai.support.Fixtures;
import org.gongkai.support.PublishingSites;
import org.gongkai.support.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Re-posting within one platform: subscribing to an organisation above, the queue filled from its publications,
 * re-posting in one step through the document workflow with attribution, dismissing with a reason, the source's
 * withdrawal, amendment and repeal flagging every re-post, who may see and do what.
 */
@IntegrationTest
class RepostingTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired SyndicationFixture fx;
    @Autowired Repost repost;
    @Autowired Subscriptions subscriptions;
    @Autowired JdbcClient jdbc;

    final String run = UUID.randomUUID().toString().substring(0, 8);
    final AtomicInteger fresh = new AtomicInteger();

    /** A public page, read past the page cache. */
    String page(String path) throws Exception {
        String sep = path.contains("?") ? "&" : "?";
        return mvc.perform(get(path + sep + "fresh" + fresh.incrementAndGet() + "=" + run)).andReturn()
                .getResponse().getContentAsString();
    }

    String admin(PublishingSites.Site s, String path) throws Exception {
        return mvc.perform(get(path).with(fixtures.as(s.editor()))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }

    @Test
    void aSubscriberReceivesWhatTheLevelAbovePublishesAndRepostsItInOneStepThroughReview() throws Exception {
        PublishingSites.Site province = fx.site("转载省教育厅" + run, null, OrganisationKind.PROVINCE);
        PublishingSites.Site county = fx.site("转载县教育局" + run, province.org().id(), OrganisationKind.COUNTY);
        PublishingSites.Site sibling = fx.site("转载邻省教育厅" + run, null, OrganisationKind.PROVINCE);

        // the form refuses an organisation that is not above; CSRF is required
        mvc.perform(post("/admin/syndication/sources").with(fixtures.as(county.editor()))
                .param("source", String.valueOf(province.org().id()))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/syndication/sources").with(fixtures.as(county.editor())).with(csrf())
                .param("source", String.valueOf(sibling.org().id()))).andExpect(status().isBadRequest());
        mvc.perform(post("/admin/syndication/sources").with(fixtures.as(county.editor())).with(csrf())
                        .param("source", String.valueOf(province.org().id())))
                .andExpect(status().is3xxRedirection());
        assertThat(subscriptions.sourcesOf(county.org().id())).containsExactly(province.org().id());

        String hostile = "关于做好课后服务的通知<script>alert(1)</script>" + run;
        long source = fx.published(province, SyndicationFixture.content(province, hostile,
                "<p>各县教育局：请做好课后服务。</p>").build());
        long siblingDoc = fx.published(sibling, SyndicationFixture.content(sibling, "邻省文件" + run, "<p>x</p>").build());

        Document queue = Jsoup.parse(admin(county, "/admin/syndication"));
        assertThat(queue.select("tbody th a").eachText()).contains(hostile).doesNotContain("邻省文件" + run);
        assertThat(queue.select("script:containsData(alert(1))")).isEmpty();
        assertThat(jdbc.sql("select count(*) from repost_item where source_document_id = ?").param(siblingDoc)
                .query(Long.class).single()).isZero();

        long item = fx.item(county, source);
        Document detail = Jsoup.parse(admin(county, "/admin/syndication/items/" + item));
        assertThat(detail.select("code").text()).matches("[0-9a-f]{64}");
        assertThat(detail.text()).contains(province.org().name(), "教转〔2026〕");

        // the column is required, and must be the subscriber's own
        String bad = mvc.perform(post("/admin/syndication/items/" + item + "/repost").with(fixtures.as(county.editor()))
                        .with(csrf()).param("column", String.valueOf(province.node())))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(bad).select("#column-error").text()).isEqualTo("请选择本机关的一个栏目。");
        assertThat(Jsoup.parse(bad).select("[role=alert] a[href=#column]")).hasSize(1);

        mvc.perform(post("/admin/syndication/items/" + item + "/repost").with(fixtures.as(county.editor()))
                        .with(csrf()).param("column", String.valueOf(county.node())))
                .andExpect(status().is3xxRedirection());
        long copy = jdbc.sql("select repost_document_id from repost_item where id = ?").param(item)
                .query(Long.class).single();
        assertThat(fx.editionStatus(copy)).isEqualTo("SUBMITTED");
        // a second decision is refused
        mvc.perform(post("/admin/syndication/items/" + item + "/dismiss").with(fixtures.as(county.editor()))
                .with(csrf()).param("reason", "重复")).andExpect(status().isConflict());

        // not public until reviewed and published
        assertThat(mvc.perform(get("/documents/" + copy)).andReturn().getResponse().getStatus()).isEqualTo(404);
        fx.approveAndPublish(county, copy);

        Document page = Jsoup.parse(page("/documents/" + copy));
        assertThat(page.select("h1#doc-title").text()).isEqualTo(hostile);
        assertThat(page.select(".repost").text()).contains("转载", "来源：" + province.org().name(), "教转〔2026〕");
        assertThat(page.select(".repost a[href=/documents/" + source + "]")).hasSize(1);
        assertThat(page.select("div.banner.repost")).isEmpty();
        assertThat(page.select("script:not([type=application/ld+json])").toString()).doesNotContain("alert(1)");

        // the board of the province: the county re-posted it, the same day
        Document board = Jsoup.parse(mvc.perform(get("/admin/syndication/board/" + source)
                .with(fixtures.as(province.publisher()))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
        assertThat(board.select("tbody tr").text()).contains(county.org().name(), "已转载", "0 个工作日");
        assertThat(jdbc.sql("select reposted_at is not null from repost_item where id = ?").param(item)
                .query(Boolean.class).single()).isTrue();
        // the county's own page for it is not the province's board: the county reads no board of the province's
        mvc.perform(get("/admin/syndication/board/" + source).with(fixtures.as(county.editor())))
                .andExpect(status().isNotFound());
    }

    @Test
    void dismissingNeedsAReasonAndOthersMayNotTouchTheItem() throws Exception {
        PublishingSites.Site city = fx.site("驳回市教育局" + run, null, OrganisationKind.CITY);
        PublishingSites.Site county = fx.site("驳回县教育局" + run, city.org().id(), OrganisationKind.COUNTY);
        PublishingSites.Site other = fx.site("驳回他县教育局" + run, city.org().id(), OrganisationKind.COUNTY);
        subscriptions.subscribe(county.editor(), city.org().id());
        long source = fx.published(city, SyndicationFixture.content(city, "驳回测试文件" + run, "<p>x</p>").build());
        long item = fx.item(county, source);

        String html = mvc.perform(post("/admin/syndication/items/" + item + "/dismiss").with(fixtures.as(county.editor()))
                        .with(csrf()).param("reason", "  "))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(html).select("#reason-error").text()).isEqualTo("请填写不予转载的理由。");

        // another county: 404 for reading and acting; the city above reads it but sees no forms
        mvc.perform(get("/admin/syndication/items/" + item).with(fixtures.as(other.editor())))
                .andExpect(status().isNotFound());
        mvc.perform(post("/admin/syndication/items/" + item + "/dismiss").with(fixtures.as(other.editor()))
                .with(csrf()).param("reason", "不相关")).andExpect(status().isNotFound());
        Document above = Jsoup.parse(mvc.perform(get("/admin/syndication/items/" + item)
                .with(fixtures.as(city.publisher()))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
        assertThat(above.select("main form")).isEmpty();
        mvc.perform(post("/admin/syndication/items/" + item + "/dismiss").with(fixtures.as(city.publisher()))
                .with(csrf()).param("reason", "上级代办")).andExpect(status().isForbidden());
        // a reviewer of the county may not decide
        mvc.perform(post("/admin/syndication/items/" + item + "/dismiss").with(fixtures.as(county.reviewer()))
                .with(csrf()).param("reason", "审核员")).andExpect(status().isForbidden());

        String hostile = "<img src=x onerror=alert(1)>本县已另行发文";
        mvc.perform(post("/admin/syndication/items/" + item + "/dismiss").with(fixtures.as(county.editor()))
                .with(csrf()).param("reason", hostile)).andExpect(status().is3xxRedirection());
        Document done = Jsoup.parse(admin(county, "/admin/syndication/items/" + item));
        assertThat(done.text()).contains(hostile, "不予转载");
        assertThat(done.select("img[onerror]")).isEmpty();
        assertThat(admin(county, "/admin/syndication?status=QUEUED")).doesNotContain("驳回测试文件" + run);

        // the database refuses a dismissal without a reason and a re-post without its document
        assertThatThrownBy(() -> jdbc.sql("update repost_item set dismiss_reason = null where id = ?").param(item).update())
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.sql("update repost_item set status = 'REPOSTED', dismiss_reason = null where id = ?")
                .param(item).update()).isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }

    @Test
    void theSourcesWithdrawalAmendmentAndRepealFlagEveryRepostAtOnce() throws Exception {
        PublishingSites.Site ministry = fx.site("变更教育部" + run, null, OrganisationKind.MINISTRY);
        PublishingSites.Site a = fx.site("变更甲省教育厅" + run, ministry.org().id(), OrganisationKind.PROVINCE);
        PublishingSites.Site b = fx.site("变更乙省教育厅" + run, ministry.org().id(), OrganisationKind.PROVINCE);
        subscriptions.subscribe(a.editor(), ministry.org().id());
        subscriptions.subscribe(b.editor(), ministry.org().id());
        String title = "关于加强中小学作业管理的通知" + run;
        long source = fx.published(ministry, SyndicationFixture.content(ministry, title, "<p>第一条</p>").build());
        long copyA = repost.repost(a.editor(), fx.item(a, source), String.valueOf(a.node()));
        long copyB = repost.repost(b.editor(), fx.item(b, source), String.valueOf(b.node()));
        fx.approveAndPublish(a, copyA);
        fx.approveAndPublish(b, copyB);
        assertThat(Jsoup.parse(page("/documents/" + copyA)).select("div.banner.repost")).isEmpty();

        fx.amend(ministry, source, SyndicationFixture.content(ministry, title, "<p>第一条（修订）</p>").build());
        for (long copy : new long[]{copyA, copyB}) {
            assertThat(Jsoup.parse(page("/documents/" + copy)).select("div.banner.repost").text()).contains("原文已修订");
        }
        assertThat(admin(a, "/admin/syndication?flagged=true")).contains(title, "原文已修订");

        fx.amend(ministry, source, SyndicationFixture.content(ministry, title, "<p>第一条（修订）</p>")
                .validity(Validity.REPEALED).repealedOn(LocalDate.of(2026, 6, 1)).build());
        assertThat(Jsoup.parse(page("/documents/" + copyB)).select("div.banner.repost").text()).contains("已废止或失效");

        fx.withdraw(ministry, source, "停止执行");
        for (long copy : new long[]{copyA, copyB}) {
            assertThat(Jsoup.parse(page("/documents/" + copy)).select("div.banner.repost").text()).contains("已被发布机关撤回");
        }
        assertThat(jdbc.sql("select count(*) from repost_item where source_document_id = ? and source_change = 'WITHDRAWN'")
                .param(source).query(Long.class).single()).isEqualTo(2);
        // a withdrawn original can no longer be re-posted by a newcomer
        PublishingSites.Site c = fx.site("变更丙省教育厅" + run, ministry.org().id(), OrganisationKind.PROVINCE);
        subscriptions.subscribe(c.editor(), ministry.org().id());
        assertThat(jdbc.sql("select count(*) from repost_item where organisation_id = ?").param(c.org().id())
                .query(Long.class).single()).isZero();

        // the page cache was told: the plain address (no cache-busting parameter) shows the banner too
        assertThat(Jsoup.parse(mvc.perform(get("/documents/" + copyA)).andReturn().getResponse().getContentAsString())
                .select("div.banner.repost").text()).contains("撤回");
    }

    @Test
    void theBoardCountsWorkingDaysFlagsOverdueAndExportsCsv() throws Exception {
        PublishingSites.Site province = fx.site("看板省教育厅" + run, null, OrganisationKind.PROVINCE);
        PublishingSites.Site fast = fx.site("看板快县" + run, province.org().id(), OrganisationKind.COUNTY);
        PublishingSites.Site slow = fx.site("看板慢县" + run, province.org().id(), OrganisationKind.COUNTY);
        PublishingSites.Site idle = fx.site("看板未转县" + run, province.org().id(), OrganisationKind.COUNTY);
        for (PublishingSites.Site s : new PublishingSites.Site[]{fast, slow, idle}) {
            subscriptions.subscribe(s.editor(), province.org().id());
        }
        long source = fx.published(province, SyndicationFixture.content(province, "看板文件" + run, "<p>x</p>").build());
        long fastCopy = repost.repost(fast.editor(), fx.item(fast, source), String.valueOf(fast.node()));
        long slowCopy = repost.repost(slow.editor(), fx.item(slow, source), String.valueOf(slow.node()));
        fx.approveAndPublish(fast, fastCopy);
        fx.approveAndPublish(slow, slowCopy);
        // fixtures: published Monday 2 November 2026 10:00 Beijing time; re-posted that afternoon and on Wednesday
        jdbc.sql("update repost_item set source_published_at = '2026-11-02T10:00:00+08' where source_document_id = ?")
                .param(source).update();
        jdbc.sql("update repost_item set reposted_at = '2026-11-02T16:00:00+08' where repost_document_id = ?")
                .param(fastCopy).update();
        jdbc.sql("update repost_item set reposted_at = '2026-11-04T09:00:00+08' where repost_document_id = ?")
                .param(slowCopy).update();

        Document board = Jsoup.parse(mvc.perform(get("/admin/syndication/board/" + source)
                .with(fixtures.as(province.officer()))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
        Map<String, String> lines = new java.util.HashMap<>();
        board.select("tbody tr").forEach(tr -> lines.put(tr.select("th").text(), tr.select("td").text()));
        assertThat(lines.get(fast.org().name())).contains("0 个工作日").doesNotContain("超时");
        assertThat(lines.get(slow.org().name())).contains("2 个工作日", "超时");
        assertThat(lines.get(idle.org().name())).contains("待处理", "超时");
        assertThat(board.select("caption").text()).contains("2 / 3", "2 家超时");

        // the limit is the province's to set; 400 with the field's message out of range
        String bad = mvc.perform(post("/admin/syndication/board/limit").with(fixtures.as(province.officer())).with(csrf())
                .param("workingDays", "99")).andExpect(status().isBadRequest()).andReturn().getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(bad).select("#workingDays-error").text()).isEqualTo("请填写 0 到 30 之间的整数。");
        mvc.perform(post("/admin/syndication/board/limit").with(fixtures.as(province.editor())).with(csrf())
                .param("workingDays", "3")).andExpect(status().isForbidden());
        mvc.perform(post("/admin/syndication/board/limit").with(fixtures.as(province.officer())).with(csrf())
                .param("workingDays", "3")).andExpect(status().is3xxRedirection());
        Document relaxed = Jsoup.parse(mvc.perform(get("/admin/syndication/board/" + source)
                .with(fixtures.as(province.officer()))).andReturn().getResponse().getContentAsString());
        assertThat(relaxed.select("caption").text()).contains("2 / 3");

        // the summary: median delay per organisation
        Document summary = Jsoup.parse(mvc.perform(get("/admin/syndication/board").with(fixtures.as(province.officer())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(summary.text()).contains("看板文件" + run, slow.org().name(), "2.0 个工作日");

        // the CSV, with a formula neutralised
        repost.dismiss(idle.editor(), fx.item(idle, source), "=HYPERLINK(\"http://x\")");
        String csv = mvc.perform(get("/admin/syndication/board/" + source + "/rows.csv")
                .with(fixtures.as(province.officer()))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFsource_document_id,");
        assertThat(csv.lines().count()).isEqualTo(4);
        assertThat(csv).contains(slow.org().name() + ",已转载," + slowCopy + ",2026-11-04 09:00,2,0,")
                .contains("\"'=HYPERLINK(\"\"http://x\"\")\"");
        mvc.perform(get("/admin/syndication/board.csv").with(fixtures.as(province.officer()))).andExpect(status().isOk());
        // a county below reads no board of the province; a province above reads the county's (empty) board
        mvc.perform(get("/admin/syndication/board").param("org", String.valueOf(province.org().id()))
                .with(fixtures.as(slow.editor()))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/syndication/board").param("org", String.valueOf(slow.org().id()))
                .with(fixtures.as(province.officer()))).andExpect(status().isOk());
    }

    @Test
    void nothingQueuedDismissedOrUnreviewedReachesTheSubscribersPublicSite() throws Exception {
        PublishingSites.Site city = fx.site("泄漏市教育局" + run, null, OrganisationKind.CITY);
        PublishingSites.Site county = fx.site("泄漏县教育局" + run, city.org().id(), OrganisationKind.COUNTY);
        subscriptions.subscribe(county.editor(), city.org().id());
        String marker = "LEAKREPOST" + run.toUpperCase();
        long queued = fx.published(city, SyndicationFixture.content(city, "待处理" + marker + "Q", "<p>q</p>").build());
        long dismissed = fx.published(city, SyndicationFixture.content(city, "不予转载" + marker + "D", "<p>d</p>").build());
        long submitted = fx.published(city, SyndicationFixture.content(city, "待审核" + marker + "S", "<p>s</p>").build());
        long approved = fx.published(city, SyndicationFixture.content(city, "已审未发" + marker + "A", "<p>a</p>").build());
        long shown = fx.published(city, SyndicationFixture.content(city, "已发布" + marker + "P", "<p>p</p>").build());
        repost.dismiss(county.editor(), fx.item(county, dismissed), "理由" + marker + "R");
        long submittedCopy = repost.repost(county.editor(), fx.item(county, submitted), String.valueOf(county.node()));
        long approvedCopy = repost.repost(county.editor(), fx.item(county, approved), String.valueOf(county.node()));
        fx.review.approve(county.reviewer(), approvedCopy, null);
        long shownCopy = repost.repost(county.editor(), fx.item(county, shown), String.valueOf(county.node()));
        fx.approveAndPublish(county, shownCopy);
        assertThat(queued).isPositive();

        String slug = county.org().slug();
        java.util.List<String> paths = java.util.List.of("/o/" + slug, "/o/" + slug + "/catalog",
                "/o/" + slug + "/catalog/" + county.node(), "/o/" + slug + "/feed.atom", "/o/" + slug + "/feed.rss",
                "/o/" + slug + "/site-map", "/o/" + slug + "/search?q=" + marker, "/sitemap.xml",
                "/api/v1/public/search?q=" + marker, "/o/" + city.org().slug(), "/documents/" + shownCopy);
        StringBuilder all = new StringBuilder();
        for (String p : paths) {
            all.append(page(p));
        }
        String everything = all.toString();
        assertThat(everything).contains(marker + "P"); // the published re-post is there: the check can see
        assertThat(everything).doesNotContain("理由" + marker + "R");
        String countySite = page("/o/" + slug) + page("/o/" + slug + "/catalog/" + county.node())
                + page("/o/" + slug + "/feed.atom") + page("/o/" + slug + "/search?q=" + marker);
        assertThat(countySite).doesNotContain(marker + "Q", marker + "D", marker + "S", marker + "A");
        for (long copy : new long[]{submittedCopy, approvedCopy}) {
            assertThat(mvc.perform(get("/documents/" + copy)).andReturn().getResponse().getStatus()).isEqualTo(404);
            assertThat(page("/sitemap.xml")).doesNotContain("/documents/" + copy + "<");
        }
    }
}
