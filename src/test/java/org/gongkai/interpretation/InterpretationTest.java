package org.gongkai.interpretation;

import org.gongkai.document.Validity;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.support.Fixtures;
import org.gongkai.support.PublishingSites;
import org.gongkai.support.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Policy interpretations: linked to the edition of a published policy, shown on the policy's page and in the site's
 * column only once published, labelled when the policy changes, Q&A as FAQPage JSON-LD; the back office's form,
 * its checks, and who may see and change a link.
 */
@IntegrationTest
class InterpretationTest {

    static final String QA_BODY = "<p>问：什么时候开始报名？</p><p>答：每年三月一日开始。</p><p>请留意通知。</p>"
            + "<p>问：需要带什么材料？</p><p>答：户口簿和<b>出生证明</b>。</p>";

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired InterpretationFixture fx;
    @Autowired LinkInterpretation link;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    final String run = UUID.randomUUID().toString().substring(0, 8);
    final AtomicInteger fresh = new AtomicInteger();

    /** A public page, read past the page cache (the portal evicts after commit, asynchronously). */
    String page(String path) throws Exception {
        String sep = path.contains("?") ? "&" : "?";
        return mvc.perform(get(path + sep + "fresh" + fresh.incrementAndGet() + "=" + run)).andReturn()
                .getResponse().getContentAsString();
    }

    /** The document page's own JSON-LD (the one with the page's {@code @id}, not the FAQPage). */
    JsonNode documentLd(long documentId) throws Exception {
        return Jsoup.parse(page("/documents/" + documentId)).select("script[type=application/ld+json]").stream()
                .map(e -> JsonMapper.builder().build().readTree(e.data()))
                .filter(n -> n.path("@id").asString().endsWith("/documents/" + documentId)).findFirst().orElseThrow();
    }

    static InterpretationInput input(long document, long policy, String form, String name) {
        return new InterpretationInput(String.valueOf(document), String.valueOf(policy), form, "DEPARTMENT", name,
                null, null);
    }

