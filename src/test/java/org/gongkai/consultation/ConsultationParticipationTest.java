package org.gongkai.consultation;

import org.gongkai.identity.Organisation;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.Zones;
import org.gongkai.platform.web.ConflictException;
import org.gongkai.report.ReportPeriod;
import org.gongkai.report.ReportSupplement;
import org.gongkai.support.Fixtures;
import org.gongkai.support.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.time.LocalDate;
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
 * Participation around a consultation: extending or reopening its period with a public reason, hearings (notice,
 * registration, choice by the published rule, record), groups of similar comments decided once, and the figures the
 * annual report's overview can quote.
 */
@IntegrationTest
class ConsultationParticipationTest {

    static final String HOSTILE = "<script>alert('x')</script><img src=x onerror=alert(1)>";

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired OrganisationDirectory organisations;
    @Autowired DraftConsultation drafts;
    @Autowired ModerateComments moderation;
    @Autowired ConsultationStore store;
    @Autowired GroupComments grouping;
    @Autowired List<ReportSupplement> figures;
    @Autowired JdbcClient jdbc;
    @Autowired org.springframework.beans.factory.ObjectProvider<org.gongkai.demo.DemoCatalog> demoCatalog;
    @Autowired org.gongkai.catalog.CatalogTree catalog;
    @Autowired org.gongkai.document.CreateDocument createDocument;
    @Autowired org.gongkai.document.SubmitForReview submit;
    @Autowired org.gongkai.document.ReviewEdition review;
    @Autowired org.gongkai.document.PublishEdition publish;
    @Autowired org.gongkai.document.WithdrawOrRemove withdraw;

    final String run = UUID.randomUUID().toString().substring(0, 8);
    final String address = "10.19." + (run.hashCode() & 0xff) + "." + ((run.hashCode() >> 8) & 0xff);

    record Team(Organisation org, StaffUser editor, StaffUser publisher) {
    }

    Team team(String name) {
        long id = fixtures.organisation(name + run);
        return new Team(organisations.get(id), fixtures.staff(id, Role.EDITOR), fixtures.staff(id, Role.PUBLISHER));
    }

    static String at(long daysFromNow) {
        return ConsultationInput.LOCAL.format(LocalDateTime.now(Zones.CHINA).plusDays(daysFromNow));
    }

    long published(Team t, String title, long opens, long closes, List<String> channels) {
        long id = drafts.create(t.editor(), new ConsultationInput(title, "基础教育科", "起草说明。",
                "第一条 为了规范课后服务……\n\n第二条 学校应当……", at(opens), at(closes), null, channels,
                "电话 0000-12345678", "true", null));
        drafts.publish(t.publisher(), id);
        return id;
    }

    MockHttpServletRequestBuilder fromPublic(MockHttpServletRequestBuilder r) {
        return r.with(csrf()).with(q -> {
            q.setRemoteAddr(address);
            return q;
        });
    }

    String html(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString();
    }

