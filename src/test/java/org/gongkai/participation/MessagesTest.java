package org.gongkai.participation;

import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
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
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Messages from the public end to end: the form (field errors, honeypot, CSRF, rate limit per contact), the tracking
 * page (the query code is required; a wrong code answers exactly like an unknown number), hostile HTML kept exactly
 * and rendered inert, the inbox and its actions as each role sees them, other organisations' messages refused,
 * transfer with its history, publication only with the writer's consent, and contact details on no public page.
 */
@IntegrationTest
@RecordApplicationEvents
class MessagesTest {

    static final String HOSTILE = "<script>alert('x')</script><img src=x onerror=alert(1)>";
    private static final AtomicInteger IP = new AtomicInteger(1);

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired OrganisationDirectory organisations;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEvents events;

    record Sent(String tracking, String code, long id) {
    }

    /** A fresh client address per call, so the per-address bucket of one test never spills into another. */
    static RequestPostProcessor from(String ip) {
        return r -> {
            r.setRemoteAddr(ip);
            return r;
        };
    }

    static String ip() {
        int n = IP.getAndIncrement();
        return "10.77." + (n / 250) + "." + (n % 250 + 1);
    }

    MockHttpServletRequestBuilder form(String slug, String type, String subject, String body, String phone,
                                       boolean mayPublish) {
        MockHttpServletRequestBuilder b = post("/messages").with(csrf()).with(from(ip())).param("org", slug)
                .param("type", type).param("subject", subject).param("body", body).param("name", "张三丰")
                .param("phone", phone).param("email", "").param("website", "");
        return mayPublish ? b.param("mayPublish", "true") : b;
    }

    Sent send(String slug, String subject, String body, String phone, boolean mayPublish) throws Exception {
        String html = mvc.perform(form(slug, "CONSULTATION", subject, body, phone, mayPublish))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Document d = Jsoup.parse(html);
        String tracking = d.getElementById("tracking-number").text();
        long id = jdbc.sql("select id from citizen_message where tracking_number = ?").param(tracking)
                .query(Long.class).single();
        return new Sent(tracking, d.getElementById("query-code").text(), id);
    }

    String slug(long org) {
        return organisations.get(org).slug();
    }

    static String phone() {
        return "139" + String.format("%08d", (long) (Math.random() * 100_000_000L));
    }

    String track(String tracking, String code, int expected) throws Exception {
        return mvc.perform(post("/messages/track").with(csrf()).with(from(ip())).param("trackingNumber", tracking)
                        .param("queryCode", code))
                .andExpect(status().is(expected)).andReturn().getResponse().getContentAsString();
    }

