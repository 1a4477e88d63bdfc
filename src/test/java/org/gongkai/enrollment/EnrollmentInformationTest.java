package org.gongkai.enrollment;

import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.DatabaseOwner;
import org.gongkai.platform.audit.StaffAction;
import org.gongkai.support.Fixtures;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Enrollment information per county and year: the back-office forms and their field messages, publication as an
 * audited and final step, the public page (policy, schedule, schools with places beside each school's district from
 * the same year's published zoning, migrant children's rules), and what the public and other organisations must
 * never see or touch.
 */
@IntegrationTest
@RecordApplicationEvents
class EnrollmentInformationTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired OrganisationDirectory organisations;
    @Autowired EnrollmentYears years;
    @Autowired EnrollmentStore store;
    @Autowired ZoningRules zoningRules;
    @Autowired ZoningStore zoningStore;
    @Autowired JdbcClient jdbc;
    @Autowired DatabaseOwner owner;
    @Autowired ApplicationEvents events;

    record County(long id, String slug, StaffUser editor, StaffUser publisher) {
    }

    County county(String name) {
        long id = fixtures.organisation(name);
        return new County(id, organisations.get(id).slug(), fixtures.staff(id, Role.EDITOR), fixtures.staff(id, Role.PUBLISHER));
    }

    String body(RequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    int statusOf(RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    /** A complete draft year: texts, one schedule step, the given schools (name, places). */
    long draftYear(County c, int year, String marker, String... schools) {
        long id = years.open(c.editor(), c.id(), year, false);
        years.saveTexts(c.editor(), id, marker + "招生政策第一段\n\n" + marker + "招生政策第二段", marker + "随迁子女凭居住证入学",
                String.valueOf(store.find(id).orElseThrow().version()));
        years.addItem(c.editor(), id, new EnrollmentYears.ItemForm(year + "-07-01", year + "-07-05", marker + "网上报名"));
        for (int i = 0; i < schools.length; i += 2) {
            years.addSchool(c.editor(), id, new EnrollmentYears.SchoolForm(schools[i], "PRIMARY", schools[i + 1], null, null));
        }
        return id;
    }

    void publish(County c, long id, String title) {
        years.publish(c.publisher(), id, title, null, String.valueOf(store.find(id).orElseThrow().version()));
    }

    long publishedZoning(County c, int year, String csv) {
        long id = zoningRules.open(c.editor(), c.id(), year, false);
        assertThat(zoningRules.importRules(c.editor(), id, "r.csv", csv.getBytes(StandardCharsets.UTF_8)).problems()).isEmpty();
        zoningRules.publish(c.publisher(), id, year + "年学区划分方案", null, String.valueOf(zoningStore.find(id).orElseThrow().version()));
        return id;
    }

    @Test
    void staffBuildAYearThroughThePagesAndThePublicSeesEachSchoolBesideItsDistrict() throws Exception {
        County c = county("招生信息县教育局");
        publishedZoning(c, 2026, SchoolDistrictTest.HEADER + "实验小学,建设路,1,99,单号,,\n实验小学,,,,,阳光小区,含东区\n城南小学,解放路,,,,,\n");
        String location = mvc.perform(post("/admin/enrollment").param("year", "2026").with(csrf()).with(fixtures.as(c.editor())))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        int v = store.find(id).orElseThrow().version();
        mvc.perform(post("/admin/enrollment/{id}/texts", id).param("policy", "年满六周岁的适龄儿童就近入学。\n按学区划片招生。")
                        .param("migrantRules", "随迁子女凭居住证和务工证明申请入学。").param("version", String.valueOf(v))
                        .with(csrf()).with(fixtures.as(c.editor())))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/enrollment/{id}/schedule", id).param("startsOn", "2026-07-01").param("endsOn", "2026-07-10")
                        .param("what", "网上报名").with(csrf()).with(fixtures.as(c.editor())))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/enrollment/{id}/schedule", id).param("startsOn", "2026-08-20").param("endsOn", "2026-08-20")
                        .param("what", "公布录取结果").with(csrf()).with(fixtures.as(c.editor())))
                .andExpect(status().is3xxRedirection());
        for (String[] s : List.of(new String[]{"实验小学", "PRIMARY", "270"}, new String[]{"城南小学", "PRIMARY", "180"},
                new String[]{"城东中学", "JUNIOR", "400"})) {
            mvc.perform(post("/admin/enrollment/{id}/schools", id).param("name", s[0]).param("stage", s[1]).param("places", s[2])
                            .param("address", "").param("note", "").with(csrf()).with(fixtures.as(c.editor())))
                    .andExpect(status().is3xxRedirection());
        }
        // the editor sees everything but no publish form; the publisher publishes
        mvc.perform(get("/admin/enrollment/{id}", id).with(fixtures.as(c.editor())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("实验小学"), containsString("850"),
                        containsString("公布录取结果"), not(containsString("/publish\"")))));
        mvc.perform(post("/admin/enrollment/{id}/publish", id).param("decisionTitle", "关于做好2026年义务教育招生工作的通知")
                        .param("decisionUrl", "https://edu.example.gov.cn/2026/zs.html")
                        .param("version", String.valueOf(store.find(id).orElseThrow().version()))
                        .with(csrf()).with(fixtures.as(c.editor())))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/enrollment/{id}/publish", id).param("decisionTitle", "关于做好2026年义务教育招生工作的通知")
                        .param("decisionUrl", "https://edu.example.gov.cn/2026/zs.html")
                        .param("version", String.valueOf(store.find(id).orElseThrow().version()))
                        .with(csrf()).with(fixtures.as(c.publisher())))
                .andExpect(status().is3xxRedirection());
        assertThat(events.stream(StaffAction.class).filter(a -> a.targetId().equals(String.valueOf(id)))
                .map(StaffAction::action)).contains("enrol.open", "enrol.texts", "enrol.publish");
        assertThat(events.stream(StaffAction.class).filter(a -> a.action().equals("enrol.school.add"))
                .filter(a -> a.organisationId() == c.id())).hasSize(3);
        assertThat(events.stream(StaffAction.class).filter(a -> a.action().equals("enrol.publish"))
                .filter(a -> a.organisationId() == c.id()).findFirst().orElseThrow().actorId()).isEqualTo(c.publisher().id());

        String page = body(get("/o/{s}/enrollment", c.slug()));
        assertThat(page).contains("2026 年义务教育招生入学信息", "年满六周岁的适龄儿童就近入学。", "按学区划片招生。",
                "随迁子女凭居住证和务工证明申请入学。", "网上报名", "2026-07-01 – 2026-07-10", "公布录取结果",
                "共 3 所学校，计划招生 850 人", "关于做好2026年义务教育招生工作的通知", "https://edu.example.gov.cn/2026/zs.html",
                "实验小学", "270", "建设路 1", "阳光小区", "含东区", "城南小学", "解放路", "初中",
                "本年度学区划分未列出该校的招生范围", "/school-districts/" + c.slug() + "?year=2026", "2026年学区划分方案")
                .doesNotContain("<script");
        assertThat(body(get("/o/{s}/enrollment/2026", c.slug()))).contains("城东中学");
        assertThat(body(get("/o/{s}", c.slug()))).contains("/o/" + c.slug() + "/enrollment\"");
        assertThat(body(get("/sitemap.xml"))).contains("/o/" + c.slug() + "/enrollment/2026<");
        mvc.perform(get("/admin/enrollment/{id}", id).param("lang", "en").with(fixtures.as(c.editor()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Schools and places")));

        // published is final: the actions refuse, and so does the database
        mvc.perform(post("/admin/enrollment/{id}/schools", id).param("name", "新学校").param("stage", "PRIMARY").param("places", "1")
                        .with(csrf()).with(fixtures.as(c.editor())))
                .andExpect(status().isConflict());
        long schoolId = store.schools(id).get(0).id();
        mvc.perform(post("/admin/enrollment/{id}/schools/{s}/delete", id, schoolId).with(csrf()).with(fixtures.as(c.editor())))
                .andExpect(status().isConflict());
        assertThatThrownBy(() -> jdbc.sql("update enrollment_school set places = 1 where id = ?").param(schoolId).update())
                .hasMessageContaining("final");
        assertThatThrownBy(() -> jdbc.sql("delete from enrollment_schedule where enrollment_year_id = ?").param(id).update())
                .hasMessageContaining("final");
        assertThatThrownBy(() -> jdbc.sql("insert into enrollment_school (enrollment_year_id, name, stage, places) values (?, 'x', 'PRIMARY', 1)")
                .param(id).update()).hasMessageContaining("final");
        assertThatThrownBy(() -> jdbc.sql("update enrollment_year set status = 'DRAFT', published_at = null where id = ?").param(id).update())
                .hasMessageContaining("final");
        assertThatThrownBy(() -> jdbc.sql("delete from enrollment_year where id = ?").param(id).update()).hasMessageContaining("final");
    }

    @Test
    void formsAnswer400WithAMessagePerFieldAndPublicationNamesWhatIsMissing() throws Exception {
        County c = county("招生表单县教育局");
        long id = years.open(c.editor(), c.id(), 2026, false);
        mvc.perform(post("/admin/enrollment/{id}/schools", id).param("name", " ").param("stage", "HIGH").param("places", "abc")
                        .param("address", "路".repeat(201)).with(csrf()).with(fixtures.as(c.editor())))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("请填写学校名称"), containsString("请选择学段"),
                        containsString("计划招生数应为 0 到 100000 之间的整数"), containsString("内容过长"),
                        containsString("href=\"#name\""), containsString("href=\"#places\""), containsString("aria-invalid=\"true\""))));
        years.addSchool(c.editor(), id, new EnrollmentYears.SchoolForm("一小", "PRIMARY", "90", null, null));
        mvc.perform(post("/admin/enrollment/{id}/schools", id).param("name", "一小").param("stage", "PRIMARY").param("places", "10")
                        .with(csrf()).with(fixtures.as(c.editor())))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("本年度该学段已有同名学校")));
        mvc.perform(post("/admin/enrollment/{id}/schools", id).param("name", "一小").param("stage", "JUNIOR").param("places", "10")
                        .with(csrf()).with(fixtures.as(c.editor())))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/enrollment/{id}/schedule", id).param("startsOn", "2026-13-01").param("endsOn", "2026-07-01")
                        .param("what", "").with(csrf()).with(fixtures.as(c.editor())))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("请按“年-月-日”填写日期"), containsString("请填写事项"),
                        containsString("href=\"#startsOn\""))));
        mvc.perform(post("/admin/enrollment/{id}/schedule", id).param("startsOn", "2026-07-05").param("endsOn", "2026-07-01")
                        .param("what", "报名").with(csrf()).with(fixtures.as(c.editor())))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("结束日期不能早于开始日期")));
        mvc.perform(post("/admin/enrollment/{id}/texts", id).param("policy", "字".repeat(20_001)).param("migrantRules", "")
                        .param("version", String.valueOf(store.find(id).orElseThrow().version()))
                        .with(csrf()).with(fixtures.as(c.editor())))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("内容过长")));
        mvc.perform(post("/admin/enrollment/{id}/texts", id).param("policy", "政策").param("version", "0")
                        .with(csrf()).with(fixtures.as(c.editor())))
                .andExpect(status().isConflict());
        mvc.perform(post("/admin/enrollment/{id}/publish", id).param("decisionTitle", "").param("decisionUrl", "javascript:alert(1)")
                        .param("version", String.valueOf(store.find(id).orElseThrow().version()))
                        .with(csrf()).with(fixtures.as(c.publisher())))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("发布前请填写招生政策"), containsString("发布前请填写随迁子女入学办法"),
                        containsString("发布前请至少添加一项招生日程"), containsString("href=\"#decisionUrl\""),
                        containsString("href=\"#schedule\""))));
        // the year form
        mvc.perform(post("/admin/enrollment").param("year", "19").with(csrf()).with(fixtures.as(c.editor())))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("href=\"#year\"")));
        mvc.perform(post("/admin/enrollment").param("year", "2026").with(csrf()).with(fixtures.as(c.editor())))
                .andExpect(status().isBadRequest());
        // no CSRF token
        mvc.perform(post("/admin/enrollment/{id}/schools", id).param("name", "二小").param("stage", "PRIMARY").param("places", "1")
                        .with(fixtures.as(c.editor())))
                .andExpect(status().isForbidden());
        // the list: sorted, with its empty state elsewhere
        mvc.perform(get("/admin/enrollment").param("sort", "year-asc").with(fixtures.as(c.editor())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("aria-sort=\"ascending\"")));
        County empty = county("招生空列表县教育局");
        mvc.perform(get("/admin/enrollment").with(fixtures.as(empty.editor())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("还没有招生入学信息")));
        // a year copied from the latest one keeps its texts and schools, not its schedule
        years.saveTexts(c.editor(), id, "复制的政策", "复制的随迁办法", String.valueOf(store.find(id).orElseThrow().version()));
        long next = years.open(c.editor(), c.id(), 2027, true);
        assertThat(store.find(next).orElseThrow()).satisfies(y -> {
            assertThat(y.policy()).isEqualTo("复制的政策");
            assertThat(y.schoolCount()).isEqualTo(2);
            assertThat(y.scheduleCount()).isZero();
        });
    }

    @Test
    void otherOrganisationsAndRolesAreRefused() throws Exception {
        County c = county("招生权限县教育局");
        County other = county("招生权限邻县教育局");
        long id = draftYear(c, 2026, "", "一小", "90");
        long mine = store.schools(id).get(0).id();
        long otherYear = draftYear(other, 2026, "", "邻县小学", "30");
        long otherSchool = store.schools(otherYear).get(0).id();
        assertThat(statusOf(get("/admin/enrollment/{id}", id).with(fixtures.as(other.editor())))).isEqualTo(403);
        assertThat(statusOf(get("/admin/enrollment").param("org", String.valueOf(c.id())).with(fixtures.as(other.editor())))).isEqualTo(403);
        assertThat(statusOf(post("/admin/enrollment/{id}/schools", id).param("name", "x").param("stage", "PRIMARY").param("places", "1")
                .with(csrf()).with(fixtures.as(other.editor())))).isEqualTo(403);
        assertThat(statusOf(post("/admin/enrollment/{id}/schools/{s}/delete", id, mine).with(csrf()).with(fixtures.as(other.editor())))).isEqualTo(403);
        assertThat(statusOf(post("/admin/enrollment/{id}/publish", id).param("decisionTitle", "x").param("version", "1")
                .with(csrf()).with(fixtures.as(other.publisher())))).isEqualTo(403);
        assertThat(statusOf(get("/admin/enrollment/{id}", 987_654_321L).with(fixtures.as(c.editor())))).isEqualTo(404);
        // a school or step of another year through this year's address
        assertThat(statusOf(post("/admin/enrollment/{id}/schools/{s}/delete", id, otherSchool).with(csrf()).with(fixtures.as(c.editor())))).isEqualTo(404);
        long otherItem = store.schedule(otherYear).get(0).id();
        assertThat(statusOf(post("/admin/enrollment/{id}/schedule/{i}/delete", id, otherItem).with(csrf()).with(fixtures.as(c.editor())))).isEqualTo(404);
        // a reviewer reads without forms and cannot act
        StaffUser reviewer = fixtures.staff(c.id(), Role.REVIEWER);
        mvc.perform(get("/admin/enrollment/{id}", id).with(fixtures.as(reviewer)))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("/schools\""))));
        assertThat(statusOf(post("/admin/enrollment/{id}/schedule", id).param("startsOn", "2026-07-01").param("endsOn", "2026-07-01")
                .param("what", "x").with(csrf()).with(fixtures.as(reviewer)))).isEqualTo(403);
        // the editor deletes a school of the draft (audited)
        mvc.perform(post("/admin/enrollment/{id}/schools/{s}/delete", id, mine).with(csrf()).with(fixtures.as(c.editor())))
                .andExpect(status().is3xxRedirection());
        assertThat(events.stream(StaffAction.class).filter(a -> a.action().equals("enrol.school.delete"))
                .filter(a -> a.targetId().equals(String.valueOf(mine)))).hasSize(1);
    }

    @Test
    void nothingUnpublishedReachesThePublicAndHostileTextIsInert() throws Exception {
        County c = county("招生泄露县教育局");
        long draft2025 = draftYear(c, 2025, "LEAKA", "LEAKSCHOOL", "10");
        for (String url : List.of("/o/" + c.slug() + "/enrollment", "/o/" + c.slug() + "/enrollment/2025")) {
            assertThat(statusOf(get(url))).as(url).isEqualTo(404);
        }
        assertThat(body(get("/o/{s}", c.slug()))).doesNotContain("/o/" + c.slug() + "/enrollment");
        assertThat(body(get("/sitemap.xml"))).doesNotContain("/o/" + c.slug() + "/enrollment");

        // a published 2026 with hostile text, a draft zoning of 2026 (its rules must not show), the 2025 draft left
        long y2026 = years.open(c.editor(), c.id(), 2026, false);
        years.saveTexts(c.editor(), y2026, "<script>alert('p')</script>政策", "<img src=x onerror=alert(1)>随迁",
                String.valueOf(store.find(y2026).orElseThrow().version()));
        years.addItem(c.editor(), y2026, new EnrollmentYears.ItemForm("2026-07-01", "2026-07-01", "<b>报名</b>"));
        years.addSchool(c.editor(), y2026, new EnrollmentYears.SchoolForm("<script>x</script>小学", "PRIMARY", "45",
                "<a href=javascript:1>路</a>", null));
        long zoningDraft = zoningRules.open(c.editor(), c.id(), 2026, false);
        zoningRules.importRules(c.editor(), zoningDraft, "r.csv",
                (SchoolDistrictTest.HEADER + "<script>x</script>小学,LEAKSTREET路,,,,,\n").getBytes(StandardCharsets.UTF_8));
        publish(c, y2026, "<i>通知</i>");

        String page = body(get("/o/{s}/enrollment", c.slug()));
        assertThat(page).contains("&lt;script&gt;alert(&#39;p&#39;)&lt;/script&gt;政策", "&lt;img src=x onerror=alert(1)&gt;随迁",
                        "&lt;b&gt;报名&lt;/b&gt;", "&lt;script&gt;x&lt;/script&gt;小学", "&lt;i&gt;通知&lt;/i&gt;",
                        "本年度的学区划分尚未公布")
                .doesNotContain("<script>alert", "<img src=x", "<b>报名", "<i>通知", "LEAKSTREET", "LEAKA", "LEAKSCHOOL",
                        "/enrollment/2025");
        mvc.perform(get("/admin/enrollment/{id}", y2026).with(fixtures.as(c.editor())))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("<script>x</script>"))));
        assertThat(statusOf(get("/o/{s}/enrollment/2025", c.slug()))).isEqualTo(404);
        assertThat(body(get("/sitemap.xml"))).contains("/o/" + c.slug() + "/enrollment/2026<")
                .doesNotContain("/o/" + c.slug() + "/enrollment/2025<");
        assertThat(body(get("/o/{s}", c.slug()))).contains("/o/" + c.slug() + "/enrollment\"");
        assertThat(draft2025).isNotEqualTo(y2026);
        assertThat(owner).isNotNull();
    }
}
