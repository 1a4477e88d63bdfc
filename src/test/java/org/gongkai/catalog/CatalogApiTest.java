package org.gongkai.catalog;

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
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.gongkai.support.StaffFixtures.basic;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class CatalogApiTest {

    @Autowired MockMvc mvc;
    @Autowired OrganisationRegistry organisations;
    @Autowired StaffRegistry staffRegistry;
    @Autowired JdbcClient jdbc;
    @Autowired org.gongkai.platform.DatabaseOwner owner;

    long bureau, school, other;
    Staff editor, publisher, reviewer, schoolEditor, otherEditor;

    @BeforeEach
    void fixtures() {
        StaffFixtures f = new StaffFixtures(organisations, staffRegistry, mvc);
        bureau = f.organisation(null, OrganisationKind.COUNTY);
        school = f.organisation(bureau, OrganisationKind.SCHOOL);
        other = f.organisation(null, OrganisationKind.COUNTY);
        editor = f.user(bureau, Role.EDITOR);
        publisher = f.user(bureau, Role.PUBLISHER);
        reviewer = f.user(bureau, Role.REVIEWER);
        schoolEditor = f.user(school, Role.EDITOR);
        otherEditor = f.user(other, Role.EDITOR);
    }

    private String url(long org) {
        return "/api/v1/organisations/" + org + "/catalog";
    }

    private ResultActions create(Staff as, long org, String json) throws Exception {
        return mvc.perform(post(url(org)).with(basic(as)).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private long createId(Staff as, long org, String json) throws Exception {
        String body = create(as, org, json).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return Long.parseLong(body.replaceAll("^\\{\"id\":(\\d+),.*$", "$1"));
    }

    @Test
    void createReadUpdateMoveAndDelete() throws Exception {
        create(editor, bureau, """
                {"name":"政策文件","opennessClass":"DECISION","columnKind":"POLICY"}""")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString(url(bureau) + "/")))
                .andExpect(jsonPath("$.name", is("政策文件")))
                .andExpect(jsonPath("$.timeLimitDays", is(20)))
                .andExpect(jsonPath("$.opennessClassLabel", is("决策公开")));
        long top = jdbc.sql("select id from catalog_node where organisation_id = ? and name = '政策文件'").param(bureau)
                .query(Long.class).single();
        long a = createId(publisher, bureau, """
                {"parentId":%d,"name":"规范性文件","opennessClass":"DECISION","timeLimitDays":15}""".formatted(top));
        long b = createId(editor, bureau, """
                {"parentId":%d,"name":"其他文件","opennessClass":"RESULT","columnKind":"notice"}""".formatted(top));

        mvc.perform(get(url(bureau)).with(basic(reviewer)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].children[0].name", is("规范性文件")))
                .andExpect(jsonPath("$[0].children[1].name", is("其他文件")))
                .andExpect(jsonPath("$[0].children[1].columnKind", is("NOTICE")));

        mvc.perform(put(url(bureau) + "/" + a).with(basic(editor)).contentType(MediaType.APPLICATION_JSON).content("""
                        {"parentId":%d,"name":"规范性文件（有效）","opennessClass":"DECISION","timeLimitDays":10,"description":"现行有效"}"""
                        .formatted(top)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name", is("规范性文件（有效）")))
                .andExpect(jsonPath("$.timeLimitDays", is(10)))
                .andExpect(jsonPath("$.version", is(1)));

        mvc.perform(post(url(bureau) + "/" + b + "/move").param("direction", "UP").with(basic(editor)))
                .andExpect(status().isOk());
        mvc.perform(get(url(bureau)).with(basic(editor)))
                .andExpect(jsonPath("$[0].children[0].name", is("其他文件")))
                .andExpect(jsonPath("$[0].children[1].name", is("规范性文件（有效）")));

        mvc.perform(delete(url(bureau) + "/" + top).with(basic(editor)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.message", containsString("下级栏目")));
        mvc.perform(delete(url(bureau) + "/" + a).with(basic(editor))).andExpect(status().isNoContent());
        mvc.perform(get(url(bureau) + "/" + a).with(basic(editor))).andExpect(status().isNotFound());
    }

    @Test
    void validationAnswers400WithAMessagePerField() throws Exception {
        create(editor, bureau, """
                {"name":"   ","opennessClass":"DECISION"}""")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.fields.name", is("请填写栏目名称。")));
        create(editor, bureau, """
                {"name":"x","opennessClass":"DECISION","timeLimitDays":0}""")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.fields.timeLimitDays").exists());
        create(editor, bureau, """
                {"name":"x","opennessClass":"DECISION","timeLimitDays":366}""")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.fields.timeLimitDays").exists());
        create(editor, bureau, """
                {"name":"x","opennessClass":"SECRET","columnKind":"BLOG"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fields.opennessClass").exists())
                .andExpect(jsonPath("$.fields.columnKind").exists());
        create(editor, bureau, """
                {"parentId":999999999,"name":"x","opennessClass":"DECISION"}""")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.fields.parentId").exists());

        long foreign = createId(otherEditor, other, """
                {"name":"别人的栏目","opennessClass":"RESULT"}""");
        create(editor, bureau, """
                {"parentId":%d,"name":"x","opennessClass":"DECISION"}""".formatted(foreign))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.fields.parentId").exists());

        createId(editor, bureau, """
                {"name":"通知公告","opennessClass":"EXECUTION"}""");
        create(publisher, bureau, """
                {"name":" 通知公告 ","opennessClass":"RESULT"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fields.name", is("同一上级栏目下已有同名栏目。")));
    }

    @Test
    void aNodeCannotMoveBelowItselfAndStaleVersionsAreRefused() throws Exception {
        long top = createId(editor, bureau, """
                {"name":"上级","opennessClass":"DECISION"}""");
        long child = createId(editor, bureau, """
                {"parentId":%d,"name":"下级","opennessClass":"DECISION"}""".formatted(top));
        mvc.perform(put(url(bureau) + "/" + top).with(basic(editor)).contentType(MediaType.APPLICATION_JSON).content("""
                        {"parentId":%d,"name":"上级","opennessClass":"DECISION"}""".formatted(child)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.fields.parentId").exists());
        mvc.perform(put(url(bureau) + "/" + child).with(basic(editor)).contentType(MediaType.APPLICATION_JSON).content("""
                        {"parentId":%d,"name":"下级","opennessClass":"DECISION","version":7}""".formatted(top)))
                .andExpect(status().isConflict());
        mvc.perform(put(url(bureau) + "/" + child).with(basic(editor)).contentType(MediaType.APPLICATION_JSON).content("""
                        {"name":"移到顶级","opennessClass":"DECISION","version":0}"""))
                .andExpect(status().isOk()).andExpect(jsonPath("$.parentId").doesNotExist());
    }

    @Test
    void onlyEditorsAndPublishersOfTheOrganisationEditAndHigherLevelsOnlyRead() throws Exception {
        String node = """
                {"name":"栏目","opennessClass":"SERVICE"}""";
        create(otherEditor, bureau, node).andExpect(status().isForbidden());
        create(reviewer, bureau, node).andExpect(status().isForbidden());
        create(editor, school, node).andExpect(status().isForbidden());
        long schoolNode = createId(schoolEditor, school, node);

        mvc.perform(get(url(school)).with(basic(editor))).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].name", is("栏目")));
        mvc.perform(put(url(school) + "/" + schoolNode).with(basic(editor)).contentType(MediaType.APPLICATION_JSON)
                .content(node)).andExpect(status().isForbidden());
        mvc.perform(delete(url(school) + "/" + schoolNode).with(basic(editor))).andExpect(status().isForbidden());
        mvc.perform(get(url(bureau)).with(basic(schoolEditor))).andExpect(status().isForbidden());
        mvc.perform(get(url(bureau)).with(basic(otherEditor))).andExpect(status().isForbidden());
        mvc.perform(get(url(bureau))).andExpect(status().isUnauthorized());
    }

    @Test
    void unknownIdsAnswer404() throws Exception {
        mvc.perform(get(url(999_999_999L)).with(basic(editor))).andExpect(status().isNotFound());
        mvc.perform(get(url(bureau) + "/999999999").with(basic(editor))).andExpect(status().isNotFound());
        mvc.perform(put(url(bureau) + "/999999999").with(basic(editor)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"x\",\"opennessClass\":\"RESULT\"}")).andExpect(status().isNotFound());
        mvc.perform(delete(url(bureau) + "/999999999").with(basic(editor))).andExpect(status().isNotFound());
        long schoolNode = createId(schoolEditor, school, "{\"name\":\"学校栏目\",\"opennessClass\":\"RESULT\"}");
        // a node is only found through its own organisation
        mvc.perform(get(url(bureau) + "/" + schoolNode).with(basic(editor))).andExpect(status().isNotFound());
    }

    @Test
    void aNodeThatSomethingRefersToIsNotDeleted() throws Exception {
        long node = createId(editor, bureau, "{\"name\":\"有文件的栏目\",\"opennessClass\":\"RESULT\"}");
        String table = StaffFixtures.unique("test_ref_").toLowerCase();
        JdbcClient jdbc = owner.jdbc(); // the application's own user creates no tables
        jdbc.sql("create table " + table + " (node_id bigint references catalog_node (id))").update();
        try {
            jdbc.sql("insert into " + table + " values (?)").param(node).update();
            mvc.perform(delete(url(bureau) + "/" + node).with(basic(editor)))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.message", containsString("有文件的栏目")));
        } finally {
            jdbc.sql("drop table " + table).update();
        }
        mvc.perform(delete(url(bureau) + "/" + node).with(basic(editor))).andExpect(status().isNoContent());
    }

    @Test
    void theOpenApiDocumentDescribesTheCatalog() throws Exception {
        mvc.perform(get("/api/v1/openapi.json").with(basic(editor)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/organisations/{orgId}/catalog'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/organisations/{orgId}/catalog/{nodeId}'].delete").exists());
    }
}
