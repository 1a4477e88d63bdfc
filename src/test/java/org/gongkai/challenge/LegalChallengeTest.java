package org.gongkai.challenge;

import org.gongkai.application.ApplicationCase;
import org.gongkai.application.ApplicationCases;
import org.gongkai.application.ApplicationFixtures;
import org.gongkai.platform.audit.StaffAction;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.Zones;
import org.gongkai.support.Fixtures;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongkai.challenge.ChallengeKind.LITIGATION_AFTER_RECONSIDERATION;
import static org.gongkai.challenge.ChallengeKind.LITIGATION_DIRECT;
import static org.gongkai.challenge.ChallengeKind.RECONSIDERATION;
import static org.gongkai.challenge.ChallengeResult.CORRECTED;
import static org.gongkai.challenge.ChallengeResult.MAINTAINED;
import static org.gongkai.challenge.ChallengeResult.OTHER;
import static org.gongkai.challenge.ChallengeResult.PENDING;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Administrative reconsideration and litigation records (table 四): the counting rule, the checks of the form and of
 * the database, who may see and change them, stale edits, the audit trail and the list page.
 */
@IntegrationTest
@RecordApplicationEvents
class LegalChallengeTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired OrganisationDirectory organisations;
    @Autowired ApplicationFixtures applications;
    @Autowired ApplicationCases cases;
    @Autowired RecordChallenge record;
    @Autowired ChallengeFacts facts;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEvents events;

    long application(long org, StaffUser officer, String receivedOn) {
        return applications.registered(officer, org, "复议申请人", "招生计划", LocalDate.parse(receivedOn));
    }

    static ChallengeForm form(ChallengeKind kind, String caseNumber, String filed, ChallengeResult result, String concluded) {
        return new ChallengeForm(kind.name(), caseNumber, filed, result.name(), concluded, null, null);
    }

    static Map<String, Long> cells(List<ChallengeCount> counts) {
        Map<String, Long> m = new HashMap<>();
        counts.forEach(c -> m.merge(c.kind() + "/" + c.result(), c.count(), Long::sum));
        return m;
    }

    @Test
    void aCaseCountsInItsFilingPeriodWithTheResultKnownAtThePeriodsEnd() {
        long city = fixtures.organisation("复议计数市教育局");
        long county = fixtures.organisation("复议计数县教育局", city);
        StaffUser officer = fixtures.staff(city, Role.DISCLOSURE_OFFICER);
        StaffUser countyOfficer = fixtures.staff(county, Role.DISCLOSURE_OFFICER);
        long app = application(city, officer, "2024-03-01");
        long older = application(city, officer, "2023-11-01");
        long countyApp = application(county, countyOfficer, "2024-02-01");

        record.create(officer, app, form(RECONSIDERATION, "甲复字〔2024〕1号", "2024-04-01", MAINTAINED, "2024-06-01"));
        // concluded after the period: pending at the end of 2024, and not counted again in 2025
        record.create(officer, app, form(RECONSIDERATION, null, "2024-05-01", CORRECTED, "2025-02-01"));
        // filed on the last day of the period
        record.create(officer, app, form(LITIGATION_DIRECT, null, "2024-12-31", PENDING, null));
        // concluded on the last day: its result counts
        record.create(officer, app, form(RECONSIDERATION, null, "2024-10-01", CORRECTED, "2024-12-31"));
        // filed in the next period
        record.create(officer, app, form(LITIGATION_AFTER_RECONSIDERATION, null, "2025-01-01", OTHER, "2025-03-01"));
        // filed in the previous period, concluded in this one: counted in 2023 (pending), not in 2024
        record.create(officer, older, form(RECONSIDERATION, null, "2023-12-31", MAINTAINED, "2024-02-01"));
        // an organisation below: only in the roll-up
        record.create(countyOfficer, countyApp, form(LITIGATION_DIRECT, null, "2024-06-01", MAINTAINED, "2024-09-01"));

        LocalDate from = LocalDate.parse("2024-01-01");
        LocalDate to = LocalDate.parse("2024-12-31");
        assertThat(cells(facts.count(List.of(city), from, to))).isEqualTo(Map.of(
                "RECONSIDERATION/MAINTAINED", 1L,
                "RECONSIDERATION/PENDING", 1L,
                "RECONSIDERATION/CORRECTED", 1L,
                "LITIGATION_DIRECT/PENDING", 1L));
        assertThat(cells(facts.count(List.of(city, county), from, to))).isEqualTo(Map.of(
                "RECONSIDERATION/MAINTAINED", 1L,
                "RECONSIDERATION/PENDING", 1L,
                "RECONSIDERATION/CORRECTED", 1L,
                "LITIGATION_DIRECT/PENDING", 1L,
                "LITIGATION_DIRECT/MAINTAINED", 1L));
        assertThat(cells(facts.count(List.of(city), LocalDate.parse("2023-01-01"), LocalDate.parse("2023-12-31"))))
                .isEqualTo(Map.of("RECONSIDERATION/PENDING", 1L));
        assertThat(cells(facts.count(List.of(city), LocalDate.parse("2025-01-01"), LocalDate.parse("2025-12-31"))))
                .isEqualTo(Map.of("LITIGATION_AFTER_RECONSIDERATION/OTHER", 1L));
        // a shorter period: the case concluded on 1 June is concluded by 30 June; the others filed later are out
        assertThat(cells(facts.count(List.of(city), from, LocalDate.parse("2024-06-30")))).isEqualTo(Map.of(
                "RECONSIDERATION/MAINTAINED", 1L,
                "RECONSIDERATION/PENDING", 1L));
        // ... and on 31 May it was still pending
        assertThat(cells(facts.count(List.of(city), from, LocalDate.parse("2024-05-31")))).isEqualTo(Map.of(
                "RECONSIDERATION/PENDING", 2L));
        assertThat(facts.count(List.of(), from, to)).isEmpty();
        assertThatThrownBy(() -> facts.count(List.of(city), to, from)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theOfficeAddsAndEditsRecordsFromTheApplicationPageAndEachSaveIsAudited() throws Exception {
        long org = fixtures.organisation("复议登记局");
        StaffUser officer = fixtures.staff(org, Role.DISCLOSURE_OFFICER);
        long app = application(org, officer, "2024-03-01");

        mvc.perform(get("/admin/applications/" + app).with(fixtures.as(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("行政复议与行政诉讼"),
                        containsString("本申请暂无行政复议或行政诉讼记录"), containsString("id=\"challenge-kind\""))));
        mvc.perform(add(app, "RECONSIDERATION", "京教复〔2024〕7号", "2024-04-10", "PENDING", "").with(fixtures.as(officer)))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/admin/applications/" + app + "?challengeSaved#challenges"));
        LegalChallenge saved = jdbc.sql("select id from legal_challenge where application_id = ?").param(app)
                .query(Long.class).list().stream().map(id -> record.get(store(app), id)).findFirst().orElseThrow();
        assertThat(saved.organisationId()).isEqualTo(org);
        assertThat(saved.result()).isEqualTo(PENDING);
        mvc.perform(get("/admin/applications/" + app + "?challengeSaved").with(fixtures.as(officer)))
                .andExpect(content().string(allOf(containsString("京教复〔2024〕7号"), containsString("尚未审结"),
                        containsString("/challenges/" + saved.id() + "/edit"))));

        mvc.perform(get("/admin/applications/" + app + "/challenges/" + saved.id() + "/edit").with(fixtures.as(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"version\" value=\"0\"")));
        mvc.perform(edit(app, saved.id(), "0", "RECONSIDERATION", "京教复〔2024〕7号", "2024-04-10", "CORRECTED", "2024-06-20")
                        .with(fixtures.as(officer)))
                .andExpect(status().isFound());
        LegalChallenge after = record.get(store(app), saved.id());
        assertThat(after.result()).isEqualTo(CORRECTED);
        assertThat(after.concludedOn()).isEqualTo(LocalDate.parse("2024-06-20"));
        assertThat(after.version()).isEqualTo(1);

        List<StaffAction> actions = events.stream(StaffAction.class)
                .filter(a -> "legal_challenge".equals(a.targetType()) && String.valueOf(saved.id()).equals(a.targetId()))
                .toList();
        assertThat(actions).extracting(StaffAction::action)
                .containsExactly("application.challengeRecorded", "application.challengeUpdated");
        assertThat(actions.get(1).before()).containsEntry("result", "PENDING");
        assertThat(actions.get(1).after()).containsEntry("result", "CORRECTED").containsEntry("concludedOn", "2024-06-20");
        assertThat(actions).allMatch(a -> a.actorId() == officer.id() && a.organisationId() == org);
        long audited = jdbc.sql("select count(*) from audit_entry where target_type = 'legal_challenge' and target_id = ?")
                .param(String.valueOf(saved.id())).query(Long.class).single();
        assertThat(audited).isEqualTo(2);
    }

    @Test
    void aStaleEditIsRefusedWith409AndKeepsWhatThePersonTyped() throws Exception {
        long org = fixtures.organisation("复议并发局");
        StaffUser first = fixtures.staff(org, Role.DISCLOSURE_OFFICER);
        StaffUser second = fixtures.staff(org, Role.DISCLOSURE_OFFICER);
        long app = application(org, first, "2024-03-01");
        long id = record.create(first, app, form(LITIGATION_DIRECT, "（2024）京0105行初1号", "2024-05-01", PENDING, null));

        mvc.perform(edit(app, id, "0", "LITIGATION_DIRECT", "（2024）京0105行初1号", "2024-05-01", "MAINTAINED", "2024-08-01")
                        .with(fixtures.as(first)))
                .andExpect(status().isFound());
        mvc.perform(edit(app, id, "0", "LITIGATION_DIRECT", "第二人填写的案号", "2024-05-02", "OTHER", "2024-09-09")
                        .with(fixtures.as(second)))
                .andExpect(status().isConflict())
                .andExpect(content().string(allOf(containsString("已被他人修改"), containsString("第二人填写的案号"),
                        containsString("2024-09-09"), containsString("结果维持"),
                        containsString("name=\"version\" value=\"1\""))));
        assertThat(record.get(store(app), id).result()).isEqualTo(MAINTAINED);
        // saving again, knowingly, on the current version
        mvc.perform(edit(app, id, "1", "LITIGATION_DIRECT", "第二人填写的案号", "2024-05-02", "OTHER", "2024-09-09")
                        .with(fixtures.as(second)))
                .andExpect(status().isFound());
        assertThat(record.get(store(app), id).caseNumber()).isEqualTo("第二人填写的案号");
        // a form without its version
        mvc.perform(edit(app, id, "", "LITIGATION_DIRECT", null, "2024-05-02", "OTHER", "2024-09-09").with(fixtures.as(second)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("表单已过期")));
    }

    @Test
    void badInputIsAnsweredWith400AndAMessagePerFieldKeepingTheInput() throws Exception {
        long org = fixtures.organisation("复议校验局");
        StaffUser officer = fixtures.staff(org, Role.DISCLOSURE_OFFICER);
        long app = application(org, officer, "2024-03-01");
        String future = LocalDate.now(Zones.CHINA).plusDays(3).toString();

        mvc.perform(post("/admin/applications/" + app + "/challenges").with(csrf()).with(fixtures.as(officer)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("请选择行政复议或行政诉讼的类型"), containsString("此项必填"),
                        containsString("请选择结果"))));
        mvc.perform(add(app, "APPEAL", "保留的案号", "2024-04-01", "PENDING", null).with(fixtures.as(officer)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("请选择行政复议或行政诉讼的类型"),
                        containsString("value=\"保留的案号\""), containsString("value=\"2024-04-01\""))));
        mvc.perform(add(app, "RECONSIDERATION", null, "2024-04-01", "MAINTAINED", null).with(fixtures.as(officer)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("已审结的案件请填写审结日期")));
        mvc.perform(add(app, "RECONSIDERATION", null, "2024-04-01", "PENDING", "2024-05-01").with(fixtures.as(officer)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("尚未审结的案件不填写审结日期")));
        mvc.perform(add(app, "RECONSIDERATION", null, "2024-04-01", "CORRECTED", "2024-03-31").with(fixtures.as(officer)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("审结日期不能早于申请复议或起诉的日期")));
        mvc.perform(add(app, "RECONSIDERATION", null, "2024-02-28", "PENDING", null).with(fixtures.as(officer)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("不能早于收到政府信息公开申请之日")));
        mvc.perform(add(app, "RECONSIDERATION", null, future, "PENDING", null).with(fixtures.as(officer)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("日期不能晚于今天")));
        mvc.perform(add(app, "RECONSIDERATION", null, "2024-13-45", "PENDING", null).with(fixtures.as(officer)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("日期格式应为 YYYY-MM-DD"), containsString("value=\"2024-13-45\""))));
        mvc.perform(add(app, "RECONSIDERATION", "号".repeat(101), "2024-04-01", "PENDING", null).with(fixtures.as(officer)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("案号不能超过 100 个字")));
        mvc.perform(add(app, "RECONSIDERATION", null, "2024-04-01", "PENDING", null).param("note", "注".repeat(2001))
                        .with(fixtures.as(officer)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("备注不能超过 2000 个字")));
        mvc.perform(add(app, "RECONSIDERATION", "   ", "2024-04-01", "PENDING", null).param("note", " \t ").with(fixtures.as(officer)))
                .andExpect(status().isFound());
        assertThat(jdbc.sql("select count(*) from legal_challenge where application_id = ? and case_number is null and note is null")
                .param(app).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theDatabaseRefusesWhatTheFormWouldRefuse() {
        long org = fixtures.organisation("复议约束局");
        long other = fixtures.organisation("复议约束他局");
        StaffUser officer = fixtures.staff(org, Role.DISCLOSURE_OFFICER);
        long app = application(org, officer, "2024-03-01");
        String insert = """
                insert into legal_challenge (application_id, organisation_id, kind, case_number, filed_on, result,
                                             concluded_on, created_by, updated_by)
                values (?, ?, ?, ?, cast(? as date), ?, cast(? as date), ?, ?)""";
        record Row(long org, String kind, String caseNumber, String filed, String result, String concluded) {
        }
        List<Row> bad = List.of(
                new Row(org, "RECONSIDERATION", null, "2024-04-01", "PENDING", "2024-05-01"),
                new Row(org, "RECONSIDERATION", null, "2024-04-01", "MAINTAINED", null),
                new Row(org, "RECONSIDERATION", null, "2024-04-01", "MAINTAINED", "2024-03-31"),
                new Row(org, "APPEAL", null, "2024-04-01", "PENDING", null),
                new Row(org, "RECONSIDERATION", null, "2024-04-01", "WON", "2024-05-01"),
                new Row(org, "RECONSIDERATION", "  ", "2024-04-01", "PENDING", null),
                new Row(org, "RECONSIDERATION", "x".repeat(101), "2024-04-01", "PENDING", null),
                new Row(org, "RECONSIDERATION", null, "2007-12-31", "PENDING", null),
                // the denormalised organisation must be the application's
                new Row(other, "RECONSIDERATION", null, "2024-04-01", "PENDING", null));
        for (Row r : bad) {
            assertThatThrownBy(() -> jdbc.sql(insert).params(app, r.org(), r.kind(), r.caseNumber(), r.filed(), r.result(),
                    r.concluded(), officer.id(), officer.id()).update())
                    .as(r.toString()).isInstanceOf(DataIntegrityViolationException.class);
        }
        jdbc.sql(insert).params(app, org, "LITIGATION_AFTER_RECONSIDERATION", "（2024）行终1号", "2024-04-01", "OTHER",
                "2024-04-01", officer.id(), officer.id()).update();
    }

    @Test
    void onlyTheOrganisationsOfficersChangeRecordsAndOnlyThoseWhoMayReadTheApplicationSeeThem() throws Exception {
        long city = fixtures.organisation("复议权限市局");
        long county = fixtures.organisation("复议权限县局", city);
        long stranger = fixtures.organisation("复议权限他市局");
        StaffUser officer = fixtures.staff(county, Role.DISCLOSURE_OFFICER);
        StaffUser cityOfficer = fixtures.staff(city, Role.DISCLOSURE_OFFICER);
        StaffUser strangerOfficer = fixtures.staff(stranger, Role.DISCLOSURE_OFFICER);
        StaffUser editor = fixtures.staff(county, Role.EDITOR);
        long app = application(county, officer, "2024-03-01");
        long otherApp = application(county, officer, "2024-03-02");
        long id = record.create(officer, app, form(RECONSIDERATION, "权限测试案号", "2024-04-01", PENDING, null));

        for (StaffUser outsider : List.of(strangerOfficer, editor)) {
            mvc.perform(add(app, "RECONSIDERATION", "外人", "2024-04-01", "PENDING", null).with(fixtures.as(outsider)))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/admin/applications/" + app + "/challenges/" + id + "/edit").with(fixtures.as(outsider)))
                    .andExpect(status().isForbidden());
            mvc.perform(edit(app, id, "0", "RECONSIDERATION", "外人", "2024-04-01", "PENDING", null).with(fixtures.as(outsider)))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/admin/applications/challenges?org=" + county).with(fixtures.as(outsider)))
                    .andExpect(status().isForbidden());
        }
        // the level above reads (detail page and list) but does not act
        mvc.perform(get("/admin/applications/" + app).with(fixtures.as(cityOfficer)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("权限测试案号"), not(containsString("id=\"challenge-kind\"")),
                        not(containsString("/challenges/" + id + "/edit")))));
        mvc.perform(get("/admin/applications/challenges?below=true&org=" + city).with(fixtures.as(cityOfficer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("权限测试案号")));
        // the city's head of office (a PUBLISHER) reads the city's own records only, not those below
        StaffUser cityHead = fixtures.staff(city, Role.PUBLISHER);
        mvc.perform(get("/admin/applications/challenges?below=true").with(fixtures.as(cityHead)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("权限测试案号"))));
        mvc.perform(get("/admin/applications/challenges?org=" + county).with(fixtures.as(cityHead)))
                .andExpect(status().isForbidden());
        mvc.perform(add(app, "RECONSIDERATION", "上级", "2024-04-01", "PENDING", null).with(fixtures.as(cityOfficer)))
                .andExpect(status().isForbidden());
        mvc.perform(edit(app, id, "0", "RECONSIDERATION", "上级", "2024-04-01", "PENDING", null).with(fixtures.as(cityOfficer)))
                .andExpect(status().isForbidden());
        // a record reached through another application does not exist there
        mvc.perform(get("/admin/applications/" + otherApp + "/challenges/" + id + "/edit").with(fixtures.as(officer)))
                .andExpect(status().isNotFound());
        mvc.perform(edit(otherApp, id, "0", "RECONSIDERATION", "错位", "2024-04-01", "PENDING", null).with(fixtures.as(officer)))
                .andExpect(status().isNotFound());
        mvc.perform(add(Long.MAX_VALUE, "RECONSIDERATION", null, "2024-04-01", "PENDING", null).with(fixtures.as(officer)))
                .andExpect(status().isNotFound());
        assertThat(record.get(store(app), id).caseNumber()).isEqualTo("权限测试案号");
    }

    @Test
    void theListFiltersSortsAndPagesAndSaysWhenNothingMatches() throws Exception {
        long org = fixtures.organisation("复议列表局");
        StaffUser officer = fixtures.staff(org, Role.DISCLOSURE_OFFICER);
        long app = application(org, officer, "2023-03-01");
        record.create(officer, app, form(RECONSIDERATION, "列表A号", "2023-04-01", MAINTAINED, "2023-06-01"));
        record.create(officer, app, form(LITIGATION_DIRECT, "列表B号", "2024-04-01", PENDING, null));
        record.create(officer, app, form(RECONSIDERATION, "列表C号", "2024-07-01", CORRECTED, "2024-09-01"));

        mvc.perform(get("/admin/applications/challenges?org=" + org).with(fixtures.as(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("共 3 件"), containsString("列表A号"),
                        containsString("scope=\"col\""), containsString("aria-sort=\"descending\""))));
        String byFiled = mvc.perform(get("/admin/applications/challenges?sort=filedOn&dir=asc&org=" + org).with(fixtures.as(officer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(byFiled.indexOf("列表A号")).isLessThan(byFiled.indexOf("列表B号"));
        assertThat(byFiled.indexOf("列表B号")).isLessThan(byFiled.indexOf("列表C号"));
        mvc.perform(get("/admin/applications/challenges?year=2024&kind=RECONSIDERATION&org=" + org).with(fixtures.as(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("列表C号"), not(containsString("列表A号")),
                        not(containsString("列表B号")))));
        mvc.perform(get("/admin/applications/challenges?result=PENDING&org=" + org).with(fixtures.as(officer)))
                .andExpect(content().string(allOf(containsString("列表B号"), not(containsString("列表C号")))));
        mvc.perform(get("/admin/applications/challenges?year=2010&org=" + org).with(fixtures.as(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("没有符合条件的记录")));
        mvc.perform(get("/admin/applications/challenges?page=2&org=" + org).with(fixtures.as(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("没有符合条件的记录")));
        mvc.perform(get("/admin/applications/challenges?lang=en&org=" + org).with(fixtures.as(officer)))
                .andExpect(content().string(containsString("Administrative reconsideration")));
        for (String bad : List.of("sort=evil", "dir=sideways", "kind=APPEAL", "result=WON", "year=1999", "year=abc")) {
            mvc.perform(get("/admin/applications/challenges?" + bad).with(fixtures.as(officer)))
                    .andExpect(status().isBadRequest());
        }
        mvc.perform(get("/admin/applications?org=" + org).with(fixtures.as(officer)))
                .andExpect(content().string(containsString("/admin/applications/challenges?org=" + org)));
    }

    private ApplicationCase store(long id) {
        return cases.get(id);
    }

    private static MockHttpServletRequestBuilder add(long app, String kind, String caseNumber, String filed, String result,
                                                     String concluded) {
        return fields(post("/admin/applications/" + app + "/challenges"), kind, caseNumber, filed, result, concluded);
    }

    private static MockHttpServletRequestBuilder edit(long app, long id, String version, String kind, String caseNumber,
                                                      String filed, String result, String concluded) {
        return fields(post("/admin/applications/" + app + "/challenges/" + id), kind, caseNumber, filed, result, concluded)
                .param("version", version);
    }

    private static MockHttpServletRequestBuilder fields(MockHttpServletRequestBuilder b, String kind, String caseNumber,
                                                        String filed, String result, String concluded) {
        b.with(csrf()).param("kind", kind).param("filedOn", filed).param("result", result);
        if (caseNumber != null) {
            b.param("caseNumber", caseNumber);
        }
        if (concluded != null) {
            b.param("concludedOn", concluded);
        }
        return b;
    }
}