    String page(String path, StaffUser user, int expected) throws Exception {
        return mvc.perform(get(path).with(fixtures.as(user))).andExpect(status().is(expected))
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void theWriterFollowsTheExchangeWithNumberAndCodeAndHostileHtmlStaysInert() throws Exception {
        long org = fixtures.organisation("留言市教育局");
        String body = "第一行\n  第二行 " + HOSTILE + "\n";
        Sent s = send(slug(org), "学位 " + HOSTILE, body, phone(), false);

        // stored exactly as typed
        assertThat(jdbc.sql("select body from citizen_message where id = ?").param(s.id()).query(String.class).single())
                .isEqualTo(body);
        assertThat(s.tracking()).matches("LY-\\d{8}-[0-9A-Z]{8}");
        assertThat(jdbc.sql("select query_code_hash from citizen_message where id = ?").param(s.id())
                .query(String.class).single()).startsWith("hmac-sha256:").doesNotContain(s.code());

        String html = track(s.tracking(), s.code().toLowerCase(), 200);
        assertThat(html).contains("第一行", "办理中", "收到留言").doesNotContain("<script>alert", "<img src=x");
        assertThat(html).contains("&lt;script&gt;");
        assertThat(html).doesNotContain("张三丰");

        // a wrong code and an unknown number get the same answer: no way to learn which numbers exist
        String wrongCode = track(s.tracking(), "AAAA-BBBB-CCCC", 404);
        String unknown = track("LY-20260101-ZZZZZZZZ", s.code(), 404);
        assertThat(withoutToken(wrongCode.replace(s.tracking(), "N")))
                .isEqualTo(withoutToken(unknown.replace("LY-20260101-ZZZZZZZZ", "N")));
        assertThat(wrongCode).contains("没有找到").doesNotContain("第一行");
        track(s.tracking(), "", 404);
    }

    @Test
    void theFormAnswersFieldErrorsRefusesRobotsAndNeedsCsrf() throws Exception {
        long org = fixtures.organisation("留言表单县教育局");
        String html = mvc.perform(get("/messages").param("org", slug(org))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("留言咨询", "name=\"website\"", "不会在网站上公开");

        String bad = mvc.perform(post("/messages").with(csrf()).with(from(ip())).param("org", slug(org))
                        .param("type", "NONSENSE").param("subject", "").param("body", " ").param("name", "李四")
                        .param("phone", "").param("email", ""))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(bad).contains("请选择留言类型", "请填写主题", "请填写留言内容", "电话和电子邮箱至少填写一项");
        assertThat(Jsoup.parse(bad).select("[aria-invalid=true]").eachAttr("id")).contains("type", "subject", "body");

        String tooLong = mvc.perform(form(slug(org), "SUGGESTION", "x".repeat(101), "y".repeat(5001), "12", false))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(tooLong).contains("主题不能超过 100 个字", "留言内容不能超过 5000 个字", "请填写正确的电话号码");

        long before = count(org);
        mvc.perform(form(slug(org), "CONSULTATION", "机器人", "内容", phone(), false).param("website", "http://spam"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/messages").with(from(ip())).param("org", slug(org)).param("type", "CONSULTATION")
                        .param("subject", "无令牌").param("body", "内容").param("name", "王五").param("phone", phone()))
                .andExpect(status().isForbidden());
        assertThat(count(org)).isEqualTo(before);
        mvc.perform(get("/messages").param("org", "no-such-organisation")).andExpect(status().isNotFound());
    }

    @Test
    void oneContactCannotFloodTheInbox() throws Exception {
        long org = fixtures.organisation("留言限流县教育局");
        String phone = phone();
        for (int i = 0; i < 3; i++) {
            mvc.perform(form(slug(org), "COMPLAINT", "投诉 " + i, "内容", phone, false)).andExpect(status().isOk());
        }
        // a fourth from the same phone number, even from another address, waits
        String html = mvc.perform(form(slug(org), "COMPLAINT", "投诉 3", "内容", phone, false))
                .andExpect(status().isTooManyRequests()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("提交过于频繁");
        assertThat(count(org)).isEqualTo(3);
    }

    @Test
    void staffHandleTheirOwnOrganisationsMessagesOnly() throws Exception {
        long city = fixtures.organisation("留言办理市教育局");
        long other = fixtures.organisation("留言无关市教育局");
        StaffUser officer = fixtures.staff(city, Role.DISCLOSURE_OFFICER);
        StaffUser stranger = fixtures.staff(other, Role.DISCLOSURE_OFFICER);
        StaffUser reviewer = fixtures.staff(city, Role.REVIEWER);
        Sent s = send(slug(city), "招生政策咨询", "问题 " + HOSTILE, phone(), false);

        String inbox = page("/admin/messages", officer, 200);
        assertThat(inbox).contains("招生政策咨询", s.tracking(), "办理中");
        assertThat(page("/admin/messages?type=COMPLAINT", officer, 200)).contains("没有符合条件的留言");
        page("/admin/messages?sort=nonsense", officer, 400);
        String detail = page("/admin/messages/" + s.id(), officer, 200);
        assertThat(detail).contains("张三丰", "来信人（不公开）", "&lt;script&gt;").doesNotContain("<script>alert");

        page("/admin/messages/" + s.id(), stranger, 403);
        page("/admin/messages?org=" + city, stranger, 403);
        page("/admin/messages/" + s.id(), reviewer, 403);
        page("/admin/messages/99999999", officer, 404);
        mvc.perform(post("/admin/messages/" + s.id() + "/reply").with(csrf()).with(fixtures.as(stranger))
                .param("version", "0").param("reply", "越权答复")).andExpect(status().isForbidden());
        mvc.perform(post("/admin/messages/" + s.id() + "/reply").with(fixtures.as(officer))
                .param("version", "0").param("reply", "没有令牌")).andExpect(status().isForbidden());

        String empty = mvc.perform(post("/admin/messages/" + s.id() + "/reply").with(csrf()).with(fixtures.as(officer))
                        .param("version", "0").param("reply", "  "))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(empty).contains("请填写答复");

        mvc.perform(post("/admin/messages/" + s.id() + "/assign").with(csrf()).with(fixtures.as(officer))
                        .param("version", "0").param("assignee", String.valueOf(stranger.id())))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/admin/messages/" + s.id() + "/assign").with(csrf()).with(fixtures.as(officer))
                        .param("version", "0").param("assignee", String.valueOf(officer.id())))
                .andExpect(status().isFound());
        mvc.perform(post("/admin/messages/" + s.id() + "/note").with(csrf()).with(fixtures.as(officer))
                .param("note", "内部备注：需请示")).andExpect(status().isFound());
        // a stale version is refused
        mvc.perform(post("/admin/messages/" + s.id() + "/reply").with(csrf()).with(fixtures.as(officer))
                .param("version", "0").param("reply", "答复")).andExpect(status().isConflict());
        mvc.perform(post("/admin/messages/" + s.id() + "/reply").with(csrf()).with(fixtures.as(officer))
                .param("version", "1").param("reply", "答复：请见招生简章 " + HOSTILE)).andExpect(status().isFound());

        String track = track(s.tracking(), s.code(), 200);
        assertThat(track).contains("已答复", "答复：请见招生简章", "&lt;img src=x").doesNotContain("内部备注", "<img src=x");
        assertThat(events.stream(StaffAction.class).filter(a -> "citizen_message".equals(a.targetType())
                        && String.valueOf(s.id()).equals(a.targetId()))
                .map(StaffAction::action)).contains("message.assign", "message.note", "message.reply");
    }

    @Test
    void aTransferKeepsTheHistoryAndRestartsTheClockAtTheOrganisationResponsible() throws Exception {
        long province = fixtures.organisation("留言转办省教育厅");
        long county = fixtures.organisation("留言转办县教育局", province);
        StaffUser provincial = fixtures.staff(province, Role.DISCLOSURE_OFFICER);
        StaffUser local = fixtures.staff(county, Role.EDITOR);
        Sent s = send(slug(province), "县里学校收费", "内容", phone(), false);

        String missing = mvc.perform(post("/admin/messages/" + s.id() + "/transfer").with(csrf())
                        .with(fixtures.as(provincial)).param("version", "0").param("toOrganisation", String.valueOf(province)))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(missing).contains("请选择另一个机构", "请填写转办理由");
        mvc.perform(post("/admin/messages/" + s.id() + "/transfer").with(csrf()).with(fixtures.as(provincial))
                        .param("version", "0").param("toOrganisation", String.valueOf(county)).param("reason", "属县级事权"))
                .andExpect(status().isFound());

        assertThat(page("/admin/messages", local, 200)).contains("县里学校收费");
        String detail = page("/admin/messages/" + s.id(), local, 200);
        assertThat(detail).contains("由 留言转办省教育厅", "属县级事权");
        // the province still reads it (it is below), but no longer acts on it
        assertThat(page("/admin/messages/" + s.id(), provincial, 200)).doesNotContain("action=\"/admin/messages/" + s.id() + "/reply\"");
        mvc.perform(post("/admin/messages/" + s.id() + "/reply").with(csrf()).with(fixtures.as(provincial))
                .param("version", "1").param("reply", "答复")).andExpect(status().isForbidden());

        String track = track(s.tracking(), s.code(), 200);
        assertThat(track).contains("转办", "留言转办县教育局").doesNotContain("属县级事权");
        assertThat(jdbc.sql("select written_to from citizen_message where id = ?").param(s.id()).query(Long.class)
                .single()).isEqualTo(province);
    }

    String sitemap() throws Exception {
        return mvc.perform(get("/sitemap.xml")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    String feed(long org) throws Exception {
        return mvc.perform(get("/o/" + slug(org) + "/messages/feed.atom").accept("application/atom+xml"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void onlyExchangesTheWriterAllowedAndTheHeadPublishedReachThePublicWithoutContactDetails() throws Exception {
        long org = fixtures.organisation("留言公开市教育局");
        StaffUser officer = fixtures.staff(org, Role.DISCLOSURE_OFFICER);
        StaffUser head = fixtures.staff(org, Role.PUBLISHER);
        String phone = phone();
        Sent allowed = send(slug(org), "校车安排咨询",
                "孩子上学校车几点发车？我是张三丰，电话 " + phone + "，或打我家人的 13912345678。" + HOSTILE, phone, true);
        Sent privateOne = send(slug(org), "私人问题", "不公开的内容", phone(), false);
        for (Sent s : new Sent[] {allowed, privateOne}) {
            mvc.perform(post("/admin/messages/" + s.id() + "/reply").with(csrf()).with(fixtures.as(officer))
                    .param("version", "0").param("reply", "每天 7 点发车。")).andExpect(status().isFound());
        }
        // answered but not yet published: nothing public
        String list = mvc.perform(get("/messages/published").param("org", slug(org))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(list).contains("暂无公开的留言").doesNotContain("校车安排咨询");
        mvc.perform(get("/messages/published/" + allowed.id())).andExpect(status().isNotFound());
        assertThat(feed(org)).doesNotContain("校车安排咨询", "私人问题");
        assertThat(sitemap()).doesNotContain("/messages/published/" + allowed.id() + "<", "/messages/published/" + privateOne.id() + "<");

        // the officer cannot publish; the head cannot publish what the writer kept private
        mvc.perform(post("/admin/messages/" + allowed.id() + "/publish").with(csrf()).with(fixtures.as(officer))
                .param("version", "1")).andExpect(status().isForbidden());
        mvc.perform(post("/admin/messages/" + privateOne.id() + "/publish").with(csrf()).with(fixtures.as(head))
                .param("version", "1")).andExpect(status().isConflict());
        // the head sees what the public will read: the writer's own name and number hidden, other numbers masked
        String preview = page("/admin/messages/" + allowed.id(), head, 200);
        assertThat(preview).contains("将公开的内容", "自动筛查发现", "我是＊＊＊，电话 ＊＊＊");
        mvc.perform(post("/admin/messages/" + allowed.id() + "/publish").with(csrf()).with(fixtures.as(head))
                .param("version", "1")).andExpect(status().isFound());

        list = mvc.perform(get("/messages/published").param("org", slug(org)).param("q", "校车"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("校车安排咨询").doesNotContain("私人问题");
        String one = mvc.perform(get("/messages/published/" + allowed.id())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(one).contains("孩子上学校车几点发车", "每天 7 点发车", "&lt;script&gt;", "我是＊＊＊")
                .doesNotContain("<script>alert", "13912345678");
        mvc.perform(get("/messages/published/" + privateOne.id())).andExpect(status().isNotFound());
        assertThat(events.stream(org.gongkai.portal.SiteContentChanged.class).map(c -> c.organisationId())).contains(org);

        // the sitemap and the site's feed name the published exchange only, with its public copy
        assertThat(sitemap()).contains("/messages/published/" + allowed.id() + "<")
                .doesNotContain("/messages/published/" + privateOne.id() + "<");
        String feed = feed(org);
        assertThat(feed).contains("校车安排咨询", "每天 7 点发车", "/messages/published/" + allowed.id())
                .doesNotContain("私人问题", "张三丰", phone, "13912345678", "<script>");

        String stats = mvc.perform(get("/messages/statistics").param("org", slug(org))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        for (String publicPage : new String[] {list, one, stats}) {
            assertThat(publicPage).doesNotContain("张三丰", phone, allowed.code());
        }
    }

    @Test
    void theWriterRatesTheReplyOnceWithTheQueryCode() throws Exception {
        long org = fixtures.organisation("留言评价县教育局");
        StaffUser officer = fixtures.staff(org, Role.DISCLOSURE_OFFICER);
        Sent s = send(slug(org), "评价用的留言", "内容", phone(), false);
        rate(s.tracking(), s.code(), "SATISFIED", 409);
        assertThat(track(s.tracking(), s.code(), 200)).doesNotContain("name=\"rating\"");
        mvc.perform(post("/admin/messages/" + s.id() + "/reply").with(csrf()).with(fixtures.as(officer))
                .param("version", "0").param("reply", "答复")).andExpect(status().isFound());
        assertThat(track(s.tracking(), s.code(), 200)).contains("您对答复是否满意", "name=\"rating\"");

        rate(s.tracking(), "AAAA-BBBB-CCCC", "DISSATISFIED", 404);
        assertThat(rate(s.tracking(), s.code(), "VERY", 400)).contains("请选择满意程度");
        String done = mvc.perform(post("/messages/track/rate").with(csrf()).with(from(ip()))
                        .param("trackingNumber", s.tracking()).param("queryCode", s.code()).param("rating", "DISSATISFIED")
                        .param("ratingComment", "答复太简单 " + HOSTILE))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(done).contains("感谢您的评价", "评价：不满意").doesNotContain("答复太简单");
        rate(s.tracking(), s.code(), "SATISFIED", 409);
        assertThat(page("/admin/messages/" + s.id(), officer, 200)).contains("评价：不满意", "答复太简单 &lt;script&gt;");
        assertThat(jdbc.sql("select rating from citizen_message where id = ?").param(s.id()).query(String.class).single())
                .isEqualTo("DISSATISFIED");
    }

    @Test
    void aDissatisfiedWriterAsksOnceForASecondLookWhichTheHeadOfOfficeAnswers() throws Exception {
        long org = fixtures.organisation("留言复核县教育局");
        StaffUser officer = fixtures.staff(org, Role.DISCLOSURE_OFFICER);
        StaffUser head = fixtures.staff(org, Role.PUBLISHER);
        Sent satisfied = send(slug(org), "很好的留言", "内容", phone(), false);
        Sent s = send(slug(org), "不满意的留言", "内容", phone(), false);
        for (Sent x : new Sent[] {satisfied, s}) {
            mvc.perform(post("/admin/messages/" + x.id() + "/reply").with(csrf()).with(fixtures.as(officer))
                    .param("version", "0").param("reply", "答复")).andExpect(status().isFound());
        }
        rate(satisfied.tracking(), satisfied.code(), "SATISFIED", 200);
        assertThat(track(satisfied.tracking(), satisfied.code(), 200)).doesNotContain("name=\"secondLookReason\"");
        secondLook(satisfied, "我也想复核", 409);
        // before rating, nothing to ask; after "dissatisfied", the form is there
        secondLook(s, "理由", 409);
        rate(s.tracking(), s.code(), "DISSATISFIED", 200);
        assertThat(track(s.tracking(), s.code(), 200)).contains("name=\"secondLookReason\"");
        secondLook(new Sent(s.tracking(), "AAAA-BBBB-CCCC", s.id()), "理由", 404);
        assertThat(secondLook(s, "x".repeat(501), 400)).contains("复核理由不能超过500字");
        assertThat(secondLook(s, "答复没有回答收费依据 " + HOSTILE, 200)).contains("已提交复核申请", "等待负责人答复")
                .doesNotContain("name=\"secondLookReason\"");
        secondLook(s, "再申请一次", 409);

        // it waits for the head of office: on the head's work list and inbox filter, not the officer's to answer
        String landing = page("/admin", head, 200);
        assertThat(landing).contains("等待负责人复核的留言");
        assertThat(page("/admin/messages?flag=SECOND_LOOK", head, 200)).contains("不满意的留言").doesNotContain("很好的留言");
        assertThat(page("/admin/messages/" + s.id(), officer, 200)).contains("答复没有回答收费依据 &lt;script&gt;")
                .doesNotContain("name=\"secondLookReply\"");
        int version = jdbc.sql("select version from citizen_message where id = ?").param(s.id()).query(Integer.class).single();
        mvc.perform(post("/admin/messages/" + s.id() + "/second-look").with(csrf()).with(fixtures.as(officer))
                .param("version", String.valueOf(version)).param("secondLookReply", "复核")).andExpect(status().isForbidden());
        String empty = mvc.perform(post("/admin/messages/" + s.id() + "/second-look").with(csrf()).with(fixtures.as(head))
                        .param("version", String.valueOf(version)).param("secondLookReply", " "))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(empty).getElementById("secondLookReply-error").text()).isEqualTo("请填写复核答复。");
        mvc.perform(post("/admin/messages/" + s.id() + "/second-look").with(fixtures.as(head))
                .param("version", String.valueOf(version)).param("secondLookReply", "无令牌")).andExpect(status().isForbidden());
        mvc.perform(post("/admin/messages/" + s.id() + "/second-look").with(csrf()).with(fixtures.as(head))
                        .param("version", String.valueOf(version)).param("secondLookReply", "经复核，收费依据为县发改局文件 " + HOSTILE))
                .andExpect(status().isFound());
        mvc.perform(post("/admin/messages/" + s.id() + "/second-look").with(csrf()).with(fixtures.as(head))
                .param("version", String.valueOf(version + 1)).param("secondLookReply", "再答")).andExpect(status().isConflict());

        String tracked = track(s.tracking(), s.code(), 200);
        assertThat(Jsoup.parse(tracked).getElementById("second-look-reply").text()).startsWith("经复核，收费依据为县发改局文件");
        assertThat(tracked).contains("申请复核", "复核答复").doesNotContain("<script>alert", "答复没有回答收费依据");
        assertThat(page("/admin/messages?flag=SECOND_LOOK", head, 200)).doesNotContain("不满意的留言");
        assertThat(events.stream(StaffAction.class).filter(a -> "citizen_message".equals(a.targetType())
                        && String.valueOf(s.id()).equals(a.targetId()))
                .map(StaffAction::action)).contains("message.secondLook");
    }

    @Test
    void aMessageReferredFromThe12345HotlineIsEnteredWithItsWorkOrderNumberAndHandledLikeAnyOther() throws Exception {
        long org = fixtures.organisation("热线转办县教育局");
        StaffUser officer = fixtures.staff(org, Role.DISCLOSURE_OFFICER);
        assertThat(page("/admin/messages/referral", officer, 200)).contains("12345热线工单号");
        page("/admin/messages/referral", fixtures.staff(org, Role.REVIEWER), 403);
        String number = "RX-" + System.nanoTime();

        String bad = mvc.perform(post("/admin/messages/referral").with(csrf()).with(fixtures.as(officer))
                        .param("hotlineNumber", "工单 1").param("type", "COMPLAINT").param("subject", "")
                        .param("body", "内容").param("name", "来电人").param("phone", phone()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        Document b = Jsoup.parse(bad);
        assertThat(b.getElementById("hotlineNumber-error").text()).contains("热线工单号");
        assertThat(b.getElementById("subject-error")).isNotNull();
        mvc.perform(post("/admin/messages/referral").with(fixtures.as(officer)).param("hotlineNumber", number)
                .param("type", "COMPLAINT").param("subject", "无令牌").param("body", "内容").param("name", "来电人")
                .param("phone", phone())).andExpect(status().isForbidden());

        String receipt = mvc.perform(post("/admin/messages/referral").with(csrf()).with(fixtures.as(officer))
                        .param("hotlineNumber", number).param("type", "COMPLAINT").param("subject", "热线反映校车问题 " + HOSTILE)
                        .param("body", "来电反映校车超员。").param("name", "来电人").param("phone", phone()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Document r = Jsoup.parse(receipt);
        String tracking = r.getElementById("tracking-number").text();
        String code = r.getElementById("query-code").text();
        long id = jdbc.sql("select id from citizen_message where hotline_number = ?").param(number).query(Long.class).single();
        assertThat(jdbc.sql("select tracking_number from citizen_message where id = ?").param(id).query(String.class).single())
                .isEqualTo(tracking);
        assertThat(Jsoup.parse(page("/admin/messages/" + id, officer, 200)).getElementById("hotline-number").text())
                .isEqualTo(number);
        assertThat(page("/admin/messages", officer, 200)).contains("热线反映校车问题 &lt;script&gt;");
        assertThat(track(tracking, code, 200)).contains("热线反映校车问题");

        String again = mvc.perform(post("/admin/messages/referral").with(csrf()).with(fixtures.as(officer))
                        .param("hotlineNumber", number).param("type", "COMPLAINT").param("subject", "重复")
                        .param("body", "内容").param("name", "来电人").param("phone", phone()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(again).getElementById("hotlineNumber-error").text()).isEqualTo("该热线工单号已登记过。");

        mvc.perform(post("/admin/messages/" + id + "/reply").with(csrf()).with(fixtures.as(officer))
                .param("version", "0").param("reply", "已核实并整改。")).andExpect(status().isFound());
        assertThat(events.stream(StaffAction.class).filter(a -> "citizen_message".equals(a.targetType())
                        && String.valueOf(id).equals(a.targetId()))
                .map(StaffAction::action)).containsExactly("message.referral", "message.reply");
    }

    String secondLook(Sent s, String reason, int expected) throws Exception {
        return mvc.perform(post("/messages/track/second-look").with(csrf()).with(from(ip()))
                        .param("trackingNumber", s.tracking()).param("queryCode", s.code())
                        .param("secondLookReason", reason))
                .andExpect(status().is(expected)).andReturn().getResponse().getContentAsString();
    }

    String rate(String tracking, String code, String rating, int expected) throws Exception {
        return mvc.perform(post("/messages/track/rate").with(csrf()).with(from(ip())).param("trackingNumber", tracking)
                        .param("queryCode", code).param("rating", rating))
                .andExpect(status().is(expected)).andReturn().getResponse().getContentAsString();
    }

    @Test
    void theWorkListAndTheFlagsShowMessagesPastTheirDueDate() throws Exception {
        long org = fixtures.organisation("留言超期县教育局");
        StaffUser officer = fixtures.staff(org, Role.DISCLOSURE_OFFICER);
        Sent s = send(slug(org), "超期的留言", "内容", phone(), false);
        jdbc.sql("update citizen_message set clock_from = received_on - 30, due_on = received_on - 1 where id = ?")
                .param(s.id()).update();
        assertThat(page("/admin", officer, 200)).contains("已超过答复期限的留言", "/admin/messages?flag=OVERDUE");
        assertThat(page("/admin/messages?flag=OVERDUE", officer, 200)).contains("超期的留言", "已超期");
        assertThat(page("/admin/messages?flag=NEAR", officer, 200)).doesNotContain("超期的留言");
        assertThat(page("/admin/messages/" + s.id(), officer, 200)).contains("已超过答复期限");
    }

    /** The page without its CSRF token, which differs on every answer. */
    static String withoutToken(String html) {
        return html.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "");
    }

    long count(long org) {
        return jdbc.sql("select count(*) from citizen_message where organisation_id = ?").param(org)
                .query(Long.class).single();
    }
}