    int status(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    long audits(Team t, String action) {
        return jdbc.sql("select count(*) from audit_entry where action = ? and organisation_id = ?")
                .params(action, t.org().id()).query(Long.class).single();
    }

    @Test
    void aClosedConsultationIsReopenedWithAReasonThePublicSees() throws Exception {
        Team t = team("征求意见延期县教育局");
        Team other = team("征求意见延期邻县教育局");
        long id = published(t, "延期" + run, -41, -1, List.of("ONLINE"));
        String form = "/admin/consultations/" + id + "/extensions";
        assertThat(status(get(form + "/new").with(fixtures.as(t.editor())))).isEqualTo(403);
        assertThat(status(get(form + "/new").with(fixtures.as(other.publisher())))).isEqualTo(404);
        assertThat(status(get(form + "/new").with(fixtures.as(t.publisher())))).isEqualTo(200);
        assertThat(status(post(form).with(fixtures.as(t.publisher())).param("closesAt", at(10))
                .param("reason", "x"))).isEqualTo(403);
        assertThat(status(post(form).with(fixtures.as(other.publisher())).with(csrf()).param("closesAt", at(10))
                .param("reason", "x"))).isEqualTo(404);

        var bad = mvc.perform(post(form).with(fixtures.as(t.publisher())).with(csrf()).param("closesAt", at(-5))
                .param("reason", " ")).andReturn().getResponse();
        assertThat(bad.getStatus()).isEqualTo(400);
        Document page = Jsoup.parse(bad.getContentAsString());
        assertThat(page.select(".notice.error a").eachAttr("href")).containsExactly("#closesAt", "#reason");
        assertThat(page.select("#closesAt-error").text()).isEqualTo("新的截止时间须晚于原截止时间和当前时间。");

        // refused comments while closed, accepted once reopened
        assertThat(status(fromPublic(post("/consultations/" + id + "/comments")).param("body", "意见"))).isEqualTo(409);
        assertThat(status(post(form).with(fixtures.as(t.publisher())).with(csrf()).param("closesAt", at(10))
                .param("reason", "应家长要求再征求一轮" + HOSTILE))).isEqualTo(302);
        assertThat(store.find(id).orElseThrow().phase(java.time.Instant.now())).isEqualTo(Phase.OPEN);
        assertThat(status(fromPublic(post("/consultations/" + id + "/comments")).param("body", "重开后的意见" + run)))
                .isEqualTo(302);

        Document pub = Jsoup.parse(html(get("/consultations/" + id)));
        assertThat(pub.select("table.meta th:contains(重新开放) + td").text()).contains("应家长要求再征求一轮" + HOSTILE);
        assertThat(pub.select("main script, main img[onerror]")).isEmpty();
        Document staff = Jsoup.parse(html(get("/admin/consultations/" + id).with(fixtures.as(t.editor()))));
        assertThat(staff.select("#period li").text()).contains("应家长要求再征求一轮");
        assertThat(staff.select("a[href=" + form + "/new]")).isEmpty();
        assertThat(audits(t, "consultation.extend")).isEqualTo(1);

        long draft = drafts.create(t.editor(), new ConsultationInput("未发布" + run, "科", "说明", "第一条", at(1), at(40),
                null, List.of("ONLINE"), "电话", null, null));
        assertThat(status(post("/admin/consultations/" + draft + "/extensions").with(fixtures.as(t.publisher()))
                .with(csrf()).param("closesAt", at(50)).param("reason", "理由"))).isEqualTo(409);
        // the database keeps every extension later than what it replaced
        assertThatThrownBy(() -> jdbc.sql("insert into consultation_extension (consultation_id, previous_closes_at,"
                + " new_closes_at, reason, created_by) values (?, now(), now() - interval '1 day', '理由', ?)")
                .params(id, t.publisher().id()).update()).isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }

    @Test
    void aHearingIsAnnouncedTakesRegistrationsChoosesByItsRuleAndPublishesItsRecord() throws Exception {
        Team t = team("听证县教育局");
        Team other = team("听证邻县教育局");
        long withoutChannel = published(t, "无听证" + run, -1, 40, List.of("ONLINE"));
        long id = published(t, "听证" + run, -1, 40, List.of("ONLINE", "HEARING"));
        String admin = "/admin/consultations/" + id + "/hearings";
        MockHttpServletRequestBuilder notice = post(admin).with(fixtures.as(t.publisher())).with(csrf())
                .param("heldAt", at(20)).param("registrationClosesAt", at(10)).param("place", "县教育局三楼会议室")
                .param("seats", "2").param("selectionRule", "按报名先后确定；家长、教师各一名" + HOSTILE);
        assertThat(status(post("/admin/consultations/" + withoutChannel + "/hearings").with(fixtures.as(t.publisher()))
                .with(csrf()).param("heldAt", at(20)).param("registrationClosesAt", at(10)).param("place", "会议室")
                .param("seats", "2").param("selectionRule", "规则"))).isEqualTo(409);
        assertThat(status(get(admin + "/new").with(fixtures.as(t.editor())))).isEqualTo(403);
        assertThat(status(get(admin + "/new").with(fixtures.as(other.publisher())))).isEqualTo(404);
        var bad = mvc.perform(post(admin).with(fixtures.as(t.publisher())).with(csrf()).param("heldAt", at(5))
                .param("registrationClosesAt", at(10)).param("seats", "0")).andReturn().getResponse();
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(Jsoup.parse(bad.getContentAsString()).select(".notice.error a").eachAttr("href"))
                .containsExactly("#registrationClosesAt", "#place", "#seats", "#selectionRule");
        String location = mvc.perform(notice).andReturn().getResponse().getRedirectedUrl();
        long hearing = Long.parseLong(location.replaceAll(".*/hearings/(\\d+).*", "$1"));
        assertThat(audits(t, "consultation.hearing")).isEqualTo(1);

        String publicPath = "/consultations/" + id + "/hearings/" + hearing;
        assertThat(status(get("/consultations/" + withoutChannel + "/hearings/" + hearing))).isEqualTo(404);
        Document pub = Jsoup.parse(html(get(publicPath)));
        assertThat(pub.select("table.meta").text()).contains("县教育局三楼会议室", "按报名先后确定", "已报名 0 人");
        assertThat(pub.select("main script, main img[onerror]")).isEmpty();
        assertThat(Jsoup.parse(html(get("/consultations/" + id))).select("a[href=" + publicPath + "]")).hasSize(1);

        String reg = publicPath + "/registrations";
        assertThat(status(post(reg).param("name", "甲").param("contact", "c"))).isEqualTo(403);
        var missing = mvc.perform(fromPublic(post(reg)).param("name", "家长甲")).andReturn().getResponse();
        assertThat(missing.getStatus()).isEqualTo(400);
        assertThat(Jsoup.parse(missing.getContentAsString()).select("#contact-error").text()).isEqualTo("请填写此项。");
        for (String name : List.of("家长甲" + HOSTILE, "教师乙", "家长丙")) {
            assertThat(status(fromPublic(post(reg)).param("name", name).param("contact", "secret-" + run + "@example.cn")
                    .param("statement", "我想谈谈" + name))).isEqualTo(302);
        }
        String after = html(get(publicPath));
        assertThat(after).contains("已报名 3 人，已选定 0 人").doesNotContain("secret-" + run).doesNotContain("教师乙");

        // the choice waits for registration to close, and keeps to the seats
        String selection = admin + "/" + hearing + "/selection";
        List<Long> ids = jdbc.sql("select id from consultation_hearing_registration where hearing_id = ? order by id")
                .param(hearing).query(Long.class).list();
        assertThat(status(post(selection).with(fixtures.as(t.editor())).with(csrf()).param("selected",
                String.valueOf(ids.get(0))))).isEqualTo(409);
        jdbc.sql("update consultation_hearing set registration_closes_at = now() - interval '1 minute' where id = ?")
                .param(hearing).update();
        assertThat(status(post(reg).with(csrf()).with(q -> {
            q.setRemoteAddr("10.20.0." + (run.hashCode() & 0x7f));
            return q;
        }).param("name", "迟到者").param("contact", "c"))).isEqualTo(409);
        var tooMany = mvc.perform(post(selection).with(fixtures.as(t.editor())).with(csrf())
                .param("selected", ids.stream().map(String::valueOf).toArray(String[]::new))).andReturn().getResponse();
        assertThat(tooMany.getStatus()).isEqualTo(400);
        assertThat(tooMany.getContentAsString()).contains("选定人数超过名额。");
        assertThat(status(post(selection).with(fixtures.as(other.editor())).with(csrf())
                .param("selected", String.valueOf(ids.get(0))))).isEqualTo(404);
        assertThat(status(post(selection).with(fixtures.as(t.editor())).with(csrf())
                .param("selected", String.valueOf(ids.get(0)), String.valueOf(ids.get(1))))).isEqualTo(302);
        Document staff = Jsoup.parse(html(get(admin + "/" + hearing).with(fixtures.as(t.editor()))));
        assertThat(staff.select("input[name=selected][checked]")).hasSize(2);
        assertThat(staff.select("tbody").text()).contains("家长甲" + HOSTILE, "secret-" + run);
        assertThat(staff.select("main script, main img[onerror]")).isEmpty();
        assertThat(html(get(publicPath))).contains("已报名 3 人，已选定 2 人");

        // the record after the hearing, once
        String record = admin + "/" + hearing + "/record";
        assertThat(status(post(record).with(fixtures.as(t.publisher())).with(csrf()).param("record", "笔录"))).isEqualTo(409);
        jdbc.sql("update consultation_hearing set held_at = now() - interval '1 minute',"
                + " registration_closes_at = now() - interval '2 minutes' where id = ?").param(hearing).update();
        assertThat(status(post(record).with(fixtures.as(t.editor())).with(csrf()).param("record", "笔录"))).isEqualTo(403);
        assertThat(status(post(record).with(fixtures.as(t.publisher())).with(csrf()).param("record", " "))).isEqualTo(400);
        assertThat(status(post(record).with(fixtures.as(t.publisher())).with(csrf())
                .param("record", "听证笔录：主持人宣布听证开始。" + HOSTILE))).isEqualTo(302);
        assertThat(status(post(record).with(fixtures.as(t.publisher())).with(csrf()).param("record", "再来"))).isEqualTo(409);
        Document recorded = Jsoup.parse(html(get(publicPath)));
        assertThat(recorded.select("#record-h").text()).isEqualTo("听证笔录");
        assertThat(recorded.select("main").text()).contains("主持人宣布听证开始。" + HOSTILE);
        assertThat(recorded.select("main script, main img[onerror]")).isEmpty();
        assertThat(audits(t, "consultation.hearingSelect")).isEqualTo(1);
        assertThat(audits(t, "consultation.hearingRecord")).isEqualTo(1);
    }

    @Test
    void similarCommentsAreSuggestedGroupedByAPersonAndDecidedOnceInTheReport() throws Exception {
        Team t = team("意见分组县教育局");
        Team other = team("意见分组邻县教育局");
        long id = published(t, "分组" + run, -41, -1, List.of("ONLINE"));
        long a = store.insertComment(id, null, null, null, "建议课后服务延长到下午六点，方便双职工家长接送。");
        long b = store.insertComment(id, null, null, null, "建议课后服务延长到下午六点，方便家长接送孩子。");
        long c = store.insertComment(id, null, null, null, "课后服务延长到下午六点，方便双职工家长接送！");
        long d = store.insertComment(id, null, null, null, "收费标准应当公示。" + HOSTILE);
        long spam = store.insertComment(id, null, null, null, "广告广告广告");
        moderation.moderate(t.editor(), id, spam, "REJECTED");

        assertThat(grouping.suggestions(id)).containsExactly(List.of(a, b, c));
        String groups = "/admin/consultations/" + id + "/groups";
        Document page = Jsoup.parse(html(get(groups).with(fixtures.as(t.editor()))));
        assertThat(page.select("form.suggestion input[name=members][checked]").eachAttr("value"))
                .containsExactly(String.valueOf(a), String.valueOf(b), String.valueOf(c));
        assertThat(page.select("main script, main img[onerror]")).isEmpty();
        assertThat(status(get(groups).with(fixtures.as(other.editor())))).isEqualTo(404);

        var one = mvc.perform(post(groups).with(fixtures.as(t.editor())).with(csrf()).param("summary", "延长时间")
                .param("members", String.valueOf(a))).andReturn().getResponse();
        assertThat(one.getStatus()).isEqualTo(400);
        assertThat(Jsoup.parse(one.getContentAsString()).select(".notice.error a").eachAttr("href")).containsExactly("#members");
        assertThat(status(post(groups).with(fixtures.as(t.editor())).with(csrf()).param("summary", "含屏蔽")
                .param("members", String.valueOf(a), String.valueOf(spam)))).isEqualTo(400);
        assertThat(status(post(groups).with(fixtures.as(t.editor())).param("summary", "x")
                .param("members", String.valueOf(a), String.valueOf(b)))).isEqualTo(403);
        assertThat(status(post(groups).with(fixtures.as(t.editor())).with(csrf()).param("summary", "建议延长课后服务时间" + HOSTILE)
                .param("members", String.valueOf(a), String.valueOf(b), String.valueOf(c)))).isEqualTo(302);
        long group = jdbc.sql("select group_id from consultation_comment where id = ?").param(a).query(Long.class).single();
        assertThat(grouping.suggestions(id)).isEmpty();
        assertThat(audits(t, "consultation.group")).isEqualTo(1);

        // a member is decided with its group only; a grouped comment cannot be rejected
        assertThatThrownBy(() -> moderation.decide(t.editor(), id, a, "ADOPTED", "理由"))
                .hasFieldOrPropertyWithValue("fieldErrors", Map.of("decision", "consult.group.error.inGroup"));
        assertThatThrownBy(() -> moderation.moderate(t.editor(), id, b, "REJECTED"))
                .hasFieldOrPropertyWithValue("fieldErrors", Map.of("moderation", "consult.error.moderation"));
        moderation.decide(t.editor(), id, d, "ADOPTED", "增加收费公示条款");
        assertThatThrownBy(() -> moderation.publishReport(t.publisher(), id, "说明"))
                .isInstanceOf(ConflictException.class).hasMessage("consult.error.undecided");
        var blank = mvc.perform(post(groups + "/" + group + "/decision").with(fixtures.as(t.editor())).with(csrf())
                .param("decision", "PARTLY").param("reason", "")).andReturn().getResponse();
        assertThat(blank.getStatus()).isEqualTo(400);
        assertThat(Jsoup.parse(blank.getContentAsString()).select(".notice.error a").eachAttr("href"))
                .containsExactly("#reason-" + group);
        assertThat(status(post(groups + "/" + group + "/decision").with(fixtures.as(other.editor())).with(csrf())
                .param("decision", "PARTLY").param("reason", "x"))).isEqualTo(404);
        assertThat(status(post(groups + "/" + group + "/decision").with(fixtures.as(t.editor())).with(csrf())
                .param("decision", "PARTLY").param("reason", "延长至五点半"))).isEqualTo(302);
        assertThat(jdbc.sql("select count(*) from consultation_comment where group_id = ? and decision = 'PARTLY'"
                + " and decision_reason = '延长至五点半'").param(group).query(Long.class).single()).isEqualTo(3);

        moderation.publishReport(t.publisher(), id, "共收到意见 4 条。");
        Document report = Jsoup.parse(html(get("/consultations/" + id)));
        assertThat(report.select("ul.comment-groups li").text()).contains("建议延长课后服务时间" + HOSTILE,
                "（意见 " + a + "、" + b + "、" + c + "）", "部分采纳", "延长至五点半");
        assertThat(report.select("main script, main img[onerror]")).isEmpty();
        assertThat(status(post(groups + "/" + group + "/delete").with(fixtures.as(t.editor())).with(csrf()))).isEqualTo(409);
        // the database keeps rejected comments out of groups
        assertThatThrownBy(() -> jdbc.sql("update consultation_comment set group_id = ? where id = ?").params(group, spam)
                .update()).isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }

    @Test
    void theAnnualReportOverviewOffersTheConsultationFigures() throws Exception {
        Team t = team("年报意见征集县教育局");
        published(t, "满三十日" + run, -41, -1, List.of("ONLINE"));
        long shorter = drafts.create(t.editor(), new ConsultationInput("短期" + run, "科", "说明", "第一条", at(-10),
                at(-1), "紧急", List.of("ONLINE"), "电话", null, null));
        drafts.publish(t.publisher(), shorter);
        store.insertComment(shorter, null, null, null, "意见");
        int year = LocalDate.now(Zones.CHINA).getYear();
        List<ReportSupplement.Section> offered = figures.stream()
                .flatMap(f -> f.forReport(t.org().id(), new ReportPeriod(year, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), LocalDate.of(year + 1, 1, 31), false), java.util.Locale.SIMPLIFIED_CHINESE).stream())
                .filter(s -> s.part() == ReportSupplement.Part.OVERVIEW).toList();
        assertThat(offered).singleElement().satisfies(s -> assertThat(s.figures()).containsExactly(
                new ReportSupplement.Figure("重大决策预公开（意见征集）次数", "2"),
                new ReportSupplement.Figure("其中征求意见期限不少于 30 日", "1（50%）"),
                new ReportSupplement.Figure("其中已公开意见采纳情况", "0（0%）"),
                new ReportSupplement.Figure("收到公众意见（条）", "1")));
        Document report = Jsoup.parse(html(get("/admin/report/" + (year - 1)).with(fixtures.as(t.editor()))));
        assertThat(report.select("#overview-figures ~ .report-supplement li").eachText())
                .anyMatch(li -> li.startsWith("重大决策预公开（意见征集）次数"));
        // and the self-inspection lists this year's figures (InspectionFigures), the short one marked, never a veto
        Document inspection = Jsoup.parse(html(get("/admin/inspection").with(fixtures.as(t.editor()))));
        assertThat(inspection.text()).contains(year + " 年意见征集（重大决策预公开）", "其中征求意见期限不少于 30 日");
    }

