package org.gongkai.syndication;

import org.gongkai.document.DocumentKind;
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

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Automatic re-posting: a county's rule re-posts the province's normative documents into a column — submitted for
 * review, never published directly — and leaves other kinds queued; the publisher's policy withdraws a published
 * re-post when the province withdraws the original.
 */
@IntegrationTest
class RepostRulesTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired SyndicationFixture fx;
    @Autowired Subscriptions subscriptions;
    @Autowired JdbcClient jdbc;

    final String run = UUID.randomUUID().toString().substring(0, 8);

    String itemStatus(long itemId) {
        return jdbc.sql("select status from repost_item where id = ?").param(itemId).query(String.class).single();
    }

    Long copyOf(long itemId) {
        return jdbc.sql("select repost_document_id from repost_item where id = ?").param(itemId).query(Long.class)
                .optional().orElse(null);
    }

    @Test
    void aRuleRepostsChosenKindsThroughReviewAndThePolicyWithdrawsWhenTheOriginalIsWithdrawn() throws Exception {
        PublishingSites.Site province = fx.site("规则省教育厅" + run, null, OrganisationKind.PROVINCE);
        PublishingSites.Site county = fx.site("规则县教育局" + run, province.org().id(), OrganisationKind.COUNTY);
        PublishingSites.Site other = fx.site("规则他县教育局" + run, province.org().id(), OrganisationKind.COUNTY);
        subscriptions.subscribe(county.editor(), province.org().id());

        // the form: CSRF, a message per bad field, editors only
        mvc.perform(post("/admin/syndication/rules").with(fixtures.as(county.editor()))
                .param("source", "org:" + province.org().id())).andExpect(status().isForbidden());
        Document bad = Jsoup.parse(mvc.perform(post("/admin/syndication/rules").with(fixtures.as(county.editor()))
                        .with(csrf()).param("source", "org:" + other.org().id()).param("kind", "POEM")
                        .param("column", String.valueOf(province.node()))).andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString());
        assertThat(bad.select("#source-error, #kind-error, #column-error")).hasSize(3);
        assertThat(bad.select("[role=alert] a[href=#source]")).hasSize(1);
        mvc.perform(post("/admin/syndication/rules").with(fixtures.as(county.reviewer())).with(csrf())
                .param("source", "org:" + province.org().id()).param("column", String.valueOf(county.node())))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/syndication/rules").with(fixtures.as(county.editor())).with(csrf())
                        .param("source", "org:" + province.org().id()).param("kind", "NORMATIVE")
                        .param("column", String.valueOf(county.node())))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/syndication/rules").with(fixtures.as(county.editor())).with(csrf())
                        .param("source", "org:" + province.org().id()).param("kind", "NORMATIVE")
                        .param("column", String.valueOf(county.node())))
                .andExpect(status().isConflict());
        long ruleId = jdbc.sql("select id from repost_rule where organisation_id = ?").param(county.org().id())
                .query(Long.class).single();
        Document page = Jsoup.parse(mvc.perform(get("/admin/syndication/rules").with(fixtures.as(county.editor())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.select("tbody th").text()).isEqualTo(province.org().name());
        assertThat(page.select("tbody").text()).contains(county.editor().username());
        mvc.perform(post("/admin/syndication/rules/" + ruleId + "/delete").with(fixtures.as(other.editor())).with(csrf()))
                .andExpect(status().isNotFound());

        // a normative document is re-posted by the rule and submitted for review; another kind stays queued
        long normative = fx.published(province, SyndicationFixture.content(province, "关于规范办学行为的若干规定" + run,
                "<p>第一条 为规范办学行为，制定本规定。</p>").kind(DocumentKind.NORMATIVE).build());
        long notice = fx.published(province, SyndicationFixture.content(province, "关于召开会议的通知" + run,
                "<p>定于下周召开会议。</p>").build());
        long normativeItem = fx.item(county, normative);
        long noticeItem = fx.item(county, notice);
        assertThat(itemStatus(normativeItem)).isEqualTo("REPOSTED");
        long copy = copyOf(normativeItem);
        assertThat(fx.editionStatus(copy)).isEqualTo("SUBMITTED");
        assertThat(mvc.perform(get("/documents/" + copy)).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(itemStatus(noticeItem)).isEqualTo("QUEUED");
        // the other county has no rule: its queue is its own business (it did not even subscribe)
        assertThat(jdbc.sql("select count(*) from repost_item where organisation_id = ?").param(other.org().id())
                .query(Long.class).single()).isZero();

        // the policy: a publisher's; WITHDRAW withdraws the published re-post when the original is withdrawn
        mvc.perform(post("/admin/syndication/rules/policy").with(fixtures.as(county.editor())).with(csrf())
                .param("onSourceGone", "WITHDRAW")).andExpect(status().isForbidden());
        mvc.perform(post("/admin/syndication/rules/policy").with(fixtures.as(county.publisher())).with(csrf())
                .param("onSourceGone", "SOMETIMES")).andExpect(status().isBadRequest());
        mvc.perform(post("/admin/syndication/rules/policy").with(fixtures.as(county.publisher())).with(csrf())
                .param("onSourceGone", "WITHDRAW")).andExpect(status().is3xxRedirection());
        fx.approveAndPublish(county, copy);
        assertThat(fx.editionStatus(copy)).isEqualTo("PUBLISHED");
        fx.withdraw(province, normative, "停止执行");
        assertThat(fx.editionStatus(copy)).isEqualTo("WITHDRAWN");
        String withdrawn = mvc.perform(get("/documents/" + copy + "?fresh=" + run)).andReturn().getResponse()
                .getContentAsString();
        assertThat(withdrawn).contains("本转载按本机关规则自动撤回");

        // deleting the rule: later documents stay queued
        mvc.perform(post("/admin/syndication/rules/" + ruleId + "/delete").with(fixtures.as(county.editor())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        long later = fx.published(province, SyndicationFixture.content(province, "关于学籍管理的规定" + run,
                "<p>第一条</p>").kind(DocumentKind.NORMATIVE).build());
        assertThat(itemStatus(fx.item(county, later))).isEqualTo("QUEUED");
    }
}
