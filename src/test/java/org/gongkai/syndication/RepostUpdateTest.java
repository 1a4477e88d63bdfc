package org.gongkai.syndication;

import org.gongkai.document.DocumentKind;
import org.gongkai.identity.OrganisationKind;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.support.Fixtures;
import org.gongkai.support.PublishingSites;
import org.gongkai.support.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Same platform (ADR 0052): a published re-post is updated by policy when its original is amended — a new edition
 * from the amended original, through review, the banner until it is published — while a subscriber whose policy only
 * flags keeps its re-post as it was; and the board's limits per kind of document.
 */
@IntegrationTest
class RepostUpdateTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired SyndicationFixture fx;
    @Autowired Subscriptions subscriptions;
    @Autowired Repost repost;
    @Autowired JdbcClient jdbc;

    final String run = UUID.randomUUID().toString().substring(0, 8);
    final AtomicInteger fresh = new AtomicInteger();

    Document page(String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path + "?fresh" + fresh.incrementAndGet() + "=" + run)).andReturn()
                .getResponse().getContentAsString());
    }

    String change(long itemId) {
        return jdbc.sql("select source_change from repost_item where id = ?").param(itemId).query(String.class)
                .optional().orElse(null);
    }

    long editions(long documentId) {
        return jdbc.sql("select count(*) from edition where document_id = ?").param(documentId).query(Long.class)
                .single();
    }

    @Test
    void anAmendedOriginalUpdatesTheRepostThroughReviewWhenThePolicySaysSo() throws Exception {
        PublishingSites.Site province = fx.site("修订省教育厅" + run, null, OrganisationKind.PROVINCE);
        PublishingSites.Site county = fx.site("修订县教育局" + run, province.org().id(), OrganisationKind.COUNTY);
        PublishingSites.Site flagOnly = fx.site("只提示县教育局" + run, province.org().id(), OrganisationKind.COUNTY);
        subscriptions.subscribe(county.editor(), province.org().id());
        subscriptions.subscribe(flagOnly.editor(), province.org().id());
        StaffUser publisherEditor = fixtures.staff(county.org().id(), Role.PUBLISHER, Role.EDITOR);

        // UPDATE edits in the setter's name: a publisher without the editor role gets the field's message
        Document bad = Jsoup.parse(mvc.perform(post("/admin/syndication/rules/policy").with(fixtures.as(county.publisher()))
                        .with(csrf()).param("onSourceGone", "FLAG").param("onSourceAmended", "UPDATE"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString());
        assertThat(bad.select("#onSourceAmended-error").text()).contains("编辑角色");
        mvc.perform(post("/admin/syndication/rules/policy").with(fixtures.as(publisherEditor))
                .param("onSourceGone", "FLAG").param("onSourceAmended", "UPDATE")).andExpect(status().isForbidden());
        mvc.perform(post("/admin/syndication/rules/policy").with(fixtures.as(county.editor())).with(csrf())
                .param("onSourceGone", "FLAG").param("onSourceAmended", "UPDATE")).andExpect(status().isForbidden());
        mvc.perform(post("/admin/syndication/rules/policy").with(fixtures.as(publisherEditor)).with(csrf())
                        .param("onSourceGone", "FLAG").param("onSourceAmended", "UPDATE"))
                .andExpect(status().is3xxRedirection());
        assertThat(Jsoup.parse(mvc.perform(get("/admin/syndication/rules").with(fixtures.as(county.editor())))
                .andReturn().getResponse().getContentAsString()).text()).contains("生成转载文件的新版本");

        String title = "关于做好冬季校园安全工作的通知" + run;
        long source = fx.published(province, SyndicationFixture.content(province, title,
                "<p>各县教育局：</p><p>请于12月10日前完成排查。</p>").build());
        long copy = repost.repost(county.editor(), fx.item(county, source), String.valueOf(county.node()));
        long flagCopy = repost.repost(flagOnly.editor(), fx.item(flagOnly, source), String.valueOf(flagOnly.node()));
        fx.approveAndPublish(county, copy);
        fx.approveAndPublish(flagOnly, flagCopy);
        assertThat(page("/documents/" + copy).select(".body-html").text()).contains("12月10日");

        // the province amends the original: both re-posts are flagged at once; the county's gets a new edition
        fx.amend(province, source, SyndicationFixture.content(province, title,
                "<p>各县教育局：</p><p>请于12月15日前完成排查，并报送排查台账。</p>").build());
        long item = fx.item(county, source);
        assertThat(change(item)).isEqualTo("AMENDED");
        assertThat(change(fx.item(flagOnly, source))).isEqualTo("AMENDED");
        assertThat(fx.editionStatus(copy)).isEqualTo("SUBMITTED");
        assertThat(editions(flagCopy)).isEqualTo(1);
        assertThat(fx.editionStatus(flagCopy)).isEqualTo("PUBLISHED");
        // until the update is reviewed and published the public still sees the old text, with the banner
        Document before = page("/documents/" + copy);
        assertThat(before.select(".body-html").text()).contains("12月10日").doesNotContain("12月15日");
        assertThat(before.select("div.banner.repost").text()).contains("修订");
        assertThat(jdbc.sql("select column_id from (select catalog_node_id as column_id from revision r join edition e"
                        + " on e.revision_id = r.id where e.document_id = ? and e.status = 'SUBMITTED') x")
                .param(copy).query(Long.class).single()).isEqualTo(county.node());

        fx.approveAndPublish(county, copy);
        Document after = page("/documents/" + copy);
        assertThat(after.select(".body-html").text()).contains("12月15日", "排查台账");
        assertThat(after.select("div.banner.repost")).isEmpty();
        assertThat(after.select(".repost").text()).contains("转载", province.org().name());
        assertThat(change(item)).isNull();
        // the subscriber that only flags still shows the banner on its unchanged re-post
        Document flagged = page("/documents/" + flagCopy);
        assertThat(flagged.select(".body-html").text()).contains("12月10日");
        assertThat(flagged.select("div.banner.repost").text()).contains("修订");
        long audited = 0;
        for (int i = 0; i < 100 && audited == 0; i++) {
            audited = jdbc.sql("select count(*) from audit_entry where action = 'syndication.updated' and target_id = ?")
                    .param(String.valueOf(item)).query(Long.class).single();
            Thread.sleep(audited == 0 ? 100 : 0);
        }
        assertThat(audited).isEqualTo(1);

        // a second amendment: updated again
        fx.amend(province, source, SyndicationFixture.content(province, title,
                "<p>各县教育局：</p><p>请于12月20日前完成排查。</p>").build());
        assertThat(fx.editionStatus(copy)).isEqualTo("SUBMITTED");
        fx.approveAndPublish(county, copy);
        assertThat(page("/documents/" + copy).select(".body-html").text()).contains("12月20日");
    }

    @Test
    void theBoardAppliesALimitPerKindOfDocumentAndSaysWhereNoneIsSet() throws Exception {
        PublishingSites.Site province = fx.site("时限省教育厅" + run, null, OrganisationKind.PROVINCE);
        PublishingSites.Site county = fx.site("时限县教育局" + run, province.org().id(), OrganisationKind.COUNTY);
        PublishingSites.Site other = fx.site("时限他省教育厅" + run, null, OrganisationKind.PROVINCE);
        subscriptions.subscribe(county.editor(), province.org().id());

        // the form: CSRF, field messages, the province's publisher or officer only
        mvc.perform(post("/admin/syndication/board/kind-limit").with(fixtures.as(province.officer()))
                .param("kind", "NORMATIVE").param("kindDays", "3")).andExpect(status().isForbidden());
        mvc.perform(post("/admin/syndication/board/kind-limit").with(fixtures.as(province.editor())).with(csrf())
                .param("kind", "NORMATIVE").param("kindDays", "3")).andExpect(status().isForbidden());
        Document bad = Jsoup.parse(mvc.perform(post("/admin/syndication/board/kind-limit")
                        .with(fixtures.as(province.officer())).with(csrf()).param("kind", "NORMATIVE").param("kindDays", "99"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString());
        assertThat(bad.select("#kindDays-error").text()).isEqualTo("请填写 0 到 30 之间的整数。");
        Document badKind = Jsoup.parse(mvc.perform(post("/admin/syndication/board/kind-limit")
                        .with(fixtures.as(province.officer())).with(csrf()).param("kind", "POEM").param("kindDays", "3"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString());
        assertThat(badKind.select("#kind-error").text()).isEqualTo("请选择文件类型。");
        mvc.perform(post("/admin/syndication/board/kind-limit").with(fixtures.as(province.officer())).with(csrf())
                .param("kind", "NORMATIVE").param("kindDays", "3")).andExpect(status().is3xxRedirection());
        Document board = Jsoup.parse(mvc.perform(get("/admin/syndication/board").with(fixtures.as(province.officer())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(board.text()).contains("法规没有规定具体的转载天数", "3 个工作日", "通用时限（1 个工作日）");

        long normative = fx.published(province, SyndicationFixture.content(province, "关于规范收费的规定" + run,
                "<p>第一条</p>").kind(DocumentKind.NORMATIVE).build());
        long notice = fx.published(province, SyndicationFixture.content(province, "关于会议的通知" + run,
                "<p>开会</p>").build());
        long normativeCopy = repost.repost(county.editor(), fx.item(county, normative), String.valueOf(county.node()));
        long noticeCopy = repost.repost(county.editor(), fx.item(county, notice), String.valueOf(county.node()));
        fx.approveAndPublish(county, normativeCopy);
        fx.approveAndPublish(county, noticeCopy);
        // both published Monday 2 November 2026 and re-posted on Wednesday: 2 working days
        for (long[] pair : new long[][]{{normative, normativeCopy}, {notice, noticeCopy}}) {
            jdbc.sql("update repost_item set source_published_at = '2026-11-02T10:00:00+08',"
                    + " reposted_at = '2026-11-04T09:00:00+08' where source_document_id = ?").param(pair[0]).update();
        }
        Map<Long, String> rows = new HashMap<>();
        for (long doc : new long[]{normative, notice}) {
            Document d = Jsoup.parse(mvc.perform(get("/admin/syndication/board/" + doc)
                    .with(fixtures.as(province.officer()))).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString());
            rows.put(doc, d.select("main > p").text() + " | " + d.select("tbody tr").text());
        }
        assertThat(rows.get(normative)).contains("3 个工作日", "规范性文件", "2 个工作日").doesNotContain("超时");
        assertThat(rows.get(notice)).contains("1 个工作日", "2 个工作日", "超时");
        String csv = mvc.perform(get("/admin/syndication/board/" + normative + "/rows.csv")
                .with(fixtures.as(province.officer()))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).contains("document_kind,limit_working_days").contains(",NORMATIVE,3");

        // blank removes the kind's own limit: the general one applies again
        mvc.perform(post("/admin/syndication/board/kind-limit").with(fixtures.as(province.officer())).with(csrf())
                .param("kind", "NORMATIVE").param("kindDays", "")).andExpect(status().is3xxRedirection());
        assertThat(Jsoup.parse(mvc.perform(get("/admin/syndication/board/" + normative)
                .with(fixtures.as(province.officer()))).andReturn().getResponse().getContentAsString())
                .select("tbody tr").text()).contains("超时");
        // another organisation's board document is 404
        mvc.perform(get("/admin/syndication/board/" + normative).with(fixtures.as(other.officer())))
                .andExpect(status().isNotFound());
    }
}
