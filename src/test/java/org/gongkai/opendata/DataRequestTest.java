package org.gongkai.opendata;

import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.Zones;
import org.gongkai.platform.WorkListItem;
import org.gongkai.support.Fixtures;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Data requests: the clock of an application for disclosure counted across a holiday, near due and overdue on the
 * work list and in the queue, the public form (400s in words, CSRF, honeypot, rate limits) and tracking (a wrong code
 * answers like an unknown number), the staff's answers with an application's outcomes, the one-step answer by
 * publishing a dataset started from the request, other organisations' ids, hostile text, and what the database
 * refuses.
 */
@IntegrationTest
class DataRequestTest {

    private static final AtomicInteger ADDRESS = new AtomicInteger(new java.util.Random().nextInt(60_000));

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired ReceiveDataRequest receive;
    @Autowired AnswerDataRequest answer;
    @Autowired ManageDatasets manage;
    @Autowired UploadResource upload;
    @Autowired DataRequestClock clock;
    @Autowired DataRequestStore store;
    @Autowired JdbcClient jdbc;
    @Autowired OrganisationDirectory organisations;
    @Autowired List<WorkListItem> workList;

    record World(long org, String slug, StaffUser officer, StaffUser editor, StaffUser publisher) {
    }

    World world(String name) {
        long org = fixtures.organisation(name);
        return new World(org, organisations.get(org).slug(), fixtures.staff(org, Role.DISCLOSURE_OFFICER),
                fixtures.staff(org, Role.EDITOR), fixtures.staff(org, Role.PUBLISHER));
    }

    static DataRequestDraft draft(String title) {
        return new DataRequestDraft(title, "按学校列出 2025 年在校生人数。", "研究", "钱七", "13800000000", null);
    }

    static Instant at(String date) {
        return LocalDate.parse(date).atTime(10, 0).atZone(Zones.CHINA).toInstant();
    }

    /** Each test its own client address, so the shared per-address buckets do not couple tests. */
    static RequestPostProcessor from() {
        int n = ADDRESS.incrementAndGet();
        String ip = "10.22." + (n / 250 % 250) + "." + (n % 250 + 1);
        return r -> {
            r.setRemoteAddr(ip);
            return r;
        };
    }

    long count(String labelKey, long org) {
        return workList.stream().filter(w -> w.labelKey().equals(labelKey)).findFirst().orElseThrow().count().in(org);
    }

