package org.gongkai.catalog;

import jakarta.servlet.http.Cookie;
import org.gongkai.identity.OrganisationKind;
import org.gongkai.identity.OrganisationRegistry;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffRegistry;
import org.gongkai.support.IntegrationTest;
import org.gongkai.support.StaffFixtures;
import org.gongkai.support.StaffFixtures.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class CatalogPageTest {

    @Autowired MockMvc mvc;
    @Autowired OrganisationRegistry organisations;
    @Autowired StaffRegistry staffRegistry;
    @Autowired CatalogTree tree;
    @Autowired CatalogEditing editing;

    long bureau, school, other;
    Cookie editor, higher, otherEditor;
    Staff schoolEditorStaff;

    @BeforeEach
    void fixtures() throws Exception {
        StaffFixtures f = new StaffFixtures(organisations, staffRegistry, mvc);
        bureau = f.organisation(null, OrganisationKind.CITY);
        school = f.organisation(bureau, OrganisationKind.SCHOOL);
        other = f.organisation(null, OrganisationKind.CITY);
        editor = f.signIn(f.user(bureau, Role.EDITOR));
        higher = editor;
        otherEditor = f.signIn(f.user(other, Role.EDITOR));
        schoolEditorStaff = f.user(school, Role.EDITOR);
    }

    private long nodeId(long org, String name) {
        return tree.nodesOf(org).stream().filter(e -> e.node().name().equals(name)).findFirst().orElseThrow().node().id();
    }

    @Test
    void anEditorBuildsTheCatalogThroughThePages() throws Exception {
        mvc.perform(get("/admin/catalog").cookie(editor))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("主动公开目录"), containsString("添加一级栏目"))));
        mvc.perform(get("/admin/catalog/new").cookie(editor))
                .andExpect(status().isOk()).andExpect(content().string(containsString("name=\"opennessClass\"")));

        mvc.perform(post("/admin/catalog/new").cookie(editor).with(csrf())
                        .param("name", "财政预决算").param("opennessClass", "RESULT").param("columnKind", "OTHER")
                        .param("timeLimitDays", "20"))
                .andExpect(status().is3xxRedirection());
        long top = nodeId(bureau, "财政预决算");
        mvc.perform(post("/admin/catalog/new").cookie(editor).with(csrf())
                        .param("parentId", String.valueOf(top)).param("name", "部门预算").param("opennessClass", "RESULT"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/catalog/new").cookie(editor).with(csrf())
                        .param("parentId", String.valueOf(top)).param("name", "部门决算").param("opennessClass", "RESULT"))
                .andExpect(status().is3xxRedirection());
        long budget = nodeId(bureau, "部门预算");
        long accounts = nodeId(bureau, "部门决算");

        mvc.perform(get("/admin/catalog").cookie(editor))
                .andExpect(content().string(allOf(containsString("部门预算"), containsString("结果公开"),
                        containsString("id=\"node-" + budget + "\""))));

        mvc.perform(get("/admin/catalog/" + budget + "/edit").cookie(editor))
                .andExpect(status().isOk()).andExpect(content().string(containsString("value=\"部门预算\"")));
        mvc.perform(post("/admin/catalog/" + budget + "/edit").cookie(editor).with(csrf())
                        .param("parentId", String.valueOf(top)).param("name", "部门预算（含三公经费）")
                        .param("opennessClass", "RESULT").param("columnKind", "POLICY").param("timeLimitDays", "20")
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection());
        assertThat(tree.get(budget).name()).isEqualTo("部门预算（含三公经费）");
        assertThat(tree.get(budget).columnKind()).isEqualTo(ColumnKind.POLICY);

        mvc.perform(post("/admin/catalog/" + accounts + "/move").cookie(editor).with(csrf()).param("direction", "UP"))
                .andExpect(status().is3xxRedirection());
        assertThat(tree.children(bureau, top).get(0).id()).isEqualTo(accounts);

        mvc.perform(post("/admin/catalog/" + top + "/delete").cookie(editor).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("还有下级栏目")));
        mvc.perform(post("/admin/catalog/" + accounts + "/delete").cookie(editor).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/admin/catalog?deleted"));
        assertThat(tree.find(accounts)).isEmpty();
    }

    @Test
    void anInvalidFormComesBackWithFieldMessagesAndTheInputKept() throws Exception {
        mvc.perform(post("/admin/catalog/new").cookie(editor).with(csrf())
                        .param("name", " ").param("opennessClass", "RESULT").param("timeLimitDays", "400")
                        .param("description", "我写的说明"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("请填写栏目名称。"),
                        containsString("公开时限应为 1 至 365 之间的整数"), containsString("我写的说明"),
                        containsString("value=\"400\""), containsString("aria-invalid=\"true\""),
                        containsString("<a href=\"#name\">请填写栏目名称。</a>"))));
        mvc.perform(post("/admin/catalog/new").cookie(editor).with(csrf())
                        .param("name", "x").param("opennessClass", "RESULT").param("timeLimitDays", "abc"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("公开时限应为")));
        mvc.perform(post("/admin/catalog/new").cookie(editor).with(csrf())
                        .param("parentId", "999999999").param("name", "x").param("opennessClass", "RESULT"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("所选上级栏目不存在")));
        mvc.perform(post("/admin/catalog/new").cookie(editor).with(csrf()).param("name", "招生考试").param("opennessClass", "SERVICE"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/catalog/new").cookie(editor).with(csrf()).param("name", "招生考试").param("opennessClass", "SERVICE"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("同一上级栏目下已有同名栏目"), containsString("value=\"招生考试\""))));
    }

    @Test
    void aHigherLevelReadsButDoesNotEditASubordinatesCatalog() throws Exception {
        CatalogNode node = editing.create(reload(schoolEditorStaff), school,
                NodeDraft.of(null, "食品安全", OpennessClass.MANAGEMENT, ColumnKind.NOTICE, 20));
        mvc.perform(get("/admin/catalog").param("org", String.valueOf(school)).cookie(higher))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("食品安全"), containsString("只能查看，不能修改"),
                        not(containsString("/admin/catalog/" + node.id() + "/edit")))));
        mvc.perform(get("/admin/catalog/" + node.id() + "/edit").cookie(higher)).andExpect(status().isForbidden());
        mvc.perform(post("/admin/catalog/" + node.id() + "/delete").cookie(higher).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/catalog").param("org", String.valueOf(bureau)).cookie(otherEditor))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/catalog/" + node.id() + "/edit").cookie(otherEditor).with(csrf())
                .param("name", "改名").param("opennessClass", "RESULT")).andExpect(status().isForbidden());
        mvc.perform(get("/admin/catalog/999999999/edit").cookie(editor)).andExpect(status().isNotFound());
        mvc.perform(get("/admin/catalog")).andExpect(status().is3xxRedirection());
    }

    private org.gongkai.identity.StaffUser reload(Staff s) {
        return new org.gongkai.identity.StaffUser(s.id(), s.username(), s.username(), s.organisationId(),
                java.util.Set.of(Role.EDITOR));
    }
}