    @Test
    void aPublishedInterpretationIsListedOnItsPolicyAndLinksBackToTheEditionItExplains() throws Exception {
        PublishingSites.Site s = fx.site("解读县教育局" + run);
        long policy = fx.published(s, InterpretationFixture.content(s, "招生入学实施办法" + run, "<p>第一条 ……</p>").build());
        String secret = "未发布解读" + run;
        long interpretation = fx.draft(s, InterpretationFixture.content(s, secret, QA_BODY).build());
        long linkId = link.link(s.editor(), input(interpretation, policy, "QA", "基础教育科"));

        // not published yet: on no public page
        assertThat(page("/documents/" + policy)).doesNotContain(secret).doesNotContain("interp-h");
        assertThat(page("/o/" + s.org().slug() + "/interpretations")).doesNotContain(secret);
        assertThat(page("/interpretations")).doesNotContain(secret);
        assertThat(page("/o/" + s.org().slug())).doesNotContain("/interpretations");
        assertThat(page("/sitemap.xml")).doesNotContain("/documents/" + interpretation + "<");
        assertThat(page("/documents/" + interpretation)).doesNotContain(secret);
        assertThat(documentLd(policy).has("subjectOf")).isFalse();

        fx.publish(s, interpretation);
        Document policyPage = Jsoup.parse(page("/documents/" + policy));
        assertThat(policyPage.select("section.interpretations a[href=/documents/" + interpretation + "]").text())
                .isEqualTo(secret);
        assertThat(policyPage.select("section.interpretations").text()).contains("问答", "起草部门：基础教育科");
        assertThat(policyPage.select("a[href=/o/" + s.org().slug() + "/interpretations]")).isNotEmpty();

        Document own = Jsoup.parse(page("/documents/" + interpretation));
        assertThat(own.select("[role=note] a[href=/documents/" + policy + "]").text()).isEqualTo("招生入学实施办法" + run);
        assertThat(own.select("[role=note]").text()).doesNotContain("已修订", "废止");

        List<JsonNode> faq = own.select("script[type=application/ld+json]").stream()
                .map(e -> JsonMapper.builder().build().readTree(e.data()))
                .filter(n -> "FAQPage".equals(n.path("@type").asString())).toList();
        assertThat(faq).hasSize(1);
        JsonNode entities = faq.get(0).path("mainEntity");
        assertThat(entities.size()).isEqualTo(2);
        assertThat(entities.get(0).path("name").asString()).isEqualTo("什么时候开始报名？");
        assertThat(entities.get(0).path("acceptedAnswer").path("text").asString()).isEqualTo("每年三月一日开始。\n请留意通知。");
        assertThat(entities.get(1).path("acceptedAnswer").path("text").asString()).isEqualTo("户口簿和出生证明。");

        // the interpretation is in the policy's own JSON-LD, and the policy in the interpretation's
        JsonNode subjectOf = documentLd(policy).path("subjectOf");
        assertThat(subjectOf.size()).isEqualTo(1);
        assertThat(subjectOf.get(0).path("@id").asString()).endsWith("/documents/" + interpretation);
        assertThat(subjectOf.get(0).path("@type").asString()).isEqualTo("FAQPage");
        assertThat(subjectOf.get(0).path("genre").asString()).isEqualTo("问答");
        assertThat(subjectOf.get(0).path("name").asString()).isEqualTo(secret);
        assertThat(documentLd(interpretation).path("about").get(0).path("@id").asString())
                .endsWith("/documents/" + policy);

        String column = page("/o/" + s.org().slug() + "/interpretations?form=QA");
        assertThat(column).contains(secret);
        assertThat(page("/o/" + s.org().slug() + "/interpretations?form=VIDEO")).doesNotContain(secret);
        // the column across sites names the organisation, filters by form, and keeps the visitor's site frame
        Document across = Jsoup.parse(page("/interpretations?form=QA&site=" + s.org().slug()));
        assertThat(across.select("h1").text()).isEqualTo("各级政策解读");
        assertThat(across.select("ul.doclist li:contains(" + secret + ") .interp-org").text()).isEqualTo(s.org().name());
        assertThat(across.select("a[href^=/interpretations?form=VIDEO]")).isNotEmpty();
        assertThat(page("/interpretations?form=VIDEO")).doesNotContain(secret);
        assertThat(mvc.perform(get("/interpretations?form=NOPE")).andReturn().getResponse().getStatus()).isEqualTo(400);
        assertThat(Jsoup.parse(page("/o/" + s.org().slug() + "/interpretations")).select("a[href=/interpretations?site="
                + s.org().slug() + "]")).isNotEmpty();

        // withdrawn again: gone from the policy's page and the column
        fx.withdraw.withdraw(s.publisher(), interpretation, "内容调整");
        assertThat(Jsoup.parse(page("/documents/" + policy)).select("section.interpretations")).isEmpty();
        assertThat(documentLd(policy).has("subjectOf")).isFalse();
        assertThat(page("/o/" + s.org().slug() + "/interpretations")).doesNotContain(secret);
        assertThat(page("/interpretations")).doesNotContain(secret);
        assertThat(linkId).isPositive();
    }

