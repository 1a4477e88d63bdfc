package org.gongkai.participation;

import org.gongkai.catalog.CatalogTree;
import org.gongkai.demo.DemoCatalog;
import org.gongkai.document.CreateDocument;
import org.gongkai.document.DocumentContent;
import org.gongkai.document.PublishEdition;
import org.gongkai.document.ReviewEdition;
import org.gongkai.document.SubmitForReview;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.DatabaseOwner;
import org.gongkai.platform.Zones;
import org.gongkai.platform.audit.StaffAction;
import org.gongkai.support.Fixtures;
import org.gongkai.support.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Public-concern incidents end to end: recording (field errors, a link that is not http(s), a discovery in the
 * future), the clocks as the dashboard and work list show them (near due at 80 %, overdue, escalated to the
 * organisation above), a statement that must be a published document, a press conference, closing with a review
 * note, other organisations refused, CSRF, hostile HTML inert, the year's figures from fixtures, and the database's
 * own refusals. Times are relative to the moment the test runs; the thresholds themselves are in IncidentClockTest.
 */
@IntegrationTest
@RecordApplicationEvents
class IncidentsTest {

    static final String HOSTILE = "<script>alert('x')</script><img src=x onerror=alert(1)>";
    static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm").withZone(Zones.CHINA);

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEvents events;
    @Autowired IncidentStore store;
    @Autowired DatabaseOwner owner;
    @Autowired DemoCatalog demoCatalog;
    @Autowired CatalogTree catalog;
    @Autowired CreateDocument create;
    @Autowired SubmitForReview submit;
    @Autowired ReviewEdition review;
    @Autowired PublishEdition publish;

    static String ago(Duration d) {
        return INPUT.format(Instant.now().minus(d));
    }

    MockHttpServletRequestBuilder recordForm(String source, String severity, String discoveredAt) {
        return post("/admin/incidents").with(csrf()).param("source", source).param("sourceUrl", "https://weibo.example/1")
                .param("summary", "家长反映某校食堂问题 " + HOSTILE).param("severity", severity)
                .param("discoveredAt", discoveredAt);
    }

