package org.gongkai.services;

import org.gongkai.catalog.CatalogEditing;
import org.gongkai.catalog.CatalogNode;
import org.gongkai.catalog.ColumnKind;
import org.gongkai.catalog.NodeDraft;
import org.gongkai.catalog.OpennessClass;
import org.gongkai.document.CreateDocument;
import org.gongkai.document.DocumentContent;
import org.gongkai.document.PublishEdition;
import org.gongkai.document.ReviewEdition;
import org.gongkai.document.SubmitForReview;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.support.Fixtures;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The JSON API, Atom feeds, sitemap entries and public change history of replies, clean-ups and work plans (issue
 * #20, ADR 0050): published versions only, each change of a public reply a new edition with what it changed, and
 * nothing from a draft on any of them.
 */
@IntegrationTest
class ResultsHistoryApiTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired CatalogEditing catalog;
    @Autowired CreateDocument create;
    @Autowired SubmitForReview submit;
    @Autowired ReviewEdition review;
    @Autowired PublishEdition publish;
    @Autowired OrganisationDirectory organisations;
    @Autowired ManageDeputyReplies replies;
    @Autowired ManageCleanUps cleanUps;
    @Autowired ManageWorkPlans plans;
    @Autowired JdbcClient jdbc;

    record Site(long id, String slug, StaffUser editor, StaffUser reviewer, StaffUser publisher, long column) {
    }

    Site site(String name) {
        long id = fixtures.organisation(name);
        StaffUser editor = fixtures.staff(id, Role.EDITOR);
        CatalogNode node = catalog.create(editor, id, NodeDraft.of(null, "规范性文件", OpennessClass.EXECUTION,
                ColumnKind.OTHER, CatalogNode.DEFAULT_TIME_LIMIT_DAYS));
        return new Site(id, organisations.get(id).slug(), editor, fixtures.staff(id, Role.REVIEWER),
                fixtures.staff(id, Role.PUBLISHER), node.id());
    }

    long document(Site s, String title) {
        LocalDate today = replies.today();
        long id = create.create(s.editor(), s.id(), DocumentContent.builder().catalogNodeId(s.column()).title(title)
                .issuer("历史测试教育局").writtenDate(today).publishDate(today).opennessClass("EXECUTION")
                .bodyHtml("<p>" + title + "</p>").build());
        submit.submit(s.editor(), id);
        review.approve(s.reviewer(), id, null);
        publish.publishNow(s.publisher(), id);
        return id;
    }

    static DeputyReplyForm form(String code, String title, LocalDate today, String text, String version) {
        return new DeputyReplyForm("2026", "SUGGESTION", code, "十六届人大五次会议", title, "李代表", "基础教育科", null,
                today.minusDays(60).toString(), today.minusDays(10).toString(),
                text == null ? null : today.minusDays(20).toString(), text == null ? null : "FULL", text, null,
                text == null ? null : "A", null, version);
    }

    @Test
    void repliesHaveAnApiAFeedAndAPublicHistoryOfPublishedVersionsOnly() throws Exception {
        Site s = site("历史答复县局");
        LocalDate today = replies.today();
        long reply = replies.create(s.editor(), form("21", "关于午餐补助的建议", today, "补助标准提高到每天 5 元。", null));
        long second = replies.create(s.editor(), form("22", "关于校医配备的建议", today, "已配备校医。", null));
        long draft = replies.create(s.editor(), form("23", "草稿建议DRAFTREPLY", today, null, null));
        replies.update(s.editor(), reply, form("21", "关于午餐补助的建议", today, "草稿时的措辞DRAFTWORDING", "0"));
        replies.update(s.editor(), reply, form("21", "关于午餐补助的建议", today, "补助标准提高到每天 5 元。", "1"));

        mvc.perform(get("/api/v1/public/replies/items/" + reply)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/public/replies/" + s.slug())).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0));

        replies.publish(s.publisher(), reply);
        replies.publish(s.publisher(), second);
        // a change in public: a new edition that says what changed
        replies.update(s.publisher(), reply, form("21", "关于午餐补助的建议", today, "补助标准提高到每天 6 元。",
                jdbc.sql("select version from svc_proposal where id = ?").param(reply).query(String.class).single()));
        replies.addPromise(s.publisher(), reply, "秋季学期起执行新标准", today.plusDays(30).toString(), null);

        mvc.perform(get("/api/v1/public/replies/" + s.slug()).param("year", "2026").param("size", "1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.size").value(1))
                .andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.items[0].code").value("21"))
                .andExpect(jsonPath("$.items[0].url").value("/replies/" + reply))
                .andExpect(jsonPath("$.stats.received").value(2))
                .andExpect(content().string(not(containsString("DRAFTREPLY"))));
        mvc.perform(get("/api/v1/public/replies/" + s.slug()).param("page", "2").param("size", "1"))
                .andExpect(jsonPath("$.items[0].code").value("22"));
        mvc.perform(get("/api/v1/public/replies/" + s.slug()).param("kind", "PROPOSAL"))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/public/replies/" + s.slug()).param("kind", "NOPE")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/public/replies/" + s.slug()).param("size", "101")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/public/replies/nowhere")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/public/replies/items/" + draft)).andExpect(status().isNotFound());

        mvc.perform(get("/api/v1/public/replies/items/" + reply)).andExpect(status().isOk())
                .andExpect(jsonPath("$.reply.replyText").value("补助标准提高到每天 6 元。"))
                .andExpect(jsonPath("$.promises[0].text").value("秋季学期起执行新标准"))
                .andExpect(jsonPath("$.history", hasSize(3)))
                .andExpect(jsonPath("$.history[0].edition").value(3))
                .andExpect(jsonPath("$.history[0].changes[0].field").value("promises"))
                .andExpect(jsonPath("$.history[0].changes[0].index").value("1"))
                .andExpect(jsonPath("$.history[0].changes[0].was").doesNotExist())
                .andExpect(jsonPath("$.history[1].changes[0].field").value("replyText"))
                .andExpect(jsonPath("$.history[1].changes[0].was").value("补助标准提高到每天 5 元。"))
                .andExpect(jsonPath("$.history[1].changes[0].now").value("补助标准提高到每天 6 元。"))
                .andExpect(jsonPath("$.history[2].edition").value(1))
                .andExpect(jsonPath("$.history[2].changes", hasSize(0)))
                .andExpect(content().string(not(containsString("DRAFTWORDING"))));

        mvc.perform(get("/replies/" + reply)).andExpect(status().isOk())
                .andExpect(content().string(containsString("变更记录")))
                .andExpect(content().string(containsString("第 2 版")))
                .andExpect(content().string(containsString("<del><span>补助标准提高到每天 5 元。</span></del>")))
                .andExpect(content().string(containsString("<ins><span>补助标准提高到每天 6 元。</span></ins>")))
                .andExpect(content().string(not(containsString("DRAFTWORDING"))));
        mvc.perform(get("/o/" + s.slug() + "/replies")).andExpect(status().isOk())
                .andExpect(content().string(containsString("/o/" + s.slug() + "/replies/feed.atom")));
        mvc.perform(get("/o/" + s.slug() + "/replies/feed.atom")).andExpect(status().isOk())
                .andExpect(content().string(containsString("关于午餐补助的建议（第 3 版）")))
                .andExpect(content().string(containsString("/replies/" + second)))
                .andExpect(content().string(not(containsString("DRAFTREPLY"))));
        mvc.perform(get("/sitemap.xml")).andExpect(content().string(containsString("/replies/" + reply)))
                .andExpect(content().string(not(containsString("/replies/" + draft + "<"))));
        // editions are written once
        assertThatThrownBy(() -> jdbc.sql("delete from svc_public_edition where subject = ?").param(String.valueOf(reply))
                .update()).hasMessageContaining("written once");
    }

    @Test
    void cleanUpsAndWorkPlansHaveAnApiAFeedAndAPublicHistory() throws Exception {
        Site s = site("历史清理县局");
        long kept = document(s, "关于中小学收费管理的规定");
        long plan = document(s, "2026 年教育工作要点");
        long better = document(s, "2026 年教育工作要点（修订）");
        long summary = document(s, "2026 年教育工作总结");

        long c = cleanUps.create(s.editor(), "2026 年规范性文件清理DRAFTCLEANUP", "依据省政府通知", replies.today().toString());
        cleanUps.addItem(s.editor(), c, String.valueOf(kept), "KEPT", null, "仍然适用");
        mvc.perform(get("/api/v1/public/cleanups/items/" + c)).andExpect(status().isNotFound());
        cleanUps.apply(s.editor(), c);
        mvc.perform(get("/api/v1/public/cleanups/" + s.slug())).andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/o/" + s.slug() + "/cleanups/feed.atom")).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("DRAFTCLEANUP"))));
        cleanUps.publish(s.publisher(), c);

        int year = replies.today().getYear();
        mvc.perform(get("/api/v1/public/cleanups/" + s.slug()).param("year", String.valueOf(year)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].url").value("/cleanups/" + c));
        mvc.perform(get("/api/v1/public/cleanups/" + s.slug()).param("year", String.valueOf(year - 1)))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/public/cleanups/" + s.slug()).param("year", "abc")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/public/cleanups/items/" + c)).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].document").value(kept))
                .andExpect(jsonPath("$.items[0].decision").value("KEPT"))
                .andExpect(jsonPath("$.items[0].validityNow").value("VALID"))
                .andExpect(jsonPath("$.history", hasSize(1)))
                .andExpect(jsonPath("$.history[0].fields.items[0].reason").value("仍然适用"));
        mvc.perform(get("/cleanups/" + c)).andExpect(content().string(containsString("变更记录")));
        mvc.perform(get("/o/" + s.slug() + "/cleanups/feed.atom"))
                .andExpect(content().string(containsString("/cleanups/" + c)));

        plans.link(s.editor(), "2026", "PLAN", String.valueOf(plan));
        plans.link(s.editor(), "2026", "PLAN", "/documents/" + better);
        plans.link(s.editor(), "2026", "SUMMARY", String.valueOf(summary));
        long summaryLink = jdbc.sql("select id from svc_work_plan where document_id = ?").param(summary)
                .query(Long.class).single();
        plans.unlink(s.editor(), summaryLink);

        mvc.perform(get("/api/v1/public/work-plans/" + s.slug()).param("year", "2026")).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].document").value(better))
                .andExpect(jsonPath("$.items[0].kind").value("PLAN"));
        mvc.perform(get("/api/v1/public/work-plans/" + s.slug() + "/history")).andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(4)))
                .andExpect(jsonPath("$[0].kind").value("SUMMARY"))
                .andExpect(jsonPath("$[0].document").doesNotExist())
                .andExpect(jsonPath("$[2].document").value(better))
                .andExpect(jsonPath("$[2].edition").value(2))
                .andExpect(jsonPath("$[3].document").value(plan));
        mvc.perform(get("/o/" + s.slug() + "/work-plans")).andExpect(status().isOk())
                .andExpect(content().string(containsString("2026 年教育工作要点（修订）")))
                .andExpect(content().string(containsString("取消关联")))
                .andExpect(content().string(containsString("/o/" + s.slug() + "/work-plans/feed.atom")));
        mvc.perform(get("/o/" + s.slug() + "/work-plans/feed.atom")).andExpect(status().isOk())
                .andExpect(content().string(containsString("/documents/" + better)));
        mvc.perform(get("/sitemap.xml")).andExpect(content().string(containsString("/o/" + s.slug() + "/work-plans")));
    }
}
