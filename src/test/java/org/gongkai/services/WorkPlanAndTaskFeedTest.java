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
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Work plans and summaries linked to published documents and shown beside the year's tasks (unpublished documents
 * refused, other organisations' documents refused); the task ledger's Atom feed (published tasks only, text escaped).
 */
@IntegrationTest
class WorkPlanAndTaskFeedTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired CatalogEditing catalog;
    @Autowired CreateDocument create;
    @Autowired SubmitForReview submit;
    @Autowired ReviewEdition review;
    @Autowired PublishEdition publish;
    @Autowired OrganisationDirectory organisations;
    @Autowired ManageTaskLedger ledger;

    record Site(long id, String slug, StaffUser editor, StaffUser reviewer, StaffUser publisher, long column) {
    }

    Site site(String name) {
        long id = fixtures.organisation(name);
        StaffUser editor = fixtures.staff(id, Role.EDITOR);
        CatalogNode node = catalog.create(editor, id, NodeDraft.of(null, "计划总结", OpennessClass.EXECUTION,
                ColumnKind.OTHER, CatalogNode.DEFAULT_TIME_LIMIT_DAYS));
        return new Site(id, organisations.get(id).slug(), editor, fixtures.staff(id, Role.REVIEWER),
                fixtures.staff(id, Role.PUBLISHER), node.id());
    }

    long document(Site s, String title, boolean toPublic) {
        LocalDate today = ledger.today();
        long id = create.create(s.editor(), s.id(), DocumentContent.builder().catalogNodeId(s.column()).title(title)
                .issuer("计划测试教育局").writtenDate(today).publishDate(today).opennessClass("EXECUTION")
                .bodyHtml("<p>" + title + "</p>").build());
        if (toPublic) {
            submit.submit(s.editor(), id);
            review.approve(s.reviewer(), id, null);
            publish.publishNow(s.publisher(), id);
        }
        return id;
    }

    @Test
    void workPlansAndSummariesSitBesideTheYearsTasks() throws Exception {
        Site s = site("计划县局");
        Site other = site("计划邻县");
        long plan = document(s, "2026 年教育工作要点", true);
        long summary = document(s, "2026 年教育工作总结", true);
        long draft = document(s, "未发布的总结", false);
        long foreign = document(other, "邻县工作要点", true);
        long task = ledger.create(s.editor(), new TaskForm("2026", "1", "推进集团化办学", null, "基础教育科", null,
                "2026-12-31", "IN_PROGRESS", null, null));
        ledger.publish(s.publisher(), task);

        mvc.perform(get("/admin/services/work-plans").with(fixtures.as(s.editor()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("还没有关联工作计划或总结")));
        mvc.perform(get("/o/" + s.slug())).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/o/" + s.slug() + "/work-plans"))));
        mvc.perform(post("/admin/services/work-plans").with(csrf()).param("year", "1999").param("kind", "X")
                        .param("document", "/documents/" + draft).with(fixtures.as(s.editor())))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("href=\"#year\"")))
                .andExpect(content().string(containsString("请选择工作计划或工作总结")))
                .andExpect(content().string(containsString("本机构没有这份已公开的文件")));
        mvc.perform(post("/admin/services/work-plans").with(csrf()).param("year", "2026").param("kind", "PLAN")
                        .param("document", String.valueOf(foreign)).with(fixtures.as(s.editor())))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/admin/services/work-plans").param("year", "2026").param("kind", "PLAN")
                .param("document", String.valueOf(plan)).with(fixtures.as(s.editor()))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/services/work-plans").with(csrf()).param("year", "2026").param("kind", "PLAN")
                .param("document", String.valueOf(plan)).with(fixtures.as(s.publisher()))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/services/work-plans").with(csrf()).param("year", "2026").param("kind", "PLAN")
                        .param("document", "/documents/" + plan).with(fixtures.as(s.editor())))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/services/work-plans").with(csrf()).param("year", "2026").param("kind", "SUMMARY")
                        .param("document", "https://example.org/documents/" + summary).with(fixtures.as(s.editor())))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/admin/services/work-plans?org=" + s.id()).with(fixtures.as(other.editor())))
                .andExpect(status().isForbidden());

        mvc.perform(get("/o/" + s.slug() + "/work-plans")).andExpect(status().isOk())
                .andExpect(content().string(containsString("2026 年教育工作要点")))
                .andExpect(content().string(containsString("2026 年教育工作总结")))
                .andExpect(content().string(containsString("/o/" + s.slug() + "/tasks?year=2026")))
                .andExpect(content().string(not(containsString("未发布的总结"))));
        mvc.perform(get("/o/" + s.slug())).andExpect(status().isOk())
                .andExpect(content().string(containsString("/o/" + s.slug() + "/work-plans")));
    }

    @Test
    void theTaskFeedCarriesPublishedTasksOnly() throws Exception {
        long org = fixtures.organisation("任务订阅县");
        String slug = organisations.get(org).slug();
        StaffUser editor = fixtures.staff(org, Role.EDITOR);
        StaffUser publisher = fixtures.staff(org, Role.PUBLISHER);
        long shown = ledger.create(editor, new TaskForm("2026", "1", "<script>x</script>改善办学条件", null, "规划科", null,
                ledger.today().minusDays(1).toString(), "IN_PROGRESS", null, null));
        ledger.create(editor, new TaskForm("2026", "2", "未公开的任务", null, "规划科", null, "2026-12-31",
                "NOT_STARTED", null, null));
        ledger.publish(publisher, shown);
        mvc.perform(get("/o/" + slug + "/tasks/feed.atom")).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("application/atom+xml")))
                .andExpect(content().string(containsString("/tasks/" + shown)))
                .andExpect(content().string(containsString("&lt;script&gt;x&lt;/script&gt;改善办学条件")))
                .andExpect(content().string(containsString("已逾期")))
                .andExpect(content().string(not(containsString("未公开的任务"))));
        mvc.perform(get("/o/" + slug + "/tasks")).andExpect(status().isOk())
                .andExpect(content().string(containsString("/o/" + slug + "/tasks/feed.atom")));
        mvc.perform(get("/o/no-such-site/tasks/feed.atom")).andExpect(status().isNotFound());
    }
}
