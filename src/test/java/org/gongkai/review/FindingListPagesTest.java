package org.gongkai.review;

import org.gongkai.document.CreateDocument;
import org.gongkai.document.SubmitForReview;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.support.Fixtures;
import org.gongkai.support.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The reviewer's list of documents waiting for review with findings to decide, and its line on the work list. */
@IntegrationTest
class FindingListPagesTest {

    @Autowired Fixtures fixtures;
    @Autowired MockMvc mvc;
    @Autowired CreateDocument create;
    @Autowired SubmitForReview submit;

    long org;
    StaffUser editor;
    StaffUser reviewer;
    long withFindings;

    @BeforeEach
    void documents() {
        org = fixtures.organisation("提示县教育局");
        editor = fixtures.staff(org, Role.EDITOR);
        reviewer = fixtures.staff(org, Role.REVIEWER);
        String personal = "<p>联系人手机：" + ScreeningWorkflowTest.MOBILE + "，身份证号：" + ScreeningWorkflowTest.ID + "。</p>";
        withFindings = create.create(editor, org, ScreeningWorkflowTest.doc("提示<script>待审</script>文件", "概述", personal));
        submit.submit(editor, withFindings);
        create.create(editor, org, ScreeningWorkflowTest.doc("提示草稿文件", "概述", personal)); // a draft: not yet for review
        long clean = create.create(editor, org, ScreeningWorkflowTest.doc("提示无发现文件", "概述", "<p>正文。</p>"));
        submit.submit(editor, clean);
    }

    @Test
    void theWorkListLineLeadsToTheDocumentsWaitingWithFindingsAndTheCountsAgree() throws Exception {
        Document dashboard = page(reviewer, "/admin");
        var line = dashboard.select(".worklist li a").stream()
                .filter(a -> a.text().contains("待处理的筛查提示")).findFirst().orElseThrow();
        assertThat(line.attr("href")).isEqualTo("/admin/findings");
        assertThat(line.selectFirst(".count").text()).isEqualTo("2");

        Document list = page(reviewer, line.attr("href"));
        assertThat(list.select("tbody tr")).hasSize(1);
        var row = list.selectFirst("tbody tr");
        assertThat(row.selectFirst("a").text()).isEqualTo("提示<script>待审</script>文件");
        assertThat(row.select("script")).isEmpty();
        assertThat(row.selectFirst("a").attr("href")).isEqualTo("/admin/documents/" + withFindings + "#findings");
        assertThat(row.text()).contains("共 2 处", "手机号码", "身份证号码");
        assertThat(list.text()).doesNotContain("提示草稿文件", "提示无发现文件");
    }

    @Test
    void nothingWaitingSaysSoAndAnotherOrganisationsListIsRefused() throws Exception {
        long elsewhere = fixtures.organisation("提示邻县教育局");
        StaffUser otherReviewer = fixtures.staff(elsewhere, Role.REVIEWER);
        assertThat(page(otherReviewer, "/admin/findings").select(".notice.ok").text()).contains("目前没有待处理的筛查提示");
        mvc.perform(get("/admin/findings").param("org", String.valueOf(org)).with(fixtures.as(otherReviewer)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/findings").with(fixtures.as(fixtures.staff(org, Role.SYSTEM_ADMIN))))
                .andExpect(status().isForbidden());
    }

    @Test
    void aHigherLevelReadsTheListOfAnOrganisationBelow() throws Exception {
        long city = fixtures.organisation("提示市教育局");
        long county = fixtures.organisation("提示下属县教育局", city);
        StaffUser countyEditor = fixtures.staff(county, Role.EDITOR);
        long id = create.create(countyEditor, county, ScreeningWorkflowTest.doc("提示下级文件", "概述",
                "<p>手机：" + ScreeningWorkflowTest.MOBILE + "</p>"));
        submit.submit(countyEditor, id);
        Document list = page(fixtures.staff(city, Role.REVIEWER), "/admin/findings?org=" + county);
        assertThat(list.select("tbody tr").text()).contains("提示下级文件");
    }

    private Document page(StaffUser user, String path) throws Exception {
        var response = mvc.perform(get(path).with(fixtures.as(user))).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }
}