    @Test
    void aRequestIsDueTheTwentiethWorkingDayAcrossTheNationalDayHolidayAndThenFallsOverdue() throws Exception {
        World w = world("数据申请期限局");
        // received Wednesday 30 September 2026: 1–7 October off, Saturday 10 October worked (调休)
        ReceiveDataRequest.Receipt r = receive.receive(w.org(), draft("国庆前的数据申请"), at("2026-09-30"));
        assertThat(r.dueOn()).isEqualTo(LocalDate.parse("2026-11-03"));
        // weekends alone would have said 28 October
        assertThat(r.dueOn()).isNotEqualTo(LocalDate.parse("2026-10-28"));

        DataRequest req = store.find(r.id()).orElseThrow();
        LocalDate dueDay = LocalDate.parse("2026-11-03");
        assertThat(DataRequestUrgency.of(req, LocalDate.parse("2026-10-09"), clock.nearBy(LocalDate.parse("2026-10-09"))))
                .isEqualTo(DataRequestUrgency.ON_TIME);
        // five working days before: 27 October (the 28th to the 3rd are 5 working days)
        assertThat(DataRequestUrgency.of(req, LocalDate.parse("2026-10-27"), clock.nearBy(LocalDate.parse("2026-10-27"))))
                .isEqualTo(DataRequestUrgency.DUE_SOON);
        assertThat(DataRequestUrgency.of(req, dueDay, clock.nearBy(dueDay))).isEqualTo(DataRequestUrgency.DUE_SOON);
        LocalDate after = dueDay.plusDays(1);
        assertThat(DataRequestUrgency.of(req, after, clock.nearBy(after))).isEqualTo(DataRequestUrgency.OVERDUE);

        // today (after November 2026) it is overdue: on the work list and in the queue, in words
        assertThat(count("odr.worklist.overdue", w.org())).isEqualTo(1);
        mvc.perform(get("/admin/opendata/requests?flag=OVERDUE").with(fixtures.as(w.officer())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("国庆前的数据申请")))
                .andExpect(content().string(containsString("已逾期")));
        mvc.perform(get("/admin/opendata/requests/" + r.id()).with(fixtures.as(w.officer())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2026-11-03")))
                .andExpect(content().string(containsString("第 20 个工作日")));

        // a request whose due date is within five working days is near due
        LocalDate today = clock.today();
        LocalDate nearBy = clock.nearBy(today);
        LocalDate received = today;
        while (clock.due(received).due().isAfter(nearBy)) {
            received = received.minusDays(1);
        }
        receive.receive(w.org(), draft("临近期限的申请"), received.atTime(10, 0).atZone(Zones.CHINA).toInstant());
        assertThat(count("odr.worklist.near", w.org())).isEqualTo(1);
        mvc.perform(get("/admin/opendata/requests?flag=NEAR").with(fixtures.as(w.officer())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("临近期限的申请")))
                .andExpect(content().string(not(containsString("国庆前的数据申请"))));

        // answered after its due date: late, and off the work list
        answer.answer(w.officer(), r.id(), new AnswerDataRequest.Reply("CANNOT_PROVIDE_NOT_HELD", null,
                "本机关未制作该数据。", String.valueOf(req.version())));
        DataRequest answered = store.find(r.id()).orElseThrow();
        assertThat(DataRequestUrgency.of(answered, today, nearBy)).isEqualTo(DataRequestUrgency.ANSWERED_LATE);
        assertThat(count("odr.worklist.overdue", w.org())).isZero();
    }

    @Test
    void theFormAnswers400InWordsRefusesWithoutCsrfAndGivesATrackingNumberAndCode() throws Exception {
        World w = world("数据申请表单局");
        String url = "/o/" + w.slug() + "/data/request";
        mvc.perform(get(url)).andExpect(status().isOk())
                .andExpect(content().string(containsString("数据申请表单局")))
                .andExpect(content().string(containsString("20 个工作日")));
        mvc.perform(get("/o/" + w.slug() + "/data")).andExpect(status().isOk())
                .andExpect(content().string(containsString(url)));

        mvc.perform(post(url).with(csrf()).with(from()).param("title", " ").param("description", "x")
                        .param("name", "钱七").param("phone", "abc"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请填写所需数据。")))
                .andExpect(content().string(containsString("id=\"title-error\"")))
                .andExpect(content().string(containsString("电话格式不正确。")));
        mvc.perform(post(url).with(csrf()).with(from()).param("title", "数据").param("description", "x")
                        .param("name", "钱七"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("电话和电子邮箱至少填写一项。")));
        mvc.perform(post(url).with(from()).param("title", "数据").param("description", "x").param("name", "钱七")
                        .param("phone", "13800000000"))
                .andExpect(status().isForbidden());
        // the honeypot: nothing stored
        mvc.perform(post(url).with(csrf()).with(from()).param("title", "机器人").param("description", "x")
                        .param("name", "r").param("phone", "13800000000").param("website", "http://spam"))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.sql("select count(*) from od_request where organisation_id = ?").param(w.org())
                .query(Long.class).single()).isZero();

        String receipt = send(url, "<script>alert(1)</script>各校在校生", "13900000001");
        Matcher m = Pattern.compile("id=\"tracking-number\">([^<]+)<").matcher(receipt);
        Matcher c = Pattern.compile("id=\"query-code\">([^<]+)<").matcher(receipt);
        assertThat(m.find()).isTrue();
        assertThat(c.find()).isTrue();
        String tracking = m.group(1);
        String code = c.group(1);
        assertThat(tracking).startsWith("SJ-");
        assertThat(jdbc.sql("select query_code_hash from od_request where tracking_number = ?").param(tracking)
                .query(String.class).single()).startsWith("hmac-sha256:").doesNotContain(code.replace("-", ""));

        String page = mvc.perform(post("/data/requests/track").with(csrf()).with(from())
                        .param("trackingNumber", tracking).param("queryCode", code.toLowerCase()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("办理中")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("13900000001");
        // a wrong code and an unknown number answer alike
        mvc.perform(post("/data/requests/track").with(csrf()).with(from()).param("trackingNumber", tracking)
                        .param("queryCode", "AAAA-BBBB-CCCC"))
                .andExpect(status().isNotFound()).andExpect(content().string(containsString("不正确")));
        mvc.perform(post("/data/requests/track").with(csrf()).with(from()).param("trackingNumber", "SJ-20260101-XXXXXXXX")
                        .param("queryCode", code))
                .andExpect(status().isNotFound()).andExpect(content().string(containsString("不正确")));
        // the staff page keeps the hostile title inert too
        long id = jdbc.sql("select id from od_request where tracking_number = ?").param(tracking).query(Long.class).single();
        String staff = mvc.perform(get("/admin/opendata/requests/" + id).with(fixtures.as(w.officer())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(staff).doesNotContain("<script>alert(1)</script>").contains("13900000001");
    }

    @Test
    void theFormIsRateLimitedPerContactAndPerAddress() throws Exception {
        World w = world("数据申请限流局");
        String url = "/o/" + w.slug() + "/data/request";
        RequestPostProcessor one = from();
        String phone = "137" + (10_000_000 + new java.util.Random().nextInt(89_999_999));
        for (int i = 0; i < 3; i++) {
            mvc.perform(request(url, "同一联系人" + i, phone).with(from())).andExpect(status().isOk());
        }
        mvc.perform(request(url, "第四次", phone).with(from())).andExpect(status().isTooManyRequests())
                .andExpect(content().string(containsString("提交过于频繁")));
        for (int i = 0; i < 5; i++) {
            mvc.perform(request(url, "同一地址" + i, "1360000000" + i).with(one)).andExpect(status().isOk());
        }
        mvc.perform(request(url, "第六次", "13600000099").with(one)).andExpect(status().isTooManyRequests());
    }

    @Test
    void staffAnswerWithAnApplicationsOutcomesAndOtherOrganisationsGet403() throws Exception {
        World w = world("数据申请答复局");
        World other = world("数据申请他局");
        long refused = receive.receive(w.org(), draft("学生家庭住址")).id();
        long unknown = 9_000_000_000L;

        mvc.perform(get("/admin/opendata/requests").with(fixtures.as(w.officer()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("学生家庭住址")));
        mvc.perform(get("/admin/opendata/requests").with(fixtures.as(other.officer()))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("学生家庭住址"))))
                .andExpect(content().string(containsString("没有符合条件的申请。")));
        mvc.perform(get("/admin/opendata/requests?org=" + w.org()).with(fixtures.as(other.officer())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/opendata/requests/" + refused).with(fixtures.as(other.officer())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/opendata/requests/" + unknown).with(fixtures.as(w.officer())))
                .andExpect(status().isNotFound());
        mvc.perform(post("/admin/opendata/requests/" + refused + "/answer").with(csrf()).with(fixtures.as(other.officer()))
                        .param("outcome", "OTHER").param("reply", "x").param("version", "0"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/opendata/requests/" + refused + "/answer").with(csrf()).with(fixtures.as(w.editor()))
                        .param("outcome", "OTHER").param("reply", "x").param("version", "0"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/opendata/requests/" + refused + "/answer").with(fixtures.as(w.officer()))
                        .param("outcome", "OTHER").param("reply", "x").param("version", "0"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/opendata/requests/" + refused).with(fixtures.as(w.editor())))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("答复申请"))));

        // 400s in words: no outcome; a withholding answer without reasons; disclosing without a dataset
        mvc.perform(post("/admin/opendata/requests/" + refused + "/answer").with(csrf()).with(fixtures.as(w.officer()))
                        .param("version", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请选择答复结果。")))
                .andExpect(content().string(containsString("id=\"outcome-error\"")));
        mvc.perform(post("/admin/opendata/requests/" + refused + "/answer").with(csrf()).with(fixtures.as(w.officer()))
                        .param("outcome", "WITHHELD_THIRD_PARTY_RIGHTS").param("version", "0"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("请写明答复理由。")));
        long otherDataset = publishedDataset(other, "他局数据");
        mvc.perform(post("/admin/opendata/requests/" + refused + "/answer").with(csrf()).with(fixtures.as(w.officer()))
                        .param("outcome", "DISCLOSED").param("dataset", String.valueOf(otherDataset)).param("version", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("予以公开的答复须选择本机构已发布的数据集。")));

        mvc.perform(post("/admin/opendata/requests/" + refused + "/answer").with(csrf()).with(fixtures.as(w.officer()))
                        .param("outcome", "WITHHELD_THIRD_PARTY_RIGHTS").param("reply", "涉及个人隐私<b>不予公开</b>")
                        .param("version", "0"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/admin/opendata/requests/" + refused + "?answered"));
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'opendata.request.answer' and target_id = ?")
                .param(String.valueOf(refused)).query(Long.class).single()).isEqualTo(1);
        // answering again is a conflict
        mvc.perform(post("/admin/opendata/requests/" + refused + "/answer").with(csrf()).with(fixtures.as(w.officer()))
                        .param("outcome", "OTHER").param("reply", "x").param("version", "1"))
                .andExpect(status().isConflict());
        mvc.perform(get("/admin/opendata/requests/" + refused).with(fixtures.as(w.officer())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("&lt;b&gt;不予公开&lt;/b&gt;")))
                .andExpect(content().string(containsString("第三方合法权益")));
    }

    @Test
    void aDatasetStartedFromARequestAnswersItWhenPublishedAndOnlyThenReachesTheTrackingPage() throws Exception {
        World w = world("数据申请一步局");
        String url = "/o/" + w.slug() + "/data/request";
        String receipt = send(url, "各校食堂食品安全检查结果", "13500000002");
        Matcher m = Pattern.compile("id=\"tracking-number\">([^<]+)<").matcher(receipt);
        Matcher c = Pattern.compile("id=\"query-code\">([^<]+)<").matcher(receipt);
        assertThat(m.find() && c.find()).isTrue();
        long id = jdbc.sql("select id from od_request where tracking_number = ?").param(m.group(1)).query(Long.class).single();

        mvc.perform(get("/admin/opendata/new?request=" + id).with(fixtures.as(w.editor())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"各校食堂食品安全检查结果\"")))
                .andExpect(content().string(containsString("name=\"fromRequest\"")));
        World other = world("数据申请一步他局");
        mvc.perform(get("/admin/opendata/new?request=" + id).with(fixtures.as(other.editor())))
                .andExpect(status().isForbidden());
        String location = mvc.perform(post("/admin/opendata").with(csrf()).with(fixtures.as(w.editor()))
                        .param("title", "各校食堂食品安全检查结果").param("description", "2025 年检查结果。")
                        .param("theme", "EDUC").param("publisher", "一步局").param("contactEmail", "data@example.gov.cn").param("licence", "CC_BY_4_0")
                        .param("frequency", "ANNUAL").param("opennessClass", "RESULT").param("fromRequest", String.valueOf(id)))
                .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
        long dataset = Long.parseLong(location.replaceAll("\\D+", " ").strip().split(" ")[0]);
        assertThat(store.find(id).orElseThrow().datasetId()).isEqualTo(dataset);
        upload.addResource(w.editor(), dataset, "检查结果", null, "checks.csv",
                "学校,结果\n一中,合格\n".getBytes(StandardCharsets.UTF_8));

        // while the dataset is a draft the tracking page names no dataset
        track(m.group(1), c.group(1)).andExpect(content().string(not(containsString("/data/" + dataset + "\""))))
                .andExpect(content().string(containsString("办理中")));

        manage.publish(w.publisher(), dataset);
        DataRequest answered = store.find(id).orElseThrow();
        assertThat(answered.status()).isEqualTo(DataRequestStatus.ANSWERED);
        assertThat(answered.outcome()).isEqualTo(org.gongkai.application.ReplyOutcome.DISCLOSED);
        track(m.group(1), c.group(1)).andExpect(content().string(containsString("/data/" + dataset + "\"")))
                .andExpect(content().string(containsString("数据已开放")));

        // withdrawn, the dataset is no longer linked
        manage.withdraw(w.publisher(), dataset);
        track(m.group(1), c.group(1)).andExpect(content().string(not(containsString("/data/" + dataset + "\""))));
        // a request already answered cannot start another dataset
        mvc.perform(get("/admin/opendata/new?request=" + id).with(fixtures.as(w.editor())))
                .andExpect(status().isConflict());
    }

    @Test
    void theDatabaseRefusesAnAnswerWithoutOutcomeAndADisclosureWithoutDataset() {
        World w = world("数据申请约束局");
        long id = receive.receive(w.org(), draft("约束")).id();
        assertThatThrownBy(() -> jdbc.sql("update od_request set status = 'ANSWERED' where id = ?").param(id).update())
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("""
                        update od_request set status = 'ANSWERED', outcome = 'DISCLOSED', answered_at = now(),
                            answered_on = current_date where id = ?""").param(id).update())
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("""
                        update od_request set status = 'ANSWERED', outcome = 'OTHER', answered_at = now(),
                            answered_on = current_date, reply = ' ' where id = ?""").param(id).update())
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("update od_request set contact_phone = null where id = ?").param(id).update())
                .isInstanceOf(DataAccessException.class);
    }

    private org.springframework.test.web.servlet.ResultActions track(String tracking, String code) throws Exception {
        return mvc.perform(post("/data/requests/track").with(csrf()).with(from()).param("trackingNumber", tracking)
                .param("queryCode", code)).andExpect(status().isOk());
    }

    private long publishedDataset(World w, String title) {
        long id = manage.create(w.editor(), OpenDataTest.form(title));
        upload.addResource(w.editor(), id, "表", null, "t.csv", "名称,数量\n甲,1\n".getBytes(StandardCharsets.UTF_8));
        manage.publish(w.publisher(), id);
        return id;
    }

    private String send(String url, String title, String phone) throws Exception {
        return mvc.perform(request(url, title, phone).with(from()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("查询码只显示这一次")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static MockHttpServletRequestBuilder request(String url, String title, String phone) {
        return post(url).with(csrf()).param("title", title).param("description", "按学校列出。")
                .param("name", "钱七").param("phone", phone);
    }
}
