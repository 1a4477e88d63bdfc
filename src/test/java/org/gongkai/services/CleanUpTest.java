package org.gongkai.services;

import org.gongkai.catalog.CatalogEditing;
import org.gongkai.catalog.CatalogNode;
import org.gongkai.catalog.ColumnKind;
import org.gongkai.catalog.NodeDraft;
import org.gongkai.catalog.OpennessClass;
import org.gongkai.document.CreateDocument;
import org.gongkai.document.DocumentContent;
import org.gongkai.document.PublishEdition;
import org.gongkai.document.PublishedDocuments;
import org.gongkai.document.ReviewEdition;
import org.gongkai.document.StartNewEdition;
import org.gongkai.document.SubmitForReview;
import org.gongkai.document.Validity;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.support.Fixtures;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

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
 * Normative-document clean-ups end to end: the list of documents and decisions with its refusals, the one-step
 * application (new editions with the decided 有效性 submitted to the documents' review, all or nothing), the
 * documents' pages showing the new validity once those editions are published, and the clean-up's result reaching
 * the public only when published.
 */
@IntegrationTest
class CleanUpTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired ManageCleanUps manage;
    @Autowired CatalogEditing catalog;
    @Autowired CreateDocument create;
    @Autowired SubmitForReview submit;
    @Autowired ReviewEdition review;
    @Autowired PublishEdition publish;
    @Autowired StartNewEdition newEdition;
    @Autowired PublishedDocuments published;
    @Autowired OrganisationDirectory organisations;
    @Autowired JdbcClient jdbc;
    @Autowired ManageTaskLedger ledger;

    record Site(long id, String slug, StaffUser editor, StaffUser reviewer, StaffUser publisher, long column) {
    }

    Site site(String name) {
        long id = fixtures.organisation(name);
        StaffUser editor = fixtures.staff(id, Role.EDITOR);
        CatalogNode node = catalog.create(editor, id, NodeDraft.of(null, "规范性文件", OpennessClass.EXECUTION,
                ColumnKind.POLICY, CatalogNode.DEFAULT_TIME_LIMIT_DAYS));
        return new Site(id, organisations.get(id).slug(), editor, fixtures.staff(id, Role.REVIEWER),
                fixtures.staff(id, Role.PUBLISHER), node.id());
    }

    long document(Site s, String title, LocalDate written) {
        DocumentContent content = DocumentContent.builder().catalogNodeId(s.column()).title(title).issuer("清理测试教育局")
                .writtenDate(written).publishDate(written).opennessClass("EXECUTION").bodyHtml("<p>" + title + "</p>")
                .build();
        long id = create.create(s.editor(), s.id(), content);
        toPublic(s, id);
        return id;
    }

    void toPublic(Site s, long id) {
        submit.submit(s.editor(), id);
        review.approve(s.reviewer(), id, null);
        publish.publishNow(s.publisher(), id);
    }

    MockHttpServletRequestBuilder formPost(String url, String... pairs) {
        MockHttpServletRequestBuilder b = post(url).with(csrf());
        for (int i = 0; i < pairs.length; i += 2) {
            b = b.param(pairs[i], pairs[i + 1]);
        }
        return b;
    }

    @Test
    void aCleanUpUpdatesTheDocumentsValidityInOneStepThroughTheirReview() throws Exception {
        LocalDate today = ledger.today();
        Site s = site("清理县局");
        Site other = site("清理邻县");
        long kept = document(s, "关于学生资助的管理办法", today.minusYears(3));
        long repealed = document(s, "关于收取借读费的规定", today.minusYears(8));
        long amended = document(s, "关于中小学作息时间的通知", today.minusYears(4));
        long amendment = document(s, "关于中小学作息时间的通知（修订）", today.minusDays(20));
        long busy = document(s, "关于教师培训的办法", today.minusYears(2));
        long foreign = document(other, "邻县文件", today.minusYears(2));
        newEdition.start(s.editor(), busy);

        // the clean-up and its refusals
        mvc.perform(formPost("/admin/services/cleanups", "title", "", "decidedOn", "2026-13-01").with(fixtures.as(s.editor())))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("href=\"#title\"")))
                .andExpect(content().string(containsString("href=\"#decidedOn\"")));
        mvc.perform(post("/admin/services/cleanups").param("title", "x").with(fixtures.as(s.editor())))
                .andExpect(status().isForbidden());
        mvc.perform(formPost("/admin/services/cleanups", "title", "x", "decidedOn", today.toString()).with(fixtures.as(s.publisher())))
                .andExpect(status().isForbidden());
        String location = mvc.perform(formPost("/admin/services/cleanups", "title", "2026 年规范性文件清理",
                        "basis", "根据上级关于开展规范性文件清理工作的通知", "decidedOn", today.toString()).with(fixtures.as(s.editor())))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.replaceAll(".*/cleanups/([0-9]+).*", "$1"));
        String base = "/admin/services/cleanups/" + id;
        mvc.perform(formPost(base + "/items", "document", "/documents/" + foreign, "decision", "KEPT").with(fixtures.as(s.editor())))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("本机构没有这份已公开的文件")));
        mvc.perform(formPost(base + "/items", "document", "abc", "decision", "X").with(fixtures.as(s.editor())))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("请填写文件编号")))
                .andExpect(content().string(containsString("请选择清理结果")));
        mvc.perform(formPost(base + "/items", "document", String.valueOf(amended), "decision", "AMENDED").with(fixtures.as(s.editor())))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("href=\"#replacedBy\"")));
        mvc.perform(formPost(base + "/items", "document", String.valueOf(kept), "decision", "KEPT",
                        "reason", "<b onmouseover=alert(1)>仍适用</b>").with(fixtures.as(s.editor())))
                .andExpect(status().is3xxRedirection());
        mvc.perform(formPost(base + "/items", "document", String.valueOf(kept), "decision", "KEPT").with(fixtures.as(s.editor())))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("已在清单中")));
        manage.addItem(s.editor(), id, "/documents/" + repealed, "REPEALED", null, "上位法已取消该收费");
        manage.addItem(s.editor(), id, String.valueOf(amended), "AMENDED", "/documents/" + amendment, null);
        long busyItem = manage.addItem(s.editor(), id, String.valueOf(busy), "REPEALED", null, null);
        mvc.perform(get(base).with(fixtures.as(other.editor()))).andExpect(status().isForbidden());
        mvc.perform(formPost(base + "/apply").with(fixtures.as(other.editor()))).andExpect(status().isForbidden());

        // a document with an edition in progress refuses the whole step: nothing started
        mvc.perform(formPost(base + "/apply").with(fixtures.as(s.editor())))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("已有正在编辑或审核的新版本")));
        assertThat(jdbc.sql("select count(*) from edition where document_id = ?").param(repealed).query(Long.class).single())
                .isEqualTo(1);
        mvc.perform(formPost(base + "/items/" + busyItem + "/remove").with(fixtures.as(s.editor())))
                .andExpect(status().is3xxRedirection());
        mvc.perform(formPost(base + "/publish").with(fixtures.as(s.publisher()))).andExpect(status().isConflict());

        // one step: two new editions submitted, the kept document untouched
        mvc.perform(formPost(base + "/apply").with(fixtures.as(s.editor())))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select status from edition where document_id = ? order by number desc limit 1")
                .param(repealed).query(String.class).single()).isEqualTo("SUBMITTED");
        assertThat(jdbc.sql("select status from edition where document_id = ? order by number desc limit 1")
                .param(amended).query(String.class).single()).isEqualTo("SUBMITTED");
        assertThat(jdbc.sql("select count(*) from edition where document_id = ?").param(kept).query(Long.class).single())
                .isEqualTo(1);
        assertThatThrownBy(() -> manage.addItem(s.editor(), id, String.valueOf(busy), "KEPT", null, null))
                .isInstanceOf(org.gongkai.platform.web.ConflictException.class);
        assertThatThrownBy(() -> jdbc.sql("delete from svc_cleanup_item where cleanup_id = ?").param(id).update())
                .hasMessageContaining("do not change");
        mvc.perform(formPost(base + "/apply").with(fixtures.as(s.editor()))).andExpect(status().isConflict());

        // nothing public before the publisher publishes it
        mvc.perform(get("/cleanups/" + id)).andExpect(status().isNotFound());
        mvc.perform(get("/o/" + s.slug() + "/cleanups")).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("2026 年规范性文件清理"))));
        mvc.perform(get("/o/" + s.slug())).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/o/" + s.slug() + "/cleanups"))));
        mvc.perform(formPost(base + "/publish").with(fixtures.as(s.editor()))).andExpect(status().isForbidden());
        mvc.perform(formPost(base + "/publish").with(fixtures.as(s.publisher()))).andExpect(status().is3xxRedirection());

        // the documents' pages change when their review publishes the new editions
        mvc.perform(get("/cleanups/" + id)).andExpect(status().isOk())
                .andExpect(content().string(containsString("关于收取借读费的规定")))
                .andExpect(content().string(containsString("上位法已取消该收费")))
                .andExpect(content().string(containsString("&lt;b onmouseover=alert(1)&gt;仍适用&lt;/b&gt;")))
                .andExpect(content().string(not(containsString("<b onmouseover"))));
        assertThat(published.find(repealed).orElseThrow().validity()).isEqualTo(Validity.VALID);
        review.approve(s.reviewer(), repealed, null);
        publish.publishNow(s.publisher(), repealed);
        review.approve(s.reviewer(), amended, null);
        publish.publishNow(s.publisher(), amended);
        assertThat(published.find(repealed).orElseThrow().validity()).isEqualTo(Validity.REPEALED);
        assertThat(published.find(repealed).orElseThrow().content().repealedOn()).isEqualTo(today);
        assertThat(published.find(amended).orElseThrow().validity()).isEqualTo(Validity.REVISED);
        assertThat(published.find(amended).orElseThrow().content().replacedByDocumentId()).isEqualTo(amendment);
        mvc.perform(get("/documents/" + repealed)).andExpect(status().isOk()).andExpect(content().string(containsString("废止")));
        mvc.perform(get("/cleanups/" + id)).andExpect(status().isOk())
                .andExpect(content().string(containsString("废止")))
                .andExpect(content().string(containsString("已修订")))
                .andExpect(content().string(containsString("关于中小学作息时间的通知（修订）")));
        mvc.perform(get("/o/" + s.slug())).andExpect(status().isOk())
                .andExpect(content().string(containsString("/o/" + s.slug() + "/cleanups")));
        String sitemap = mvc.perform(get("/sitemap.xml")).andReturn().getResponse().getContentAsString();
        assertThat(sitemap).contains("/cleanups/" + id + "<");
        assertThatThrownBy(() -> jdbc.sql("update svc_cleanup set published_at = null, published_by = null where id = ?")
                .param(id).update()).hasMessageContaining("stays published");
        mvc.perform(get("/admin/services/cleanups").with(fixtures.as(s.editor()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("2026 年规范性文件清理")));
        mvc.perform(get("/admin/services/cleanups/999999999").with(fixtures.as(s.editor()))).andExpect(status().isNotFound());
    }
}
