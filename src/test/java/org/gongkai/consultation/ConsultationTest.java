package org.gongkai.consultation;

import org.gongkai.identity.Organisation;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.Zones;
import org.gongkai.platform.web.ConflictException;
import org.gongkai.platform.web.InvalidInputException;
import org.gongkai.support.Fixtures;
import org.gongkai.support.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Consultations on a draft decision: nothing unpublished reaches a public page, the form's checks and the 30-day
 * rule, comments refused outside the period, comments inert and their contact private, moderation, and the adoption
 * report that waits for every decision and traces each change to its comments.
 */
@IntegrationTest
class ConsultationTest {

    static final String HOSTILE = "<script>alert('x')</script><img src=x onerror=alert(1)>";

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired OrganisationDirectory organisations;
    @Autowired DraftConsultation drafts;
    @Autowired ModerateComments moderation;
    @Autowired ConsultationStore store;
    @Autowired EnterComment enter;
    @Autowired JdbcClient jdbc;

    final String run = UUID.randomUUID().toString().substring(0, 8);

    record Team(Organisation org, StaffUser editor, StaffUser publisher, StaffUser reviewer) {
    }

    Team team(String name) {
        long id = fixtures.organisation(name + run);
        return new Team(organisations.get(id), fixtures.staff(id, Role.EDITOR), fixtures.staff(id, Role.PUBLISHER),
                fixtures.staff(id, Role.REVIEWER));
    }

    static String at(long daysFromNow) {
        return ConsultationInput.LOCAL.format(LocalDateTime.now(Zones.CHINA).plusDays(daysFromNow));
    }

    ConsultationInput input(String title, long opens, long closes, String reason, boolean publishComments) {
        return new ConsultationInput(title, "基础教育科", "为规范课后服务，起草了本办法。", "第一条 为了规范……\n\n第二条 学校应当……\n\n第三条 本办法自发布之日起施行。",
                at(opens), at(closes), reason, List.of("ONLINE", "EMAIL"), "电话 0000-12345678",
                publishComments ? "true" : null, null);
    }

    long published(Team t, ConsultationInput in) {
        long id = drafts.create(t.editor(), in);
        drafts.publish(t.publisher(), id);
        return id;
    }

    /** Each test comments from its own address: the rate limit is per address and shared by the whole run. */
    final String address = "10.18." + (run.hashCode() & 0xff) + "." + ((run.hashCode() >> 8) & 0xff);

    MockHttpServletRequestBuilder comment(long id, Object passage, String body) {
        return post("/consultations/" + id + "/comments").with(csrf()).with(r -> {
                    r.setRemoteAddr(address);
                    return r;
                }).param("passage", String.valueOf(passage))
                .param("body", body).param("name", "网友甲").param("contact", "private" + run + "@example.cn");
    }

    String html(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString();
    }

