package org.gongkai.participation;

import jakarta.servlet.http.Cookie;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.Zones;
import org.gongkai.platform.audit.StaffAction;
import org.gongkai.support.Fixtures;
import org.gongkai.support.IntegrationTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Surveys end to end: staff build one (field errors, roles, other organisations), the head of office publishes it and
 * its questions are fixed; the public answers once per browser (cookie guard, honeypot, rate limit, CSRF, per-question
 * checks) with hostile text kept and shown inert; no result, draft or free text reaches a public page before its time;
 * the results after closing are the counts of the fixtures; CSV export is formula-safe.
 */
@IntegrationTest
@RecordApplicationEvents
class SurveysTest {

    static final String HOSTILE = "<script>alert('s')</script>";
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;
    @Autowired OrganisationDirectory organisations;
    @Autowired ApplicationEvents events;

    record Built(long id, long single, List<Long> singleOptions, long multiple, List<Long> multipleOptions, long text) {
    }

    static String beijing(long hoursFromNow) {
        return LocalDateTime.now(Zones.CHINA).plusHours(hoursFromNow).format(LOCAL);
    }

    String page(String path, StaffUser u, int expected) throws Exception {
        return mvc.perform(get(path).with(fixtures.as(u))).andExpect(status().is(expected)).andReturn().getResponse()
                .getContentAsString();
    }

    String publicPage(String path, int expected) throws Exception {
        return mvc.perform(get(path)).andExpect(status().is(expected)).andReturn().getResponse().getContentAsString();
    }