    long record(StaffUser user, String source, String severity, Duration ago) throws Exception {
        String location = mvc.perform(recordForm(source, severity, ago(ago)).with(fixtures.as(user)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).matches("/admin/incidents/\\d+\\?done=recorded");
        return Long.parseLong(location.replaceAll("\\D+(\\d+)\\?.*", "$1"));
    }

    int version(long id) {
        return jdbc.sql("select version from concern_incident where id = ?").param(id).query(Integer.class).single();
    }

    String page(String path, StaffUser user, int expected) throws Exception {
        return mvc.perform(get(path).with(fixtures.as(user))).andExpect(status().is(expected))
                .andReturn().getResponse().getContentAsString();
    }

    /** A document of the organisation taken through the real workflow; published unless {@code draftOnly}. */
    long document(long org, String title, boolean draftOnly) {
        if (catalog.nodesOf(org).isEmpty()) {
            demoCatalog.seed(org);
        }
        long node = catalog.nodesOf(org).stream().map(CatalogTree.Entry::node)
                .filter(n -> n.name().equals("通知公告")).findFirst().orElseThrow().id();
        StaffUser editor = fixtures.staff(org, Role.EDITOR);
        long id = create.create(editor, org, DocumentContent.builder().catalogNodeId(node).title(title)
                .documentNumber("舆〔2026〕" + Math.abs(title.hashCode() % 1000) + "号").issuer("教育局")
                .writtenDate(LocalDate.of(2026, 3, 1)).publishDate(LocalDate.of(2026, 3, 2)).theme("教育")
                .opennessClass("DECISION").keywords("回应").summary("概述").bodyHtml("<p>情况通报</p>").build());
        if (!draftOnly) {
            submit.submit(editor, id);
            review.approve(fixtures.staff(org, Role.REVIEWER), id, null);
            publish.publishNow(fixtures.staff(org, Role.PUBLISHER), id);
        }
        return id;
    }

    @Test
    void recordingRefusesWhatIsMissingOrWrongWithAMessagePerField() throws Exception {
        long org = fixtures.organisation("舆情表单教育局");
        StaffUser officer = fixtures.staff(org, Role.DISCLOSURE_OFFICER);
        assertThat(page("/admin/incidents/new", officer, 200)).contains("登记舆情", "datetime-local");

        String html = mvc.perform(post("/admin/incidents").with(csrf()).with(fixtures.as(officer))
                        .param("source", "").param("sourceUrl", "javascript:alert(1)").param("summary", " ")
                        .param("severity", "HUGE").param("discoveredAt", "yesterday"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        Document d = Jsoup.parse(html);
        assertThat(d.getElementById("source-error").text()).isEqualTo("请填写来源。");
        assertThat(d.getElementById("sourceUrl-error").text()).contains("http://");
        assertThat(d.getElementById("summary-error").text()).isEqualTo("请填写舆情概要。");
        assertThat(d.getElementById("severity-error").text()).isEqualTo("请选择等级。");
        assertThat(d.getElementById("discoveredAt-error").text()).isEqualTo("请填写发现的日期和时间。");
        assertThat(d.getElementById("source").attr("aria-invalid")).isEqualTo("true");

        String future = mvc.perform(recordForm("未来", "GENERAL", INPUT.format(Instant.now().plus(Duration.ofHours(2))))
                        .with(fixtures.as(officer)))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(future).getElementById("discoveredAt-error").text()).isEqualTo("发现时间不能晚于现在。");

        // without a CSRF token nothing is recorded
        mvc.perform(post("/admin/incidents").with(fixtures.as(officer)).param("source", "无令牌")
                .param("summary", "x").param("severity", "GENERAL").param("discoveredAt", ago(Duration.ofHours(1))))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from concern_incident where organisation_id = ?").param(org)
                .query(Long.class).single()).isZero();
        // a reviewer does not handle incidents
        page("/admin/incidents/new", fixtures.staff(org, Role.REVIEWER), 403);
    }

    @Test
    void theClocksShowOnTheDashboardAndWorkListAndAMissedOneIsEscalatedAbove() throws Exception {
        long city = fixtures.organisation("舆情市教育局");
        long county = fixtures.organisation("舆情县教育局", city);
        long other = fixtures.organisation("舆情邻县教育局");
        StaffUser officer = fixtures.staff(county, Role.DISCLOSURE_OFFICER);
        StaffUser cityOfficer = fixtures.staff(city, Role.DISCLOSURE_OFFICER);

        long near = record(officer, "临近 " + HOSTILE, "MAJOR", Duration.ofMinutes(4 * 60 + 30));
        long overdue = record(officer, "超时的舆情", "ESPECIALLY_MAJOR", Duration.ofHours(6));
        long running = record(officer, "刚发现的舆情", "GENERAL", Duration.ofHours(1));

        Instant now = Instant.now();
        assertThat(store.countNear(county, now)).isEqualTo(1);
        assertThat(store.countOverdue(county, now)).isEqualTo(1);
        assertThat(store.countEscalated(city, now)).isEqualTo(1);
        assertThat(store.countEscalated(county, now)).isZero();

        String all = page("/admin/incidents", officer, 200);
        assertThat(all).contains("共 3 件", "临近时限", "已超时", "计时中").doesNotContain("<script>alert", "<img src=x");
        assertThat(all).contains("&lt;script&gt;");
        Document nearList = Jsoup.parse(page("/admin/incidents?flag=NEAR", officer, 200));
        assertThat(nearList.select("tbody th a").eachAttr("href")).containsExactly("/admin/incidents/" + near);
        Document overdueList = Jsoup.parse(page("/admin/incidents?flag=OVERDUE", officer, 200));
        assertThat(overdueList.select("tbody th a").eachAttr("href")).containsExactly("/admin/incidents/" + overdue);
        assertThat(page("/admin/incidents?state=CLOSED", officer, 200)).contains("没有符合条件的舆情");
        page("/admin/incidents?flag=SOON", officer, 400);

        // the landing page's work list
        String landing = page("/admin", officer, 200);
        assertThat(landing).contains("临近回应时限的舆情", "已超过回应时限的舆情");

        // escalated: the city sees the county's missed incident, and may read it but not act on it
        Document cityList = Jsoup.parse(page("/admin/incidents", cityOfficer, 200));
        assertThat(cityList.getElementById("escalated")).isNotNull();
        assertThat(cityList.select("section a").eachAttr("href")).containsExactly("/admin/incidents/" + overdue);
        assertThat(page("/admin", cityOfficer, 200)).contains("下级单位超时未回应的舆情");
        assertThat(page("/admin/incidents/" + overdue, cityOfficer, 200)).contains("超时的舆情")
                .doesNotContain("结束处置</button>");
        mvc.perform(post("/admin/incidents/" + overdue + "/close").with(csrf()).with(fixtures.as(cityOfficer))
                .param("version", "0").param("reviewNote", "上级代为结束")).andExpect(status().isForbidden());

        // another organisation: 403; no such incident: 404
        StaffUser stranger = fixtures.staff(other, Role.DISCLOSURE_OFFICER);
        page("/admin/incidents/" + near, stranger, 403);
        page("/admin/incidents?org=" + county, stranger, 403);
        page("/admin/incidents/999999999", stranger, 404);

        Document detail = Jsoup.parse(page("/admin/incidents/" + running, officer, 200));
        assertThat(detail.select("#clocks tbody tr")).hasSize(1);
        assertThat(detail.text()).contains("回应（48小时）", "计时中");
    }

    @Test
    void statementsAndPressConferencesMeetTheClocksAndTheIncidentClosesWithAReview() throws Exception {
        long org = fixtures.organisation("舆情回应教育局");
        StaffUser officer = fixtures.staff(org, Role.DISCLOSURE_OFFICER);
        long id = record(officer, "食堂舆情", "MAJOR", Duration.ofHours(2));
        long published = document(org, "关于某校食堂问题的情况通报", false);
        long draft = document(org, "未发布的通报草稿", true);

        // a statement must be a published document: a draft, nonsense, or nothing are refused
        for (String doc : new String[]{String.valueOf(draft), "abc", ""}) {
            String html = mvc.perform(post("/admin/incidents/" + id + "/statements").with(csrf()).with(fixtures.as(officer))
                            .param("version", String.valueOf(version(id))).param("kind", "STATEMENT").param("documentId", doc))
                    .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
            assertThat(Jsoup.parse(html).getElementById("documentId-error").text()).contains("已发布");
            assertThat(html).doesNotContain("未发布的通报草稿");
        }

        mvc.perform(post("/admin/incidents/" + id + "/statements").with(csrf()).with(fixtures.as(officer))
                        .param("version", String.valueOf(version(id))).param("kind", "STATEMENT")
                        .param("documentId", String.valueOf(published)))
                .andExpect(status().is3xxRedirection());
        ConcernIncident afterStatement = store.find(id).orElseThrow();
        assertThat(afterStatement.responseMetAt()).isNotNull();
        assertThat(afterStatement.pressMetAt()).isNull();
        assertThat(afterStatement.clocks().get(0).at(Instant.now())).isEqualTo(IncidentClock.State.MET);

        // a press conference: its time must lie between discovery and now; then it meets the 24-hour clock
        String wrong = mvc.perform(post("/admin/incidents/" + id + "/statements").with(csrf()).with(fixtures.as(officer))
                        .param("version", String.valueOf(version(id))).param("kind", "PRESS_CONFERENCE")
                        .param("title", "").param("heldAt", ago(Duration.ofHours(5))))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        Document w = Jsoup.parse(wrong);
        assertThat(w.getElementById("heldAt-error").text()).isEqualTo("举行时间应在发现时间之后、现在之前。");
        assertThat(w.getElementById("title-error").text()).isEqualTo("请填写新闻发布会名称。");
        mvc.perform(post("/admin/incidents/" + id + "/statements").with(csrf()).with(fixtures.as(officer))
                        .param("version", String.valueOf(version(id))).param("kind", "PRESS_CONFERENCE")
                        .param("title", "情况通报会 " + HOSTILE).param("place", "新闻中心")
                        .param("heldAt", ago(Duration.ofMinutes(30))))
                .andExpect(status().is3xxRedirection());
        assertThat(store.find(id).orElseThrow().pressMetAt()).isNotNull();

        // a stale version is a conflict
        mvc.perform(post("/admin/incidents/" + id + "/statements").with(csrf()).with(fixtures.as(officer))
                        .param("version", "0").param("kind", "STATEMENT").param("documentId", String.valueOf(published)))
                .andExpect(status().isConflict());

        String detail = page("/admin/incidents/" + id, officer, 200);
        assertThat(detail).contains("关于某校食堂问题的情况通报", "/documents/" + published, "新闻中心", "按时完成")
                .doesNotContain("<script>alert");

        // closing needs a review note
        String noNote = mvc.perform(post("/admin/incidents/" + id + "/close").with(csrf()).with(fixtures.as(officer))
                        .param("version", String.valueOf(version(id))).param("reviewNote", "  "))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(noNote).getElementById("reviewNote-error").text()).isEqualTo("请填写复盘说明。");
        mvc.perform(post("/admin/incidents/" + id + "/close").with(csrf()).with(fixtures.as(officer))
                        .param("version", String.valueOf(version(id))).param("reviewNote", "回应及时，已整改。"))
                .andExpect(status().is3xxRedirection());
        assertThat(page("/admin/incidents/" + id, officer, 200)).contains("已结束", "回应及时，已整改。");
        mvc.perform(post("/admin/incidents/" + id + "/statements").with(csrf()).with(fixtures.as(officer))
                        .param("version", String.valueOf(version(id))).param("kind", "STATEMENT")
                        .param("documentId", String.valueOf(published)))
                .andExpect(status().isConflict());

        assertThat(events.stream(StaffAction.class).filter(a -> String.valueOf(id).equals(a.targetId())
                        && a.targetType().equals("concern_incident")).map(StaffAction::action))
                .containsExactly("incident.record", "incident.statement", "incident.statement", "incident.close");
    }