    int status(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    @Test
    void aConsultationNotPublishedReachesNoPublicPage() throws Exception {
        Team t = team("征求意见泄漏县教育局");
        String secret = "未发布征求意见" + run;
        long id = drafts.create(t.editor(), input(secret, -1, 40, null, true));
        assertThat(status(get("/consultations/" + id))).isEqualTo(404);
        assertThat(status(comment(id, "", "意见"))).isEqualTo(404);
        assertThat(html(get("/o/" + t.org().slug() + "/consultations"))).doesNotContain(secret);
        assertThat(html(get("/o/" + t.org().slug()))).doesNotContain(secret).doesNotContain("/consultations");
        assertThat(html(get("/sitemap.xml?before=" + run))).doesNotContain(secret).doesNotContain("/consultations/" + id + "<");
        assertThat(html(get("/o/" + t.org().slug() + "/consultations/feed.atom"))).doesNotContain(secret);
        assertThat(jdbc.sql("select count(*) from consultation_comment where consultation_id = ?").param(id)
                .query(Long.class).single()).isZero();

        drafts.publish(t.publisher(), id);
        Document page = Jsoup.parse(html(get("/consultations/" + id)));
        assertThat(page.select("h1").text()).isEqualTo(secret);
        assertThat(page.select("article.passage")).hasSize(3);
        assertThat(page.select("article.passage form")).hasSize(3);
        assertThat(html(get("/o/" + t.org().slug() + "/consultations?p=" + run))).contains(secret);
        // once published: the site's navigation (a SiteContribution), the sitemap and the site's feed
        assertThat(Jsoup.parse(html(get("/o/" + t.org().slug() + "?p=" + run)))
                .select("a[href=/o/" + t.org().slug() + "/consultations]")).isNotEmpty();
        assertThat(html(get("/sitemap.xml?after=" + run))).contains("/consultations/" + id + "</loc>");
        var feed = mvc.perform(get("/o/" + t.org().slug() + "/consultations/feed.atom")).andReturn().getResponse();
        assertThat(feed.getContentType()).startsWith("application/atom+xml");
        Document atom = Jsoup.parse(feed.getContentAsString(), "", org.jsoup.parser.Parser.xmlParser());
        assertThat(atom.select("entry > title").text()).isEqualTo(secret);
        assertThat(atom.select("entry > id").text()).endsWith("/consultations/" + id);
        assertThat(status(get("/o/no-such-site-" + run + "/consultations/feed.atom"))).isEqualTo(404);
    }

    @Test
    void theFormChecksItsFieldsAndAShorterPeriodNeedsAReasonShownToThePublic() throws Exception {
        Team t = team("征求意见表单县教育局");
        Document form = Jsoup.parse(html(post("/admin/consultations").with(fixtures.as(t.editor())).with(csrf())));
        assertThat(form.select(".error-text").eachAttr("id")).contains("title-error", "draftingDepartment-error",
                "contact-error", "explanation-error", "draftText-error", "opensAt-error", "closesAt-error", "channels-error");
        assertThat(status(post("/admin/consultations").with(fixtures.as(t.editor())).with(csrf()))).isEqualTo(400);
        assertThat(Jsoup.parse(html(get("/admin/consultations/new").with(fixtures.as(t.editor()))))
                .select("#period-hint").text()).contains("30 日");

        assertThatThrownBy(() -> drafts.create(t.editor(), input("短期", 0, 10, null, false)))
                .isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("fieldErrors", Map.of("shortPeriodReason", "consult.error.shortPeriod"));
        assertThatThrownBy(() -> drafts.create(t.editor(), input("倒序", 10, 0, null, false)))
                .hasFieldOrPropertyWithValue("fieldErrors", Map.of("closesAt", "consult.error.closesBeforeOpens"));
        long id = published(t, input("短期征求意见" + run, -1, 10, "上级文件要求在开学前出台", false));
        assertThat(Jsoup.parse(html(get("/consultations/" + id))).select("table.meta").text())
                .contains("期限较短的理由", "上级文件要求在开学前出台");

        // without CSRF, by a reviewer, or on another organisation's consultation: refused
        assertThat(status(post("/admin/consultations").with(fixtures.as(t.editor())))).isEqualTo(403);
        assertThat(status(post("/admin/consultations").with(fixtures.as(t.reviewer())).with(csrf())
                .param("title", "x"))).isEqualTo(403);
        assertThat(status(post("/admin/consultations/" + id + "/publish").with(fixtures.as(t.editor())).with(csrf())))
                .isEqualTo(403);
        Team other = team("征求意见他县教育局");
        assertThat(status(get("/admin/consultations/" + id).with(fixtures.as(other.editor())))).isEqualTo(404);
        assertThat(status(get("/admin/consultations/" + id + "/edit").with(fixtures.as(other.editor())))).isEqualTo(404);
        assertThat(status(post("/admin/consultations/" + id + "/report").with(fixtures.as(other.publisher())).with(csrf())
                .param("summary", "x"))).isEqualTo(404);
        assertThat(html(get("/admin/consultations").with(fixtures.as(other.editor())))).doesNotContain("短期征求意见" + run)
                .contains("还没有意见征集");
        for (StaffUser u : List.of(t.editor(), t.publisher(), t.reviewer())) {
            assertThat(html(get("/admin/consultations").with(fixtures.as(u)))).contains("短期征求意见" + run);
            assertThat(status(get("/admin/consultations/" + id).with(fixtures.as(u)))).isEqualTo(200);
        }
    }

    @Test
    void commentsBeforeOpeningAndAfterClosingAreRefusedWithAClearMessage() throws Exception {
        Team t = team("征求意见期限县教育局");
        long upcoming = published(t, input("尚未开始" + run, 2, 40, null, true));
        long closed = published(t, input("已经结束" + run, -41, -1, null, true));
        long firstPassage = store.passages(upcoming).get(0).id();

        var before = mvc.perform(comment(upcoming, firstPassage, "提前的意见")).andReturn().getResponse();
        assertThat(before.getStatus()).isEqualTo(409);
        assertThat(Jsoup.parse(before.getContentAsString()).select("[role=alert]").text()).contains("征求意见尚未开始");
        var after = mvc.perform(comment(closed, "", "迟到的意见")).andReturn().getResponse();
        assertThat(after.getStatus()).isEqualTo(409);
        assertThat(Jsoup.parse(after.getContentAsString()).select("[role=alert]").text()).contains("征求意见已经结束");
        assertThat(Jsoup.parse(html(get("/consultations/" + closed))).select("main form")).isEmpty();
        assertThat(jdbc.sql("select count(*) from consultation_comment where consultation_id in (?, ?)")
                .params(upcoming, closed).query(Long.class).single()).isZero();
    }

    @Test
    void aCommentIsStoredAsTypedRendersInertKeepsItsContactPrivateAndShowsOnlyOnceModerated() throws Exception {
        Team t = team("征求意见评论县教育局");
        long id = published(t, input("评论测试" + run, -1, 40, null, true));
        long passage = store.passages(id).get(1).id();
        String typed = "  第二条应当写明时间。\n" + HOSTILE + " 意见标记" + run + "  ";

        assertThat(status(comment(id, passage, typed))).isEqualTo(302);
        assertThat(status(comment(id, "", "整体意见" + run))).isEqualTo(302);
        assertThat(status(comment(id, "", "机器人" + run).param("website", "http://spam"))).isEqualTo(400);
        assertThat(status(comment(id, "", " "))).isEqualTo(400);
        assertThat(status(comment(id, 999999999L, "错段"))).isEqualTo(400);
        List<Comment> comments = store.comments(id);
        assertThat(comments).hasSize(2);
        assertThat(comments.get(0).body()).isEqualTo(typed);
        assertThat(comments.get(0).passageId()).isEqualTo(passage);

        // awaiting moderation: not on the public page
        assertThat(html(get("/consultations/" + id))).doesNotContain("意见标记" + run).doesNotContain("整体意见" + run);
        Document staff = Jsoup.parse(html(get("/admin/consultations/" + id).with(fixtures.as(t.editor()))));
        assertThat(staff.select("#comment-" + comments.get(0).id() + " script, #comment-" + comments.get(0).id() + " img")).isEmpty();
        assertThat(staff.select("#comment-" + comments.get(0).id()).text()).contains("<script>alert('x')</script>",
                "private" + run + "@example.cn", "第 2 段");

        mvc.perform(post("/admin/consultations/" + id + "/comments/" + comments.get(0).id() + "/moderation")
                .with(fixtures.as(t.editor())).with(csrf()).param("moderation", "PUBLISHED"));
        mvc.perform(post("/admin/consultations/" + id + "/comments/" + comments.get(1).id() + "/moderation")
                .with(fixtures.as(t.editor())).with(csrf()).param("moderation", "REJECTED"));
        String publicPage = html(get("/consultations/" + id));
        Document doc = Jsoup.parse(publicPage);
        assertThat(doc.select("#passage-" + passage + " blockquote").text()).contains("<script>alert('x')</script>");
        assertThat(doc.select("main script, main img")).isEmpty();
        assertThat(publicPage).doesNotContain("private" + run).doesNotContain("整体意见" + run);

        // another organisation's staff cannot moderate it
        Team other = team("征求意见评论他县教育局");
        assertThat(status(post("/admin/consultations/" + id + "/comments/" + comments.get(1).id() + "/moderation")
                .with(fixtures.as(other.editor())).with(csrf()).param("moderation", "PUBLISHED"))).isEqualTo(404);

        // a burst of five per address (two stored and two refused above; the honeypot took none), then refused
        assertThat(status(comment(id, "", "第五条意见" + run))).isEqualTo(302);
        assertThat(status(comment(id, "", "第六条意见" + run))).isEqualTo(429);
    }

    @Test
    void theAdoptionReportWaitsForClosingAndEveryDecisionAndTracesEachChangeToItsComments() throws Exception {
        Team t = team("征求意见采纳县教育局");
        long open = published(t, input("尚在征求" + run, -1, 40, null, false));
        assertThatThrownBy(() -> moderation.publishReport(t.publisher(), open, "说明"))
                .isInstanceOf(ConflictException.class).hasMessage("consult.error.notClosed");

        long id = published(t, input("采纳情况" + run, -41, -1, null, false));
        List<Passage> passages = store.passages(id);
        long a = store.insertComment(id, passages.get(0).id(), "甲", "a@example.cn", "第一条太宽泛" + run);
        long b = store.insertComment(id, null, null, null, "建议增加过渡期" + run);
        long spam = store.insertComment(id, null, null, null, "广告" + run);
        moderation.moderate(t.editor(), id, spam, "REJECTED");

        moderation.decide(t.editor(), id, a, "ADOPTED", "已细化第一条");
        assertThatThrownBy(() -> moderation.publishReport(t.publisher(), id, "共收到意见 2 条"))
                .isInstanceOf(ConflictException.class).hasMessage("consult.error.undecided");
        assertThatThrownBy(() -> moderation.decide(t.editor(), id, b, "NOT_ADOPTED", " "))
                .hasFieldOrPropertyWithValue("fieldErrors", Map.of("reason", "consult.error.reason"));
        assertThatThrownBy(() -> moderation.decide(t.editor(), id, spam, "ADOPTED", "x"))
                .isInstanceOf(InvalidInputException.class);
        // the database refuses a decision without its reason, and a comment on another consultation's passage
        assertThatThrownBy(() -> jdbc.sql("update consultation_comment set decision = 'ADOPTED', decided_at = now()"
                + " where id = ?").param(b).update()).isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
        long otherPassage = store.passages(open).get(0).id();
        assertThatThrownBy(() -> store.insertComment(id, otherPassage, null, null, "错位"))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
        moderation.decide(t.editor(), id, b, "PARTLY", "过渡期定为三个月");
        assertThatThrownBy(() -> moderation.recordChange(t.editor(), id, String.valueOf(passages.get(0).id()), "改写", List.of()))
                .hasFieldOrPropertyWithValue("fieldErrors", Map.of("comments", "consult.error.changeComments"));
        assertThatThrownBy(() -> moderation.recordChange(t.editor(), id, null, "改写", List.of(String.valueOf(spam))))
                .hasFieldOrPropertyWithValue("fieldErrors", Map.of("comments", "consult.error.changeComments"));
        moderation.recordChange(t.editor(), id, String.valueOf(passages.get(0).id()), "第一条改为列举适用范围",
                List.of(String.valueOf(a)));
        moderation.recordChange(t.editor(), id, null, "增加第四条过渡期三个月", List.of(String.valueOf(b)));
        assertThat(status(post("/admin/consultations/" + id + "/report").with(fixtures.as(t.editor())).with(csrf())
                .param("summary", "x"))).isEqualTo(403);
        assertThat(status(post("/admin/consultations/" + id + "/report").with(fixtures.as(t.publisher())).with(csrf())
                .param("summary", "共收到意见 2 条，采纳 1 条，部分采纳 1 条。"))).isEqualTo(302);

        Document page = Jsoup.parse(html(get("/consultations/" + id)));
        assertThat(page.select("#report-h").text()).isEqualTo("意见采纳情况");
        assertThat(page.select("section[aria-labelledby=report-h] li").eachText()).containsExactly(
                "第 1 段： 第一条改为列举适用范围 （依据意见：" + a + "）",
                "整体意见： 增加第四条过渡期三个月 （依据意见：" + b + "）");
        assertThat(page.select("section[aria-labelledby=report-h] tbody tr")).hasSize(2);
        assertThat(page.text()).contains("已细化第一条", "过渡期定为三个月").doesNotContain("广告" + run)
                .doesNotContain("a@example.cn");
        assertThatThrownBy(() -> moderation.decide(t.editor(), id, b, "ADOPTED", "改主意"))
                .isInstanceOf(ConflictException.class);
        assertThat(jdbc.sql("select count(*) from audit_entry where action like 'consultation.%' and organisation_id = ?")
                .param(t.org().id()).query(Long.class).single()).isGreaterThanOrEqualTo(9);
    }

    @Test
    void staffEnterCommentsReceivedOfflineMarkedAsSuchAndExportEveryCommentAsCsvAndXlsx() throws Exception {
        Team t = team("线下意见县教育局");
        Team other = team("线下意见他县");
        // channels: online and e-mail (input(...)); the hearing was not announced
        long id = published(t, input("线下意见征集" + run, -2, 40, null, true));
        long passage = store.passages(id).get(1).id();
        String today = java.time.LocalDate.now(Zones.CHINA).toString();
        String hostile = "=HYPERLINK(\"http://x\")" + HOSTILE;

        // 400 with a message per field, nothing stored
        var bad = mvc.perform(post("/admin/consultations/" + id + "/comments").with(fixtures.as(t.editor())).with(csrf())
                .param("channel", "HEARING").param("receivedOn", "2001-01-01").param("passage", "999999999")
                .param("body", " ")).andReturn().getResponse();
        assertThat(bad.getStatus()).isEqualTo(400);
        Document form = Jsoup.parse(bad.getContentAsString());
        assertThat(form.select("details.entered-comment").attr("open")).isNotNull();
        assertThat(form.select(".notice.error a").eachAttr("href")).containsExactly("#entered-passage",
                "#entered-channel", "#entered-receivedOn", "#entered-body");
        assertThatThrownBy(() -> enter.enter(t.editor(), id, new EnteredCommentInput("", "ONLINE", today, null, null, "x")))
                .hasFieldOrPropertyWithValue("fieldErrors", Map.of("channel", "consult.entered.error.channel"));
        assertThatThrownBy(() -> enter.enter(t.editor(), id, new EnteredCommentInput("", "EMAIL",
                java.time.LocalDate.now(Zones.CHINA).plusDays(1).toString(), null, null, "x")))
                .hasFieldOrPropertyWithValue("fieldErrors", Map.of("receivedOn", "consult.entered.error.receivedOn"));
        // CSRF, a reviewer, another organisation
        assertThat(status(post("/admin/consultations/" + id + "/comments").with(fixtures.as(t.editor()))
                .param("channel", "EMAIL").param("receivedOn", today).param("body", "x"))).isEqualTo(403);
        assertThat(status(post("/admin/consultations/" + id + "/comments").with(fixtures.as(t.reviewer())).with(csrf())
                .param("channel", "EMAIL").param("receivedOn", today).param("body", "x"))).isEqualTo(403);
        assertThat(status(post("/admin/consultations/" + id + "/comments").with(fixtures.as(other.editor())).with(csrf())
                .param("channel", "EMAIL").param("receivedOn", today).param("body", "x"))).isEqualTo(404);
        assertThat(store.comments(id)).isEmpty();

        assertThat(status(post("/admin/consultations/" + id + "/comments").with(fixtures.as(t.editor())).with(csrf())
                .param("channel", "EMAIL").param("receivedOn", today).param("passage", String.valueOf(passage))
                .param("name", "来信人").param("contact", "letter" + run + "@example.cn").param("body", hostile)))
                .isEqualTo(302);
        assertThat(status(comment(id, "", "网上的意见, 含逗号"))).isEqualTo(302);
        List<Comment> comments = store.comments(id);
        Comment entered = comments.stream().filter(Comment::enteredByStaff).findFirst().orElseThrow();
        assertThat(entered.body()).isEqualTo(hostile);
        assertThat(entered.channel()).isEqualTo(Channel.EMAIL);
        assertThat(entered.moderation()).isEqualTo(Moderation.PENDING);
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'consultation.commentEntered' and target_id = ?")
                .param(String.valueOf(entered.id())).query(Long.class).single()).isEqualTo(1);

        // marked as entered by staff on the staff page and, once moderated, on the public page; inert on both
        String staffPage = html(get("/admin/consultations/" + id).with(fixtures.as(t.editor())));
        assertThat(staffPage).doesNotContain("<script>alert").doesNotContain("<img src=x");
        assertThat(Jsoup.parse(staffPage).select("#comment-" + entered.id() + " .entered-mark").text())
                .isEqualTo("电子邮件 · 工作人员录入");
        moderation.moderate(t.editor(), id, entered.id(), "PUBLISHED");
        String publicPage = html(get("/consultations/" + id));
        assertThat(publicPage).doesNotContain("<script>alert").doesNotContain("letter" + run);
        assertThat(Jsoup.parse(publicPage).select("#passage-" + passage + " blockquote footer").text()).contains("电子邮件");

        // the exports: staff only, every comment with its contact, audited
        assertThat(status(get("/admin/consultations/" + id + "/comments.csv").with(fixtures.as(other.editor()))))
                .isEqualTo(404);
        assertThat(status(get("/admin/consultations/" + id + "/comments.csv"))).isIn(302, 401, 403);
        var csv = mvc.perform(get("/admin/consultations/" + id + "/comments.csv").with(fixtures.as(t.reviewer())))
                .andReturn().getResponse();
        assertThat(csv.getContentType()).startsWith("text/csv");
        assertThat(csv.getHeader("Content-Disposition")).contains("attachment");
        String text = new String(csv.getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        List<List<String>> records = csvRows(text.substring(1));
        assertThat(records).hasSize(3);
        assertThat(records.get(0).get(0)).isEqualTo("编号");
        assertThat(records.get(1).get(2)).isEqualTo("电子邮件");
        assertThat(records.get(1).get(6)).isEqualTo("letter" + run + "@example.cn");
        assertThat(records.get(1).get(7)).isEqualTo("'" + hostile); // never a formula in a spreadsheet
        assertThat(records.get(2).get(7)).isEqualTo("网上的意见, 含逗号");

        var xlsx = mvc.perform(get("/admin/consultations/" + id + "/comments.xlsx").with(fixtures.as(t.publisher())))
                .andReturn().getResponse();
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.getContentAsByteArray()))) {
            var sheet = wb.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            var cell = sheet.getRow(1).getCell(7);
            assertThat(cell.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
            assertThat(cell.getStringCellValue()).isEqualTo(hostile);
            assertThat(sheet.getRow(1).getCell(4).getStringCellValue()).isEqualTo("工作人员录入");
        }
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'consultation.exported' and target_id = ?")
                .param(String.valueOf(id)).query(Long.class).single()).isEqualTo(2);

        // the figures for the annual report and the self-inspection
        Document counts = Jsoup.parse(html(get("/admin/consultations/counts").with(fixtures.as(t.reviewer()))));
        assertThat(counts.select("table.consultation-counts tbody tr").get(0).select("th, td").eachText())
                .containsExactly(t.org().name(), "1", "1（100%）", "0（0%）", "2", "1");
        assertThat(status(get("/admin/consultations/counts?year=1900").with(fixtures.as(t.editor())))).isEqualTo(200);
        // the database keeps the mark honest: an online comment never names who entered it
        assertThatThrownBy(() -> jdbc.sql("update consultation_comment set entered_by = null where id = ?")
                .param(entered.id()).update()).hasMessageContaining("consultation_comment_entered");
    }

    /** RFC 4180 records (quoted fields with doubled quotes, CRLF between records). */
    static List<List<String>> csvRows(String text) {
        List<List<String>> rows = new java.util.ArrayList<>();
        List<String> row = new java.util.ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new java.util.ArrayList<>();
                i++;
            } else {
                cell.append(ch);
            }
        }
        return rows;
    }
}