    @Test
    void similarityPairsCharactersAndIgnoresPunctuation() {
        assertThat(SimilarComments.similarity(SimilarComments.bigrams("延长课后服务！"), SimilarComments.bigrams("延长 课后服务")))
                .isEqualTo(1.0);
        assertThat(SimilarComments.similarity(SimilarComments.bigrams("收费公示"), SimilarComments.bigrams("延长时间")))
                .isZero();
        assertThat(SimilarComments.bigrams("")).isEmpty();
    }

    @Test
    void aConsultationListsPublishedDocumentsAsItsAttachmentsWhileTheyArePublic() throws Exception {
        long orgId = fixtures.organisation("意见征集附件县教育局" + run);
        demoCatalog.getObject().seed(orgId);
        Team t = new Team(organisations.get(orgId), fixtures.staff(orgId, Role.EDITOR),
                fixtures.staff(orgId, Role.PUBLISHER));
        StaffUser reviewer = fixtures.staff(orgId, Role.REVIEWER);
        Team other = team("意见征集附件邻县教育局");
        long node = catalog.nodesOf(orgId).stream().map(org.gongkai.catalog.CatalogTree.Entry::node)
                .filter(n -> n.name().equals("通知公告")).findFirst().orElseThrow().id();
        long doc = createDocument.create(t.editor(), orgId, org.gongkai.document.DocumentContent.builder()
                .catalogNodeId(node).title("课后服务管理办法起草说明" + run).documentNumber("附测〔2026〕1号")
                .issuer(t.org().name()).writtenDate(LocalDate.of(2026, 3, 1)).publishDate(LocalDate.of(2026, 3, 2))
                .theme("教育").opennessClass("DECISION").keywords("征求意见").summary("概述")
                .bodyHtml("<p>起草说明全文。</p>").build());
        long draftDoc = createDocument.create(t.editor(), orgId, org.gongkai.document.DocumentContent.builder()
                .catalogNodeId(node).title("未发布的材料" + run).issuer(t.org().name())
                .writtenDate(LocalDate.of(2026, 3, 1)).publishDate(LocalDate.of(2026, 3, 2)).theme("教育")
                .opennessClass("DECISION").keywords("征求意见").summary("概述").bodyHtml("<p>草稿。</p>").build());
        submit.submit(t.editor(), doc);
        review.approve(reviewer, doc, null);
        publish.publishNow(t.publisher(), doc);
        long id = published(t, "附件" + run, -1, 40, List.of("ONLINE"));
        String path = "/admin/consultations/" + id + "/materials";

        var bad = mvc.perform(post(path).with(fixtures.as(t.editor())).with(csrf())
                .param("materialDocument", String.valueOf(draftDoc)).param("materialLabel", " ")).andReturn().getResponse();
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(Jsoup.parse(bad.getContentAsString()).select(".notice.error a").eachAttr("href"))
                .containsExactly("#materialDocument", "#materialLabel");
        assertThat(status(post("/admin/consultations/" + published(other, "邻县" + run, -1, 40, List.of("ONLINE"))
                + "/materials").with(fixtures.as(other.editor())).with(csrf()).param("materialDocument", String.valueOf(doc))
                .param("materialLabel", "别人的文件"))).isEqualTo(400);
        assertThat(status(post(path).with(fixtures.as(other.editor())).with(csrf())
                .param("materialDocument", String.valueOf(doc)).param("materialLabel", "x"))).isEqualTo(404);
        assertThat(status(post(path).with(fixtures.as(t.editor())).param("materialDocument", String.valueOf(doc))
                .param("materialLabel", "x"))).isEqualTo(403);
        assertThat(status(post(path).with(fixtures.as(t.editor())).with(csrf()).param("materialDocument", String.valueOf(doc))
                .param("materialLabel", "起草说明" + HOSTILE))).isEqualTo(302);
        assertThat(status(post(path).with(fixtures.as(t.editor())).with(csrf()).param("materialDocument", String.valueOf(doc))
                .param("materialLabel", "again"))).isEqualTo(400);
        assertThat(audits(t, "consultation.material")).isEqualTo(1);

        Document pub = Jsoup.parse(html(get("/consultations/" + id)));
        assertThat(pub.select("section[aria-labelledby=materials-h] a[href=/documents/" + doc + "]").text())
                .isEqualTo("起草说明" + HOSTILE);
        assertThat(pub.select("main script, main img[onerror]")).isEmpty();
        // withdrawn: gone from the public page, still listed for staff
        withdraw.withdraw(t.publisher(), doc, "内容调整");
        assertThat(Jsoup.parse(html(get("/consultations/" + id))).select("#materials-h")).isEmpty();
        assertThat(Jsoup.parse(html(get("/admin/consultations/" + id).with(fixtures.as(t.editor()))))
                .select("#materials a[href=/documents/" + doc + "]")).hasSize(1);
    }