    @Test
    void aPressConferenceAnswersAGeneralIncident() throws Exception {
        long org = fixtures.organisation("舆情一般教育局");
        StaffUser officer = fixtures.staff(org, Role.PUBLISHER);
        long id = record(officer, "一般舆情", "GENERAL", Duration.ofHours(3));
        mvc.perform(post("/admin/incidents/" + id + "/statements").with(csrf()).with(fixtures.as(officer))
                        .param("version", String.valueOf(version(id))).param("kind", "PRESS_CONFERENCE")
                        .param("title", "答记者问").param("heldAt", ago(Duration.ofHours(1))))
                .andExpect(status().is3xxRedirection());
        ConcernIncident i = store.find(id).orElseThrow();
        assertThat(i.responseMetAt()).isNotNull();
        assertThat(i.pressDueAt()).isNull();
        assertThat(i.flag(Instant.now())).isNull();
    }

    @Test
    void theYearsFiguresCountClocksMetAndMissed() throws Exception {
        long org = fixtures.organisation("舆情统计教育局");
        StaffUser officer = fixtures.staff(org, Role.DISCLOSURE_OFFICER);
        Instant now = Instant.now();
        Instant jan = Instant.parse("2025-01-10T01:00:00Z");
        // major: information after 4 h (on time), press conference after 30 h (late)
        long a = store.insert(new IncidentStore.NewRow(org, "甲", null, "概要", IncidentSeverity.MAJOR, jan, now, officer.id()));
        store.addStatement(a, 0, "STATEMENT", "通报", jan.plus(Duration.ofHours(4)), document(org, "统计通报", false),
                null, officer.id(), now);
        store.addStatement(a, 1, "PRESS_CONFERENCE", "发布会", jan.plus(Duration.ofHours(30)), null, null, officer.id(), now);
        // general: never answered (missed); larger: answered after 47 h (on time)
        store.insert(new IncidentStore.NewRow(org, "乙", null, "概要", IncidentSeverity.GENERAL, jan, now, officer.id()));
        long c = store.insert(new IncidentStore.NewRow(org, "丙", null, "概要", IncidentSeverity.LARGER, jan, now, officer.id()));
        store.addStatement(c, 0, "PRESS_CONFERENCE", "答问", jan.plus(Duration.ofHours(47)), null, null, officer.id(), now);
        // another year does not count
        store.insert(new IncidentStore.NewRow(org, "丁", null, "概要", IncidentSeverity.GENERAL,
                Instant.parse("2024-12-31T15:00:00Z"), now, officer.id())); // 2024-12-31 23:00 Beijing

        Document d = Jsoup.parse(page("/admin/incidents/statistics?year=2025", officer, 200));
        assertThat(d.getElementById("total").select("td").eachText()).containsExactly("3", "4", "2", "2");
        assertThat(d.select("tbody tr").get(0).select("td").eachText()).containsExactly("1", "1", "0", "1");
        assertThat(d.select("tbody tr").get(2).select("td").eachText()).containsExactly("1", "2", "1", "1");
        page("/admin/incidents/statistics?year=1", officer, 400);
    }