    @Test
    void anInterpretationSaysWhenThePolicyItExplainsWasAmendedRepealedOrWithdrawn() throws Exception {
        PublishingSites.Site s = fx.site("解读变更县教育局" + run);
        long policy = fx.published(s, InterpretationFixture.content(s, "课后服务管理办法" + run, "<p>第一条</p>").build());
        long interpretation = fx.published(s, InterpretationFixture.content(s, "课后服务办法解读" + run, "<p>解读正文</p>").build());
        link.link(s.editor(), input(interpretation, policy, "TEXT", "办公室"));
        assertThat(Jsoup.parse(page("/documents/" + interpretation)).select(".banner").text()).isEmpty();

        fx.amend(s, policy, InterpretationFixture.content(s, "课后服务管理办法" + run, "<p>第一条（修订）</p>").build());
        Document amended = Jsoup.parse(page("/documents/" + interpretation));
        assertThat(amended.select(".banner").text()).contains("此前的版本");
        assertThat(Jsoup.parse(page("/documents/" + policy)).select("section.interpretations").text()).contains("此前的版本");

        long replacement = fx.published(s, InterpretationFixture.content(s, "课后服务管理新办法" + run, "<p>新</p>").build());
        fx.amend(s, policy, InterpretationFixture.content(s, "课后服务管理办法" + run, "<p>第一条（修订）</p>")
                .validity(Validity.REVISED).replacedByDocumentId(replacement).build());
        Document superseded = Jsoup.parse(page("/documents/" + interpretation));
        assertThat(superseded.select(".banner").text()).contains("已被替代");
        assertThat(superseded.select(".banner a[href=/documents/" + replacement + "]")).isNotEmpty();

        fx.amend(s, policy, InterpretationFixture.content(s, "课后服务管理办法" + run, "<p>第一条（修订）</p>")
                .validity(Validity.REPEALED).repealedOn(LocalDate.of(2026, 6, 1)).build());
        assertThat(Jsoup.parse(page("/documents/" + interpretation)).select(".banner").text()).contains("已废止或失效");

        fx.withdraw.withdraw(s.publisher(), policy, "停止执行");
        assertThat(Jsoup.parse(page("/documents/" + interpretation)).select(".banner").text()).contains("已撤回");
        // the interpretation stays public; no link to the withdrawn text's own page is lost
        assertThat(page("/o/" + s.org().slug() + "/interpretations")).contains("课后服务办法解读" + run, "政策已撤回");
    }