    @Test
    void aConsultationMayAskForANameWithEveryComment() throws Exception {
        Team t = team("署名征求意见县教育局");
        var form = mvc.perform(post("/admin/consultations").with(fixtures.as(t.editor())).with(csrf())
                .param("title", "署名" + run).param("draftingDepartment", "科").param("explanation", "说明")
                .param("draftText", "第一条 条文。").param("opensAt", at(-1)).param("closesAt", at(40))
                .param("channels", "ONLINE").param("contact", "电话").param("nameRequired", "true"))
                .andReturn().getResponse();
        assertThat(form.getStatus()).isEqualTo(302);
        long id = Long.parseLong(form.getRedirectedUrl().replaceAll(".*/consultations/(\\d+).*", "$1"));
        assertThat(store.find(id).orElseThrow().nameRequired()).isTrue();
        drafts.publish(t.publisher(), id);
        Document page = Jsoup.parse(html(get("/consultations/" + id)));
        assertThat(page.select("label[for=name-general]").text()).isEqualTo("姓名（必填）");
        assertThat(page.select("#name-general[required]")).hasSize(1);
        var refused = mvc.perform(fromPublic(post("/consultations/" + id + "/comments")).param("body", "无名意见"))
                .andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString()).contains("本次征求意见须署名，请填写姓名。");
        assertThat(status(fromPublic(post("/consultations/" + id + "/comments")).param("body", "署名意见")
                .param("name", "家长"))).isEqualTo(302);
        long optional = published(t, "可不署名" + run, -1, 40, List.of("ONLINE"));
        assertThat(status(fromPublic(post("/consultations/" + optional + "/comments")).param("body", "无名意见")))
                .isEqualTo(302);
    }
}