    Built build(StaffUser officer, String title) throws Exception {
        String location = mvc.perform(post("/admin/surveys/new").with(csrf()).with(fixtures.as(officer))
                        .param("title", title).param("description", "请如实填写")
                        .param("opensAt", beijing(-48)).param("closesAt", beijing(48)))
                .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.replaceAll(".*/admin/surveys/(\\d+).*", "$1"));
        question(officer, id, "SINGLE", "您的身份", "家长\n教师\n学生", null).andExpect(status().isFound());
        question(officer, id, "MULTIPLE", "您关心哪些事项", "招生\n收费\n安全", null).andExpect(status().isFound());
        question(officer, id, "TEXT", "其他意见", "", "60").andExpect(status().isFound());
        List<Long> q = jdbc.sql("select id from survey_question where survey_id = ? order by position").param(id)
                .query(Long.class).list();
        return new Built(id, q.get(0), options(q.get(0)), q.get(1), options(q.get(1)), q.get(2));
    }

    List<Long> options(long question) {
        return jdbc.sql("select id from survey_option where question_id = ? order by position").param(question)
                .query(Long.class).list();
    }

    org.springframework.test.web.servlet.ResultActions question(StaffUser u, long id, String kind, String prompt,
                                                                String options, String max) throws Exception {
        MockHttpServletRequestBuilder b = post("/admin/surveys/" + id + "/questions").with(csrf()).with(fixtures.as(u))
                .param("kind", kind).param("prompt", prompt).param("options", options).param("required", "true");
        return mvc.perform(max == null ? b : b.param("maxLength", max));
    }

    void publish(StaffUser head, long id) throws Exception {
        int version = jdbc.sql("select version from survey where id = ?").param(id).query(Integer.class).single();
        mvc.perform(post("/admin/surveys/" + id + "/publish").with(csrf()).with(fixtures.as(head))
                .param("version", String.valueOf(version))).andExpect(status().isFound());
    }

    Cookie browser(long id) throws Exception {
        MockHttpServletResponse r = mvc.perform(get("/surveys/" + id)).andExpect(status().isOk()).andReturn().getResponse();
        String header = r.getHeader("Set-Cookie");
        assertThat(header).startsWith(SurveyBrowser.COOKIE + "=").contains("HttpOnly", "SameSite=Lax", "Path=/surveys");
        return new Cookie(SurveyBrowser.COOKIE, header.substring(header.indexOf('=') + 1, header.indexOf(';')));
    }

    MockHttpServletRequestBuilder answer(long id, Cookie cookie, String ip) {
        MockHttpServletRequestBuilder b = post("/surveys/" + id).with(csrf()).param("website", "")
                .with(r -> {
                    r.setRemoteAddr(ip);
                    return r;
                });
        return cookie == null ? b : b.cookie(cookie);
    }

    static String ip() {
        return "10.88." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250 + 1);
    }

    /** With -Dgongkai.snapshots=DIR, a rendered page is kept there to look at (screenshots of staff pages). */
    static void snapshot(String name, String html) throws java.io.IOException {
        String dir = System.getProperty("gongkai.snapshots");
        if (dir != null) {
            java.nio.file.Files.writeString(java.nio.file.Path.of(dir, name), html);
        }
    }

    @Test
    void staffBuildASurveyAndTheHeadOfOfficePublishesIt() throws Exception {
        long city = fixtures.organisation("调查市教育局");
        long county = fixtures.organisation("调查县教育局", city);
        long other = fixtures.organisation("调查他县教育局");
        StaffUser officer = fixtures.staff(county, Role.DISCLOSURE_OFFICER);
        StaffUser head = fixtures.staff(county, Role.PUBLISHER);
        StaffUser reviewer = fixtures.staff(county, Role.REVIEWER);
        StaffUser stranger = fixtures.staff(other, Role.DISCLOSURE_OFFICER);
        StaffUser above = fixtures.staff(city, Role.DISCLOSURE_OFFICER);

        assertThat(page("/admin/surveys", officer, 200)).contains("本机构尚无调查");
        String bad = mvc.perform(post("/admin/surveys/new").with(csrf()).with(fixtures.as(officer))
                        .param("title", " ").param("opensAt", "nonsense").param("closesAt", beijing(-1)))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(bad).contains("请填写标题", "请填写时间", "aria-invalid=\"true\"");
        String backwards = mvc.perform(post("/admin/surveys/new").with(csrf()).with(fixtures.as(officer))
                        .param("title", "反了").param("opensAt", beijing(5)).param("closesAt", beijing(2)))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(backwards).contains("结束时间须晚于开始时间");
        mvc.perform(post("/admin/surveys/new").with(fixtures.as(officer)).param("title", "无令牌")
                .param("opensAt", beijing(1)).param("closesAt", beijing(2))).andExpect(status().isForbidden());
        page("/admin/surveys/new", reviewer, 403);

        Built b = build(officer, "课后服务满意度调查" + HOSTILE);
        String oneOption = question(officer, b.id(), "SINGLE", "只有一个选项", "唯一", null)
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(oneOption).contains("选择题须有 2 至 20 个选项");
        question(officer, b.id(), "TEXT", "无上限", "", "").andExpect(status().isBadRequest());
        question(officer, b.id(), "TEXT", "太长", "", "5000").andExpect(status().isBadRequest());
        question(stranger, b.id(), "TEXT", "越权", "", "10").andExpect(status().isForbidden());

        String detail = page("/admin/surveys/" + b.id(), officer, 200);
        assertThat(detail).contains("&lt;script&gt;alert", "您的身份", "招生", "不超过 60 字").doesNotContain("<script>alert");
        page("/admin/surveys/" + b.id(), above, 200);
        page("/admin/surveys/" + b.id(), stranger, 403);
        page("/admin/surveys?org=" + county, stranger, 403);
        page("/admin/surveys/" + b.id(), reviewer, 403);
        page("/admin/surveys/99999999", officer, 404);

        // a draft is not public
        publicPage("/surveys/" + b.id(), 404);
        String slug = organisations.get(county).slug();
        assertThat(publicPage("/surveys?org=" + slug, 200)).doesNotContain("课后服务满意度调查");

        mvc.perform(post("/admin/surveys/" + b.id() + "/publish").with(csrf()).with(fixtures.as(officer))
                .param("version", "3")).andExpect(status().isForbidden());
        mvc.perform(post("/admin/surveys/" + b.id() + "/publish").with(csrf()).with(fixtures.as(head))
                .param("version", "0")).andExpect(status().isConflict());
        publish(head, b.id());
        question(officer, b.id(), "TEXT", "发布后再加", "", "10").andExpect(status().isConflict());
        mvc.perform(post("/admin/surveys/" + b.id() + "/questions/" + b.text() + "/remove").with(csrf())
                .with(fixtures.as(officer))).andExpect(status().isConflict());
        assertThat(publicPage("/surveys?org=" + slug, 200)).contains("课后服务满意度调查&lt;script&gt;");
        assertThat(publicPage("/sitemap.xml", 200)).contains("/surveys/" + b.id());
        assertThat(events.stream(StaffAction.class).filter(a -> String.valueOf(b.id()).equals(a.targetId()))
                .map(StaffAction::action))
                .containsExactly("survey.create", "survey.question", "survey.question", "survey.question", "survey.publish");
        // the database keeps the questions of a published survey fixed
        assertThatThrownBy(() -> jdbc.sql("update survey_question set prompt = 'x' where id = ?").param(b.single()).update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.sql("update survey set status = 'DRAFT', published_at = null, published_by = null where id = ?")
                .param(b.id()).update()).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void thePublicAnswersOncePerBrowserAndSeesResultsOnlyAfterClosing() throws Exception {
        long county = fixtures.organisation("答卷县教育局");
        StaffUser officer = fixtures.staff(county, Role.DISCLOSURE_OFFICER);
        StaffUser head = fixtures.staff(county, Role.PUBLISHER);
        Built b = build(officer, "作息时间征集");
        publish(head, b.id());
        String ip = ip();

        String form = publicPage("/surveys/" + b.id(), 200);
        assertThat(form).contains("作息时间征集", "您的身份", "提交答卷").doesNotContain("调查结果");

        // no cookie: refused, and given one
        mvc.perform(answer(b.id(), null, ip).param("q" + b.single(), "" + b.singleOptions().get(0)))
                .andExpect(status().isBadRequest());
        Cookie c1 = browser(b.id());
        mvc.perform(answer(b.id(), c1, ip).param("q" + b.single(), "" + b.singleOptions().get(0)).param("website", "x"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/surveys/" + b.id()).cookie(c1).param("q" + b.single(), "" + b.singleOptions().get(0)))
                .andExpect(status().isForbidden());
        String invalid = mvc.perform(answer(b.id(), c1, ip)
                        .param("q" + b.single(), "" + b.singleOptions().get(0), "" + b.singleOptions().get(1))
                        .param("q" + b.multiple(), "" + b.singleOptions().get(2))
                        .param("q" + b.text(), "一二三四五六七八九十".repeat(6) + "超"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(invalid).contains("单选题只能选一项", "超过了本题的字数上限");
        String missing = mvc.perform(answer(b.id(), c1, ip).param("q" + b.multiple(), "" + b.multipleOptions().get(0)))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(missing).contains("此题为必答题");
        assertThat(jdbc.sql("select count(*) from survey_response where survey_id = ?").param(b.id())
                .query(Long.class).single()).isZero();

        // four browsers: 家长, 家长, 教师, 学生; 招生 ×3, 收费 ×1, 安全 ×3
        String[][] given = {
                {"0", "0,2", HOSTILE + "公开的意见"},
                {"0", "0", "=HYPERLINK(\"http://x\")"},
                {"1", "0,1,2", "不公开的意见"},
                {"2", "2", "家长教师学生"}};
        Cookie first = null;
        for (String[] g : given) {
            Cookie c = browser(b.id());
            first = first == null ? c : first;
            MockHttpServletRequestBuilder r = answer(b.id(), c, ip())
                    .param("q" + b.single(), "" + b.singleOptions().get(Integer.parseInt(g[0])))
                    .param("q" + b.text(), g[2]);
            for (String m : g[1].split(",")) {
                r = r.param("q" + b.multiple(), "" + b.multipleOptions().get(Integer.parseInt(m)));
            }
            assertThat(mvc.perform(r).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                    .contains("感谢参与");
        }
        // the same browser again: refused, nothing stored
        mvc.perform(answer(b.id(), first, ip()).param("q" + b.single(), "" + b.singleOptions().get(1))
                .param("q" + b.multiple(), "" + b.multipleOptions().get(1)).param("q" + b.text(), "再来一次"))
                .andExpect(status().isConflict());
        assertThat(mvc.perform(get("/surveys/" + b.id()).cookie(first)).andReturn().getResponse().getContentAsString())
                .contains("您已参与过本次调查").doesNotContain("提交答卷");
        assertThat(jdbc.sql("select count(*) from survey_response where survey_id = ?").param(b.id())
                .query(Long.class).single()).isEqualTo(4);
        assertThat(jdbc.sql("select text from survey_answer where text like '<script>%公开的意见'").query(String.class).single())
                .isEqualTo(HOSTILE + "公开的意见");

        // while open: no results in public
        assertThat(publicPage("/surveys/" + b.id(), 200)).doesNotContain("调查结果", "公开的意见");
        // staff see every text, escaped
        String staff = page("/admin/surveys/" + b.id(), head, 200);
        snapshot("survey-staff.html", staff);
        assertThat(staff).contains("&lt;script&gt;alert", "不公开的意见", "共收到 4 份答卷").doesNotContain("<script>alert");

        // CSV: formula-safe, every response
        MockHttpServletResponse csv = mvc.perform(get("/admin/surveys/" + b.id() + "/responses.csv")
                .with(fixtures.as(officer))).andExpect(status().isOk()).andReturn().getResponse();
        String text = new String(csv.getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF\"编号\"").contains("\"'=HYPERLINK(\"\"http://x\"\")\"", "\"招生；收费；安全\"")
                .doesNotContain(",\"=HYPERLINK");
        assertThat(text.split("\r\n")).hasSize(5);
        mvc.perform(get("/admin/surveys/" + b.id() + "/responses.csv")
                .with(fixtures.as(fixtures.staff(fixtures.organisation("导出他县"), Role.DISCLOSURE_OFFICER))))
                .andExpect(status().isForbidden());

        // the head publishes one text answer; the officer may not
        long hostile = jdbc.sql("select id from survey_answer where text like '<script>%公开的意见'")
                .query(Long.class).single();
        mvc.perform(post("/admin/surveys/" + b.id() + "/answers/" + hostile).with(csrf()).with(fixtures.as(officer))
                .param("publish", "true")).andExpect(status().isForbidden());
        mvc.perform(post("/admin/surveys/" + b.id() + "/answers/" + hostile).with(csrf()).with(fixtures.as(head))
                .param("publish", "true")).andExpect(status().isFound());
        assertThat(publicPage("/surveys/" + b.id(), 200)).doesNotContain("公开的意见");

        // closed: results as counts and shares, only the published text
        Cookie late = browser(b.id()); // a browser that opened the form before it closed and sends it after
        jdbc.sql("update survey set closes_at = now() - interval '1 minute' where id = ?").param(b.id()).update();
        String results = publicPage("/surveys/" + b.id(), 200);
        snapshot("survey-results.html", results);
        var doc = Jsoup.parse(results);
        assertThat(doc.getElementById("responses-total").text()).contains("4");
        assertThat(doc.getElementById("table-" + b.single()).select("tbody tr").eachText())
                .containsExactly("家长 2 50.0%", "教师 1 25.0%", "学生 1 25.0%");
        assertThat(doc.getElementById("table-" + b.multiple()).select("tbody tr").eachText())
                .containsExactly("招生 3 75.0%", "收费 1 25.0%", "安全 3 75.0%");
        assertThat(doc.select("svg.chart rect")).hasSize(6);
        assertThat(results).contains("&lt;script&gt;alert(&#39;s&#39;)&lt;/script&gt;公开的意见")
                .doesNotContain("<script>alert", "不公开的意见", "HYPERLINK", "家长教师学生", "提交答卷");
        mvc.perform(answer(b.id(), late, ip()).param("q" + b.single(), "" + b.singleOptions().get(0)))
                .andExpect(status().isConflict());
        // the database keeps answers as given
        assertThatThrownBy(() -> jdbc.sql("update survey_answer set text = 'x' where id = ?").param(hostile).update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.sql("delete from survey_answer where id = ?").param(hostile).update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void oneAddressIsLimitedWhateverItsCookies() throws Exception {
        long county = fixtures.organisation("限流县教育局");
        StaffUser officer = fixtures.staff(county, Role.DISCLOSURE_OFFICER);
        Built b = build(officer, "限流调查" + UUID.randomUUID());
        publish(fixtures.staff(county, Role.PUBLISHER), b.id());
        String ip = ip();
        int refused = 0;
        for (int i = 0; i < 7; i++) {
            int s = mvc.perform(answer(b.id(), browser(b.id()), ip)
                            .param("q" + b.single(), "" + b.singleOptions().get(0))
                            .param("q" + b.multiple(), "" + b.multipleOptions().get(0)).param("q" + b.text(), "好"))
                    .andReturn().getResponse().getStatus();
            refused += s == 429 ? 1 : 0;
        }
        assertThat(refused).isEqualTo(2);
    }
}