    @Test
    void theFormChecksEveryFieldAndTheDatabaseRefusesWhatTheFormWould() throws Exception {
        PublishingSites.Site s = fx.site("解读表单县教育局" + run);
        PublishingSites.Site other = fx.site("解读他县教育局" + run);
        long policy = fx.published(s, InterpretationFixture.content(s, "表单政策" + run, "<p>正文</p>").build());
        long otherDoc = fx.draft(other, InterpretationFixture.content(other, "他县文件" + run, "<p>正文</p>").build());
        long unpublishedPolicy = fx.draft(s, InterpretationFixture.content(s, "草稿政策" + run, "<p>正文</p>").build());
        long emptyBody = fx.draft(s, InterpretationFixture.content(s, "图解" + run, "").build());

        String html = mvc.perform(post("/admin/interpretations").with(fixtures.as(s.editor())).with(csrf()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        Document form = Jsoup.parse(html);
        assertThat(form.select(".error-text").eachAttr("id")).containsExactly("document-error", "policy-error",
                "form-error", "interpreter-error", "interpreterName-error");
        assertThat(form.select("[role=alert] li")).hasSize(5);

        assertThatThrownBy(() -> link.link(s.editor(), input(otherDoc, policy, "TEXT", "某科")))
                .hasFieldOrPropertyWithValue("fieldErrors", java.util.Map.of("document", "interp.error.document"));
        assertThatThrownBy(() -> link.link(s.editor(), input(emptyBody, unpublishedPolicy, "GRAPHIC", "某科")))
                .hasFieldOrPropertyWithValue("fieldErrors", java.util.Map.of("form", "interp.error.textAlternative",
                        "policy", "interp.error.policy"));
        assertThatThrownBy(() -> link.link(s.editor(), new InterpretationInput(String.valueOf(emptyBody),
                String.valueOf(policy), "VIDEO", "EXPERT", "张专家", "javascript:alert(1)", null)))
                .hasFieldOrPropertyWithValue("fieldErrors", java.util.Map.of("mediaUrl", "interp.error.mediaUrl",
                        "form", "interp.error.textAlternative"));
        assertThatThrownBy(() -> link.link(s.editor(), input(policy, policy, "TEXT", "某科")))
                .hasFieldOrPropertyWithValue("fieldErrors", java.util.Map.of("policy", "interp.error.self"));

        long ok = fx.draft(s, InterpretationFixture.content(s, "正常解读" + run, "<p>解读</p>").build());
        link.link(s.editor(), input(ok, policy, "TEXT", "某科"));
        assertThatThrownBy(() -> link.link(s.editor(), input(ok, policy, "EXPERT", "某科")))
                .isInstanceOf(org.gongkai.platform.web.ConflictException.class);
        // the database refuses a video without its address, whatever the form lets through
        assertThatThrownBy(() -> jdbc.sql("""
                insert into interpretation (organisation_id, document_id, policy_document_id, policy_organisation_id,
                    policy_edition_id, form, interpreter_role, interpreter_name, created_by)
                select ?, ?, ?, ?, (select max(id) from edition where document_id = ?), 'VIDEO', 'EXPERT', 'x', ?""")
                .params(s.org().id(), otherDoc, policy, s.org().id(), policy, s.editor().id()).update())
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }

    @Test
    void staffSeeTheirOwnLinksOnlyAndOnlyEditorsAndPublishersChangeThem() throws Exception {
        PublishingSites.Site s = fx.site("解读权限县教育局" + run);
        PublishingSites.Site other = fx.site("解读权限他县教育局" + run);
        long policy = fx.published(s, InterpretationFixture.content(s, "权限政策" + run, "<p>正文</p>").build());
        String hostile = "<script>alert('x')</script><img src=x onerror=alert(1)>";
        long doc = fx.published(s, InterpretationFixture.content(s, "权限解读" + run, "<p>解读</p>").build());

        // through the form, with CSRF
        mvc.perform(post("/admin/interpretations").with(fixtures.as(s.editor()))
                        .param("document", String.valueOf(doc)).param("policy", String.valueOf(policy))
                        .param("form", "TEXT").param("interpreter", "OFFICIAL").param("interpreterName", hostile))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isForbidden());
        String location = mvc.perform(post("/admin/interpretations").with(fixtures.as(s.editor())).with(csrf())
                        .param("document", String.valueOf(doc)).param("policy", String.valueOf(policy))
                        .param("form", "TEXT").param("interpreter", "OFFICIAL").param("interpreterName", hostile))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.replaceAll("\\D*(\\d+).*", "$1"));

        for (StaffUser u : List.of(s.editor(), s.reviewer(), s.publisher())) {
            String list = mvc.perform(get("/admin/interpretations").with(fixtures.as(u))).andReturn().getResponse()
                    .getContentAsString();
            assertThat(list).contains("权限解读" + run).doesNotContain("<script>alert");
            assertThat(mvc.perform(get("/admin/interpretations/" + id).with(fixtures.as(u))).andReturn()
                    .getResponse().getStatus()).isEqualTo(200);
        }
        String otherList = mvc.perform(get("/admin/interpretations").with(fixtures.as(other.editor()))).andReturn()
                .getResponse().getContentAsString();
        assertThat(otherList).doesNotContain("权限解读" + run).contains("还没有关联任何解读");
        assertThat(mvc.perform(get("/admin/interpretations/" + id).with(fixtures.as(other.editor()))).andReturn()
                .getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(post("/admin/interpretations/" + id + "/delete").with(fixtures.as(other.publisher()))
                .with(csrf())).andReturn().getResponse().getStatus()).isIn(403, 404);
        assertThat(mvc.perform(post("/admin/interpretations/" + id + "/delete").with(fixtures.as(s.reviewer()))
                .with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(403);
        StaffUser officer = fixtures.staff(s.org().id(), Role.DISCLOSURE_OFFICER);
        assertThat(mvc.perform(post("/admin/interpretations").with(fixtures.as(officer)).with(csrf())
                .param("document", String.valueOf(doc))).andReturn().getResponse().getStatus()).isEqualTo(403);

        // hostile text is inert on the public pages that show it
        Document policyPage = Jsoup.parse(page("/documents/" + policy));
        assertThat(policyPage.select("section.interpretations script, section.interpretations img")).isEmpty();
        assertThat(policyPage.select("section.interpretations").text()).contains("<script>alert('x')</script>");
        Document own = Jsoup.parse(page("/documents/" + doc));
        assertThat(own.select("[role=note] script, [role=note] img")).isEmpty();

        assertThat(mvc.perform(post("/admin/interpretations/" + id + "/delete").with(fixtures.as(s.publisher()))
                .with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(302);
        assertThat(Jsoup.parse(page("/documents/" + policy)).select("section.interpretations")).isEmpty();
        assertThat(jdbc.sql("select count(*) from audit_entry where action like 'interpretation.%' and target_id = ?")
                .param(String.valueOf(id)).query(Long.class).single()).isEqualTo(2);
    }
}