    @Test
    void theDatabaseRefusesWrongClocksAndChangesToTheTimeline() {
        long org = fixtures.organisation("舆情约束教育局");
        StaffUser officer = fixtures.staff(org, Role.DISCLOSURE_OFFICER);
        Instant found = Instant.now().minus(1, ChronoUnit.HOURS);
        assertThatThrownBy(() -> jdbc.sql("""
                        insert into concern_incident (organisation_id, source, summary, severity, discovered_at,
                               recorded_at, recorded_by, response_due_at)
                        values (?, 'x', 'y', 'MAJOR', ?, now(), ?, ?)""")
                .params(org, java.sql.Timestamp.from(found), officer.id(),
                        java.sql.Timestamp.from(found.plus(Duration.ofHours(48)))).update())
                .hasMessageContaining("check");
        long id = store.insert(new IncidentStore.NewRow(org, "x", null, "y", IncidentSeverity.GENERAL, found,
                Instant.now(), officer.id()));
        store.addStatement(id, 0, "PRESS_CONFERENCE", "会", Instant.now(), null, null, officer.id(), Instant.now());
        assertThatThrownBy(() -> jdbc.sql("update incident_statement set title = 'changed' where incident_id = ?")
                .param(id).update()).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("update concern_incident set status = 'CLOSED' where id = ?")
                .param(id).update()).hasMessageContaining("check");
    }
}
