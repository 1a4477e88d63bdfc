package org.gongkai.document;

import org.gongkai.application.ApplicationFixtures;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.support.Fixtures;
import org.gongkai.support.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The landing page's work list, per role: each line counts what waits in the user's own organisation and links to
 * the list filtered the same way; nobody sees another organisation's counts; nothing waiting reads as such.
 */
@IntegrationTest
class DashboardWorkListTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired CreateDocument create;
    @Autowired SubmitForReview submit;
    @Autowired ReviewEdition review;
    @Autowired ApplicationFixtures applications;
    @Autowired JdbcClient jdbc;

    long org;
    long other;
    StaffUser editor;
    StaffUser reviewer;
    StaffUser publisher;
    StaffUser officer;

    @BeforeEach
    void work() {
        org = fixtures.organisation("待办县教育局");
        other = fixtures.organisation("待办邻县教育局");
        editor = fixtures.staff(org, Role.EDITOR);
        reviewer = fixtures.staff(org, Role.REVIEWER);
        publisher = fixtures.staff(org, Role.PUBLISHER);
        officer = fixtures.staff(org, Role.DISCLOSURE_OFFICER);
        long returned1 = submitted("待办退回一");
        long returned2 = submitted("待办退回二");
        review.reject(reviewer, returned1, "请补充依据");
        review.reject(reviewer, returned2, "请补充依据");
        submitted("待办待审");
        review.approve(reviewer, submitted("待办待发"), "同意");
        create.create(editor, org, DocumentSamples.content("待办草稿"));
        LocalDate today = LocalDate.now();
        applications.registered(officer, org, "甲", "内容一", today);
        long near = applications.registered(officer, org, "乙", "内容二", today);
        long late = applications.registered(officer, org, "丙", "内容三", today);
        jdbc.sql("update disclosure_application set flag = 'NEAR' where id = ?").param(near).update();
        jdbc.sql("update disclosure_application set flag = 'OVERDUE' where id = ?").param(late).update();
        // as one received online and not yet opened for work: no member of staff holds it
        long unseen = applications.registered(officer, org, "丁", "内容四", today);
        jdbc.sql("update disclosure_application set holder_id = null where id = ?").param(unseen).update();
    }

    private long submitted(String title) {
        long id = create.create(editor, org, DocumentSamples.content(title));
        submit.submit(editor, id);
        return id;
    }

    @Test
    void anEditorSeesWhatWasReturnedAndTheLinkOpensThoseDocuments() throws Exception {
        Map<String, Element> lines = workList(editor);
        assertThat(lines.keySet()).containsExactly("退回修改");
        assertThat(lines.get("退回修改").selectFirst(".count").text()).isEqualTo("2");
        String list = page(editor, lines.get("退回修改").attr("href"));
        assertThat(list).contains("待办退回一", "待办退回二").doesNotContain("待办待审", "待办草稿");
    }

    @Test
    void aReviewerSeesWhatWaitsForReviewAndAPublisherWhatWaitsToBePublished() throws Exception {
        Map<String, Element> forReviewer = workList(reviewer);
        assertThat(forReviewer).containsKey("待审核").doesNotContainKeys("退回修改", "待发布");
        assertThat(forReviewer.get("待审核").selectFirst(".count").text()).isEqualTo("1");
        assertThat(page(reviewer, forReviewer.get("待审核").attr("href"))).contains("待办待审").doesNotContain("待办待发");

        Map<String, Element> forPublisher = workList(publisher);
        assertThat(forPublisher.keySet()).containsExactly("待发布");
        assertThat(forPublisher.get("待发布").selectFirst(".count").text()).isEqualTo("1");
        assertThat(page(publisher, forPublisher.get("待发布").attr("href"))).contains("待办待发").doesNotContain("待办待审");
    }

    @Test
    void anOfficerSeesApplicationsInHandNearDueAndOverdue() throws Exception {
        Map<String, Element> lines = workList(officer);
        assertThat(lines.keySet()).containsExactly("新申请（尚无人办理）", "办理中的申请", "5 个工作日内到期的申请", "已逾期的申请");
        assertThat(lines.get("新申请（尚无人办理）").selectFirst(".count").text()).isEqualTo("1");
        String unseen = page(officer, lines.get("新申请（尚无人办理）").attr("href"));
        assertThat(Jsoup.parse(unseen).select("tbody tr")).hasSize(1);
        assertThat(Jsoup.parse(unseen).select("tbody tr").text()).contains("丁");
        assertThat(lines.get("办理中的申请").selectFirst(".count").text()).isEqualTo("4");
        assertThat(lines.get("5 个工作日内到期的申请").selectFirst(".count").text()).isEqualTo("1");
        assertThat(lines.get("已逾期的申请").selectFirst(".count").text()).isEqualTo("1");
        String overdue = page(officer, lines.get("已逾期的申请").attr("href"));
        assertThat(Jsoup.parse(overdue).select("tbody tr")).hasSize(1);
    }

    @Test
    void nobodySeesAnotherOrganisationsWorkAndNothingWaitingSaysSo() throws Exception {
        for (Role role : new Role[]{Role.EDITOR, Role.REVIEWER, Role.PUBLISHER, Role.DISCLOSURE_OFFICER}) {
            StaffUser elsewhere = fixtures.staff(other, role);
            Document page = dashboard(elsewhere);
            assertThat(page.select(".worklist li")).as(role.name()).isEmpty();
            assertThat(page.select(".worklist").text()).as(role.name()).contains("目前没有等您处理的事项");
        }
        assertThat(dashboard(fixtures.staff(org, Role.SYSTEM_ADMIN)).select(".worklist")).isEmpty();
    }

    private Map<String, Element> workList(StaffUser user) throws Exception {
        Map<String, Element> lines = new LinkedHashMap<>();
        for (Element a : dashboard(user).select(".worklist li a")) {
            lines.put(a.selectFirst("span").text(), a);
        }
        return lines;
    }

    private Document dashboard(StaffUser user) throws Exception {
        return Jsoup.parse(page(user, "/admin"));
    }

    private String page(StaffUser user, String path) throws Exception {
        var response = mvc.perform(get(path).with(fixtures.as(user))).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }
}
