package org.gongkai.budget;

import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.audit.StaffAction;
import org.gongkai.support.Fixtures;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The budget glossary (ADR 0051): kept by an organisation's staff with a message per field, audited, each entry
 * saying whose wording it is; shown with every publication of the organisation and of those below it (the lower
 * one's entry for the same term first) and on its own public page; others' terms out of reach; hostile text inert.
 */
@IntegrationTest
@RecordApplicationEvents
class BudgetGlossaryTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired OrganisationDirectory organisations;
    @Autowired BudgetPublications actions;
    @Autowired BudgetStore store;
    @Autowired GlossaryStore glossary;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEvents events;

    long term(StaffUser user, String term, String definition, String source, String citation) throws Exception {
        mvc.perform(post("/admin/budgets/glossary").param("term", term).param("definition", definition)
                        .param("source", source).param("citation", citation).param("version", "0")
                        .with(csrf()).with(fixtures.as(user)))
                .andExpect(status().is3xxRedirection());
        return jdbc.sql("select id from budget_glossary_term where organisation_id = ? and term = ?")
                .params(user.organisationId(), term).query(Long.class).single();
    }

    void publishBudget(long org, StaffUser editor, StaffUser publisher) {
        BudgetPublications.Uploaded u = actions.upload(editor, org, new BudgetPublications.Upload("2026", "BUDGET",
                "2026 年部门预算", LocalDate.now().minusDays(3).toString(), null, null), "t.xlsx",
                BudgetPublicationTest.workbook("500.00"));
        actions.publish(publisher, u.id(), "已审查", String.valueOf(store.find(u.id()).orElseThrow().version()));
    }

    @Test
    void termsKeptAboveAndBelowAreShownWithThePublicationEachSayingWhoseWordingItIs() throws Exception {
        long city = fixtures.organisation("名词市教育局");
        long county = fixtures.organisation("名词县教育局", city);
        StaffUser cityEditor = fixtures.staff(city, Role.EDITOR);
        StaffUser countyEditor = fixtures.staff(county, Role.EDITOR);
        StaffUser countyPublisher = fixtures.staff(county, Role.PUBLISHER);
        long written = term(cityEditor, "三公经费", "市局编写的说明。", "WRITTEN", "");
        term(cityEditor, "机关运行经费", "市局编写：机关运行的经费。", "WRITTEN", "ignored");
        term(countyEditor, "三公经费", "县局的说明<script>alert(1)</script>", "CITED", "《某某文件》第三条");
        assertThat(events.stream(StaffAction.class).filter(a -> a.action().equals("budget.glossary.save"))
                .filter(a -> a.targetId().equals(String.valueOf(written)))).singleElement()
                .satisfies(a -> assertThat(a.after()).containsEntry("source", "WRITTEN").containsEntry("term", "三公经费"));
        // a citation is kept only for a quotation
        assertThat(glossary.applicable(java.util.List.of(city))).extracting(GlossaryTerm::citation).containsOnlyNulls();

        publishBudget(county, countyEditor, countyPublisher);
        String slug = organisations.get(county).slug();
        String year = mvc.perform(get("/o/{s}/budgets/2026", slug)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(year).contains("名词解释", "机关运行经费", "市局编写：机关运行的经费。", "本单位编写的说明，非官方定义。",
                        "引自：《某某文件》第三条", "县局的说明&lt;script&gt;")
                .doesNotContain("市局编写的说明。", "<script>alert(1)");
        String page = mvc.perform(get("/o/{s}/budgets/glossary", slug)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("机关运行经费", "县局的说明&lt;script&gt;").doesNotContain("<script>alert");
        // the city's own page shows its own wording
        mvc.perform(get("/o/{s}/budgets/glossary", organisations.get(city).slug()))
                .andExpect(content().string(allOf(containsString("市局编写的说明。"), not(containsString("县局的说明")))));
    }

    @Test
    void theFormAnswers400WithAMessagePerFieldAndStaleOrForeignChangesAreRefused() throws Exception {
        long org = fixtures.organisation("名词表单县");
        long other = fixtures.organisation("名词别县");
        StaffUser editor = fixtures.staff(org, Role.EDITOR);
        StaffUser reviewer = fixtures.staff(org, Role.REVIEWER);
        StaffUser stranger = fixtures.staff(other, Role.EDITOR);
        mvc.perform(post("/admin/budgets/glossary").param("term", " ").param("definition", "")
                        .param("source", "CITED").param("citation", " ").with(csrf()).with(fixtures.as(editor)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("请填写名词"), containsString("请填写解释"),
                        containsString("引用时请写明所引文件及条款"), containsString("href=\"#term\""),
                        containsString("aria-invalid=\"true\""))));
        mvc.perform(post("/admin/budgets/glossary").param("term", "x").param("definition", "y")
                        .param("source", "OFFICIAL").with(csrf()).with(fixtures.as(editor)))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("请选择出处")));
        long id = term(editor, "一般公共预算", "本县编写。", "WRITTEN", "");
        mvc.perform(post("/admin/budgets/glossary").param("term", "一般公共预算").param("definition", "again")
                        .param("source", "WRITTEN").with(csrf()).with(fixtures.as(editor)))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("本单位已有这个名词的解释")));
        // no CSRF token, another organisation, a role that does not edit, a term that does not exist
        mvc.perform(post("/admin/budgets/glossary").param("term", "z").param("definition", "z").param("source", "WRITTEN")
                .with(fixtures.as(editor))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/budgets/glossary/{id}", id).with(fixtures.as(stranger))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/budgets/glossary/{id}", id).param("term", "t").param("definition", "d")
                .param("source", "WRITTEN").param("version", "0").with(csrf()).with(fixtures.as(stranger)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/budgets/glossary/{id}/delete", id).param("version", "0").with(csrf())
                .with(fixtures.as(stranger))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/budgets/glossary").param("term", "z").param("definition", "z").param("source", "WRITTEN")
                .with(csrf()).with(fixtures.as(reviewer))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/budgets/glossary/{id}", 999_999_999L).with(fixtures.as(editor))).andExpect(status().isNotFound());
        // the reviewer reads, without a form
        mvc.perform(get("/admin/budgets/glossary/{id}", id).with(fixtures.as(reviewer))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("本县编写。"), not(containsString("name=\"definition\"")))));
        mvc.perform(get("/admin/budgets/glossary").with(fixtures.as(reviewer))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("一般公共预算"), containsString("aria-sort=\"ascending\""))));
        mvc.perform(get("/admin/budgets/glossary").with(fixtures.as(stranger))).andExpect(status().isOk())
                .andExpect(content().string(containsString("还没有名词解释")));

        // a change made on an old version is refused; on the current one it is saved and audited
        mvc.perform(post("/admin/budgets/glossary/{id}", id).param("term", "一般公共预算").param("definition", "改过")
                .param("source", "WRITTEN").param("version", "0").with(csrf()).with(fixtures.as(editor)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/budgets/glossary/{id}", id).param("term", "一般公共预算").param("definition", "又改")
                .param("source", "WRITTEN").param("version", "0").with(csrf()).with(fixtures.as(editor)))
                .andExpect(status().isConflict());
        assertThat(glossary.find(id).orElseThrow().definition()).isEqualTo("改过");
        mvc.perform(post("/admin/budgets/glossary/{id}/delete", id).param("version", "1").with(csrf())
                .with(fixtures.as(editor))).andExpect(status().is3xxRedirection());
        assertThat(glossary.find(id)).isEmpty();
        assertThat(events.stream(StaffAction.class).filter(a -> a.action().equals("budget.glossary.delete"))
                .filter(a -> a.targetId().equals(String.valueOf(id)))).hasSize(1);
    }
}
