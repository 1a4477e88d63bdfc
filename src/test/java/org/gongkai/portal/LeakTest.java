package org.gongkai.portal;

import org.gongkai.participation.BuildSurvey;
import org.gongkai.participation.HandleMessage;
import org.gongkai.participation.SurveyQuestionKind;
import org.gongkai.participation.MessageDraft;
import org.gongkai.participation.MessageType;
import org.gongkai.participation.ReceiveMessage;
import org.gongkai.catalog.CatalogNode;
import org.gongkai.catalog.CatalogTree;
import org.gongkai.document.Disclosure;
import org.gongkai.document.DocumentContent;
import org.gongkai.document.SaveDraft;
import org.gongkai.document.StartNewEdition;
import org.gongkai.identity.Organisation;
import org.gongkai.review.ResolveFindings;
import org.gongkai.search.SearchIndexer;
import org.gongkai.support.HostileFiles;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Documents in every state that must not be public each carry a unique marker in title, body, keywords, summary and
 * an attachment (its name and its content). Every public route is then fetched — site pages found by following
 * links, every document and file address, feeds, sitemap, robots, the public API and search — and no response may
 * contain any marker.
 */
@IntegrationTest
class LeakTest {

    @Autowired MockMvc mvc;
    @Autowired BuildSurvey buildSurvey;
    @Autowired PortalFixture fx;
    @Autowired StartNewEdition newEdition;
    @Autowired SaveDraft save;
    @Autowired CatalogTree catalog;
    @Autowired JdbcClient jdbc;

    final Map<String, Long> secretDocs = new LinkedHashMap<>();
    final String run = UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();

    String marker(String state) {
        return "LEAK" + state + run;
    }

    DocumentContent secret(Long nodeId, String state, Disclosure disclosure) {
        String m = marker(state);
        return DocumentContent.builder().catalogNodeId(nodeId).title("秘密标题" + m).documentNumber("测教〔2026〕" + m)
                .issuer("泄漏县教育局").writtenDate(LocalDate.of(2026, 3, 1)).publishDate(LocalDate.of(2026, 3, 2))
                .theme("教育").opennessClass("RESULT").keywords("公开 " + m).disclosure(disclosure)
                .withheldReason(disclosure == Disclosure.WITHHELD ? "涉及国家秘密 " + m : null).summary("概述" + m)
                .bodyHtml("<p>正文" + m + "</p>").build();
    }

    long draft(PortalFixture.Site s, Long node, String state, Disclosure disclosure) {
        long id = fx.create.create(s.editor(), s.org().id(), secret(node, state, disclosure));
        fx.attachPdf(s, id, marker(state) + ".pdf", "content " + marker(state));
        secretDocs.put(state, id);
        return id;
    }

    @Test
    void noUnpublishedContentReachesAnyPublicRoute() throws Exception {
        PortalFixture.Site s = fx.site("泄漏县教育局");
        Long node = fx.node(s, "通知公告").id();
        // Public content beside the secrets, so that lists, feeds and related documents are not empty.
        long publicDoc = fx.create.create(s.editor(), s.org().id(), PortalFixture.content(node, "公开的通知", "公开", LocalDate.of(2026, 3, 1)));
        fx.attachPdf(s, publicDoc, "公开附件.pdf", "public");
        fx.submitApprovePublish(s, publicDoc);

        draft(s, node, "DRAFT", Disclosure.PROACTIVE);
        long submitted = draft(s, node, "SUBMITTED", Disclosure.PROACTIVE);
        fx.submit.submit(s.editor(), submitted);
        long rejected = draft(s, node, "REJECTED", Disclosure.PROACTIVE);
        fx.submit.submit(s.editor(), rejected);
        fx.review.reject(s.reviewer(), rejected, "退回");
        long approved = draft(s, node, "APPROVED", Disclosure.PROACTIVE);
        fx.submit.submit(s.editor(), approved);
        fx.review.approve(s.reviewer(), approved, null);
        long scheduled = draft(s, node, "SCHEDULED", Disclosure.PROACTIVE);
        fx.submit.submit(s.editor(), scheduled);
        fx.review.approve(s.reviewer(), scheduled, null);
        fx.publish.schedule(s.publisher(), scheduled, Instant.now().plus(30, ChronoUnit.DAYS));
        long removed = draft(s, node, "REMOVED", Disclosure.PROACTIVE);
        fx.submitApprovePublish(s, removed);
        fx.withdraw(s, removed);
        fx.remove(s, removed);
        long onRequest = draft(s, node, "ONREQUEST", Disclosure.ON_REQUEST);
        fx.submitApprovePublish(s, onRequest);
        long withheld = draft(s, node, "WITHHELD", Disclosure.WITHHELD);
        fx.submitApprovePublish(s, withheld);
        // A published document whose next edition, still a draft, holds a secret.
        long live = fx.published(s, PortalFixture.content(node, "已发布待修改的通知", "修改", LocalDate.of(2026, 3, 3)));
        newEdition.start(s.editor(), live);
        int version = jdbc.sql("select lock_version from edition where document_id = ? and status = 'DRAFT'").param(live)
                .query(Integer.class).single();
        save.save(s.editor(), live, version, secret(node, "NEWEDITION", Disclosure.PROACTIVE));
        fx.attachPdf(s, live, marker("NEWEDITION") + ".pdf", "content " + marker("NEWEDITION"));
        secretDocs.put("NEWEDITION", live);

        List<String> markers = secretDocs.keySet().stream().map(this::marker).toList();
        Set<String> urls = routes(s, markers);
        Set<String> crawled = crawl(urls, markers);

        assertThat(crawled).contains("/documents/" + publicDoc, "/o/" + s.slug() + "/catalog/" + node);
        assertThat(crawled.size()).isGreaterThan(40);
        // The secret documents' own addresses: 404, or 410 for the removed one; the live one shows its public edition.
        for (var e : secretDocs.entrySet()) {
            int status = fetch("/documents/" + e.getValue()).getStatus();
            int expected = switch (e.getKey()) {
                case "REMOVED" -> 410;
                case "NEWEDITION" -> 200;
                default -> 404;
            };
            assertThat(status).as(e.getKey()).isEqualTo(expected);
        }
        for (long file : secretAttachments()) {
            assertThat(fetch("/files/" + file).getStatus()).as("file " + file).isEqualTo(404);
        }
    }

    @Autowired ResolveFindings resolve;
    @Autowired SearchIndexer searchIndexer;

    /**
     * A published document whose attachments hide a marker (a valid resident ID) in every place a file can hide one:
     * the screening must find each, the reviewer redacts what can be redacted and accepts what the public copy drops
     * (PDF metadata, notes, form fields, embedded files) or could not read (an embedded object); then no marker may
     * reach any public channel: pages, search with its snippets, feeds, the API, and the downloads of the files.
     */
    @Test
    void hostileAttachmentsLeaveNoMarkerOnAnyPublicChannel() throws Exception {
        PortalFixture.Site s = fx.site("敌意附件县教育局");
        Long node = fx.node(s, "通知公告").id();
        long id = fx.create.create(s.editor(), s.org().id(),
                PortalFixture.content(node, "奖学金评审附件公示", "奖学金评审", LocalDate.of(2026, 3, 4)));
        List<HostileFiles.Hostile> corpus = HostileFiles.corpus();
        for (HostileFiles.Hostile h : corpus) {
            attachTo(s, id, h.fileName(), h.bytes());
        }
        attachTo(s, id, "嵌入对象.docx", HostileFiles.withPart(HostileFiles.docxWith(d -> d.createParagraph().createRun()
                .setText("关于奖学金评审的说明")), "word/embeddings/oleObject1.bin", new byte[]{1, 2, 3}));
        fx.submit.submit(s.editor(), id);

        record Open(long id, String kind, String location, String attachmentKind, long attachmentId) {
        }
        List<Open> open = jdbc.sql("select id, kind, location, attachment_kind, attachment_id from screening_finding"
                        + " where document_id = ? and status = 'OPEN' order by id").param(id)
                .query((rs, i) -> new Open(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getLong(5))).list();
        List<String> matched = jdbc.sql("select matched from screening_finding where document_id = ?").param(id)
                .query(String.class).list();
        for (HostileFiles.Hostile h : corpus) {
            assertThat(matched).as("screening finds " + h.place()).contains(h.marker());
        }
        for (Open f : open) {
            boolean dropsOrUnread = "NOT_SCREENED".equals(f.kind())
                    || "PDF".equals(f.attachmentKind()) && !"name".equals(f.location());
            if (dropsOrUnread) {
                if ("NOT_SCREENED".equals(f.kind())) { // the reviewer opens the original first
                    mvc.perform(get("/admin/attachments/" + f.attachmentId()).with(fx.fixtures.as(s.reviewer())));
                }
                resolve.accept(s.reviewer(), id, f.id(), "公开副本删除此处内容，或已打开原件核对");
            } else {
                resolve.redact(s.reviewer(), id, f.id());
            }
        }
        fx.review.approve(s.reviewer(), id, null);
        fx.awaitChange(id, () -> fx.publish.publishNow(s.publisher(), id));
        searchIndexer.sync(id);

        List<String> markers = corpus.stream().map(HostileFiles.Hostile::marker).toList();
        Set<String> urls = routes(s, markers);
        List<Long> files = jdbc.sql("select attachment_id from public_attachment where document_id = ?").param(id)
                .query(Long.class).list();
        assertThat(files).hasSize(corpus.size() + 1);
        files.forEach(f -> urls.add("/files/" + f));
        // the public search finds the document by its attachments' words, and its snippets show no marker
        for (String searchPage : List.of("/search", "/api/v1/public/search")) {
            String found = mvc.perform(get(searchPage).param("q", "奖学金评审的说明")).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(found).as(searchPage).contains(String.valueOf(id));
            assertThat(markers).as(searchPage).noneMatch(found::contains);
        }
        Set<String> crawled = crawl(urls, markers);
        assertThat(crawled).contains("/documents/" + id);
    }

    @Autowired ReceiveMessage receiveMessage;
    @Autowired HandleMessage handleMessage;

    /**
     * Messages from the public: the writer's name, phone and e-mail are on no public route, not even for a published
     * exchange; a message the writer kept private, and an answered one the head has not published, are on none either.
     */
    @Test
    void noMessageContactDetailsAndNoUnpublishedMessageReachAnyPublicRoute() throws Exception {
        PortalFixture.Site s = fx.site("留言泄漏县教育局");
        String name = "名" + marker("NAME");
        String email = marker("MAIL").toLowerCase() + "@example.org";
        String phone = "1" + String.valueOf(Math.abs(run.hashCode()) % 10_000_000_000L + 10_000_000_000L).substring(1);
        long published = receiveMessage.receive(s.org().id(), new MessageDraft(MessageType.CONSULTATION,
                "可以公开的留言", "可以公开的问题", name, phone, email, true)).id();
        long kept = receiveMessage.receive(s.org().id(), new MessageDraft(MessageType.COMPLAINT,
                "不公开" + marker("PRIVATE"), "正文" + marker("PRIVATEBODY"), name, phone, email, false)).id();
        long unreviewed = receiveMessage.receive(s.org().id(), new MessageDraft(MessageType.SUGGESTION,
                "未审核" + marker("UNREVIEWED"), "正文", name, phone, email, true)).id();
        handleMessage.reply(s.publisher(), published, 0, "公开的答复");
        handleMessage.publish(s.publisher(), published, 1);
        handleMessage.reply(s.publisher(), kept, 0, "答复" + marker("KEPTREPLY"));
        handleMessage.reply(s.publisher(), unreviewed, 0, "答复" + marker("UNREVIEWEDREPLY"));

        List<String> markers = List.of(marker("NAME"), marker("MAIL").toLowerCase(), phone, marker("PRIVATE"),
                marker("PRIVATEBODY"), marker("UNREVIEWED"), marker("KEPTREPLY"), marker("UNREVIEWEDREPLY"));
        Set<String> urls = routes(s, markers);
        urls.addAll(List.of("/messages?org=" + s.slug(), "/messages/published?org=" + s.slug(),
                "/messages/statistics?org=" + s.slug(), "/messages/published/" + kept,
                "/messages/published/" + unreviewed));
        Set<String> crawled = crawl(urls, markers);
        assertThat(crawled).contains("/messages/published/" + published);
        assertThat(fetch("/messages/published/" + kept).getStatus()).isEqualTo(404);
        assertThat(fetch("/messages/published/" + unreviewed).getStatus()).isEqualTo(404);
    }

    @Test
    void noDraftSurveyAndNoUnpublishedFreeTextAnswerReachAnyPublicRoute() throws Exception {
        PortalFixture.Site s = fx.site("调查泄漏县教育局");
        Instant now = Instant.now();
        long draft = buildSurvey.create(s.publisher(), new BuildSurvey.Draft("草稿调查" + marker("DRAFTSURVEY"), "",
                now.minus(1, ChronoUnit.DAYS), now.plus(1, ChronoUnit.DAYS)));
        buildSurvey.addQuestion(s.publisher(), draft, new BuildSurvey.QuestionDraft(SurveyQuestionKind.TEXT,
                "草稿问题" + marker("DRAFTQUESTION"), true, null, 50));
        long survey = buildSurvey.create(s.publisher(), new BuildSurvey.Draft("公开调查", "",
                now.minus(1, ChronoUnit.DAYS), now.plus(1, ChronoUnit.DAYS)));
        buildSurvey.addQuestion(s.publisher(), survey, new BuildSurvey.QuestionDraft(SurveyQuestionKind.TEXT,
                "意见", true, null, 100));
        buildSurvey.publish(s.publisher(), survey, 1);
        long question = jdbc.sql("select id from survey_question where survey_id = ?").param(survey)
                .query(Long.class).single();
        for (String text : List.of("保密意见" + marker("TEXT1"), "保密意见" + marker("TEXT2"))) {
            String cookie = fetch("/surveys/" + survey).getHeader("Set-Cookie");
            mvc.perform(post("/surveys/" + survey).with(csrf()).param("q" + question, text)
                    .cookie(new jakarta.servlet.http.Cookie("gk_survey",
                            cookie.substring(cookie.indexOf('=') + 1, cookie.indexOf(';')))));
        }
        assertThat(jdbc.sql("select count(*) from survey_response where survey_id = ?").param(survey)
                .query(Long.class).single()).isEqualTo(2);
        jdbc.sql("update survey set closes_at = now() - interval '1 second' where id = ?").param(survey).update();

        List<String> markers = List.of(marker("DRAFTSURVEY"), marker("DRAFTQUESTION"), marker("TEXT1"), marker("TEXT2"));
        Set<String> urls = routes(s, markers);
        urls.addAll(List.of("/surveys?org=" + s.slug(), "/surveys/" + draft, "/sitemap.xml"));
        Set<String> crawled = crawl(urls, markers);
        assertThat(crawled).contains("/surveys/" + survey);
        assertThat(fetch("/surveys/" + draft).getStatus()).isEqualTo(404);
    }

    @Autowired org.gongkai.consultation.DraftConsultation consultations;
    @Autowired org.gongkai.consultation.ReceiveComment receiveComment;
    @Autowired org.gongkai.consultation.ModerateComments moderateComments;
    @Autowired org.gongkai.consultation.Hearings hearings;

    /**
     * Consultations (issue #18): a draft consultation, comments waiting for moderation or rejected in it, the contact
     * details of a published comment, and the name, contact and statement of someone registering for a hearing are on
     * no public route.
     */
    @Test
    void noUnmoderatedOrRejectedCommentAndNoContactDetailsReachAnyPublicRoute() throws Exception {
        PortalFixture.Site s = fx.site("征求意见泄漏县教育局");
        java.time.format.DateTimeFormatter local = org.gongkai.consultation.ConsultationInput.LOCAL;
        java.time.LocalDateTime now = java.time.LocalDateTime.now(org.gongkai.platform.Zones.CHINA);
        long draft = consultations.create(s.editor(), new org.gongkai.consultation.ConsultationInput(
                "未发布的征求意见" + marker("DRAFTCONSULT"), "科", "说明", "第一条", local.format(now.plusDays(1)),
                local.format(now.plusDays(40)), null, List.of("ONLINE"), "电话", "true", null));
        long id = consultations.create(s.editor(), new org.gongkai.consultation.ConsultationInput("公开的征求意见", "科",
                "说明", "第一条 公开条文。\n\n第二条 公开条文。", local.format(now.minusDays(1)),
                local.format(now.plusDays(40)), null, List.of("ONLINE", "HEARING"), "电话", "true", null));
        consultations.publish(s.publisher(), id);
        long shown = receiveComment.receive(id, null, "网友", marker("CONTACT").toLowerCase() + "@example.org", "公开的意见");
        receiveComment.receive(id, null, null, null, "待审核" + marker("PENDING"));
        long rejected = receiveComment.receive(id, null, null, null, "垃圾信息" + marker("REJECTEDCOMMENT"));
        moderateComments.moderate(s.editor(), id, shown, "PUBLISHED");
        moderateComments.moderate(s.editor(), id, rejected, "REJECTED");
        long hearing = hearings.schedule(s.publisher(), id, new org.gongkai.consultation.HearingInput(
                local.format(now.plusDays(20)), "会议室", "5", local.format(now.plusDays(10)), "按报名先后确定"));
        hearings.register(id, hearing, "报名人" + marker("HNAME"), marker("HCONTACT"), "陈述" + marker("HSTATEMENT"));

        List<String> markers = List.of(marker("DRAFTCONSULT"), marker("CONTACT").toLowerCase(), marker("PENDING"),
                marker("REJECTEDCOMMENT"), marker("HNAME"), marker("HCONTACT"), marker("HSTATEMENT"));
        Set<String> urls = routes(s, markers);
        urls.addAll(List.of("/o/" + s.slug() + "/consultations", "/o/" + s.slug() + "/consultations/feed.atom",
                "/consultations/" + id, "/consultations/" + draft, "/consultations/" + id + "/hearings/" + hearing,
                "/consultations/" + draft + "/hearings/" + hearing, "/consultations/" + id + "/versions/1"));
        Set<String> crawled = crawl(urls, markers);
        assertThat(crawled).contains("/consultations/" + id + "/hearings/" + hearing);
        assertThat(fetch("/consultations/" + draft).getStatus()).isEqualTo(404);
        assertThat(fetch("/consultations/" + id).getContentAsString()).contains("公开的意见");
    }

    @Autowired org.gongkai.services.ManageDeputyReplies replies;
    @Autowired org.gongkai.services.ManageCleanUps cleanUps;
    @Autowired org.gongkai.services.ManageWorkPlans workPlans;

    static org.gongkai.services.DeputyReplyForm reply(String code, String title, LocalDate today, String mode,
                                                      String text, String reason, String version) {
        return new org.gongkai.services.DeputyReplyForm("2026", "SUGGESTION", code, "十六届人大五次会议", title, "代表",
                "基础教育科", null, today.minusDays(60).toString(), today.minusDays(10).toString(),
                text == null ? null : today.minusDays(20).toString(), mode, text, reason, null, null, version);
    }

    /**
     * 结果公开 (issue #20): a draft reply (title, summary, reason not published in full, its promise), the wording a
     * published reply had while it was a draft, a clean-up never published (title, basis, an item's reason), one
     * applied but not published, and a work plan linked to a document removed since are on no public route: pages,
     * the replies', clean-ups' and work plans' JSON API and public history, their feeds and the sitemap.
     */
    @Test
    void noDraftReplyCleanUpOrWorkPlanReachesAnyPublicRoute() throws Exception {
        PortalFixture.Site s = fx.site("结果公开泄漏县教育局");
        Long node = fx.node(s, "通知公告").id();
        LocalDate today = LocalDate.now(org.gongkai.platform.Zones.CHINA);
        long draft = replies.create(s.editor(), reply("31", "草稿建议" + marker("DRAFTREPLY"), today, "SUMMARY",
                "摘要" + marker("DRAFTSUMMARY"), "理由" + marker("DRAFTREASON"), null));
        replies.addPromise(s.editor(), draft, "承诺" + marker("DRAFTPROMISE"), today.plusDays(10).toString(), null);
        long shown = replies.create(s.editor(), reply("32", "公开的建议", today, "FULL", "草稿措辞" + marker("OLDWORDING"),
                null, null));
        replies.update(s.editor(), shown, reply("32", "公开的建议", today, "FULL", "公开的答复全文。", null,
                jdbc.sql("select version::text from svc_proposal where id = ?").param(shown).query(String.class).single()));
        replies.publish(s.publisher(), shown);
        replies.update(s.publisher(), shown, reply("32", "公开的建议", today, "FULL", "公开的答复全文（更正）。", null,
                jdbc.sql("select version::text from svc_proposal where id = ?").param(shown).query(String.class).single()));

        long kept = fx.published(s, PortalFixture.content(node, "继续有效的规定", "规定", LocalDate.of(2026, 3, 1)));
        long never = cleanUps.create(s.editor(), "未公开的清理" + marker("DRAFTCLEANUP"), "依据" + marker("DRAFTBASIS"),
                today.toString());
        cleanUps.addItem(s.editor(), never, String.valueOf(kept), "KEPT", null, "理由" + marker("DRAFTITEM"));
        long applied = cleanUps.create(s.editor(), "已实施未公开的清理" + marker("APPLIEDCLEANUP"), null, today.toString());
        cleanUps.addItem(s.editor(), applied, String.valueOf(kept), "KEPT", null, "理由" + marker("APPLIEDITEM"));
        cleanUps.apply(s.editor(), applied);
        long published = cleanUps.create(s.editor(), "公开的清理", null, today.toString());
        cleanUps.addItem(s.editor(), published, String.valueOf(kept), "KEPT", null, "公开的理由");
        cleanUps.apply(s.editor(), published);
        cleanUps.publish(s.publisher(), published);

        long plan = fx.published(s, PortalFixture.content(node, "工作要点" + marker("REMOVEDPLAN"), "计划", LocalDate.of(2026, 2, 1)));
        long current = fx.published(s, PortalFixture.content(node, "公开的工作总结", "总结", LocalDate.of(2026, 2, 2)));
        workPlans.link(s.editor(), "2026", "PLAN", String.valueOf(plan));
        workPlans.link(s.editor(), "2026", "SUMMARY", String.valueOf(current));
        fx.withdraw(s, plan);
        fx.remove(s, plan);

        List<String> markers = List.of(marker("DRAFTREPLY"), marker("DRAFTSUMMARY"), marker("DRAFTREASON"),
                marker("DRAFTPROMISE"), marker("OLDWORDING"), marker("DRAFTCLEANUP"), marker("DRAFTBASIS"),
                marker("DRAFTITEM"), marker("APPLIEDCLEANUP"), marker("APPLIEDITEM"), marker("REMOVEDPLAN"));
        Set<String> urls = routes(s, markers);
        String o = "/o/" + s.slug();
        String api = "/api/v1/public/";
        urls.addAll(List.of(o + "/replies", o + "/replies?year=2026", o + "/replies/feed.atom", o + "/cleanups",
                o + "/cleanups/feed.atom", o + "/work-plans", o + "/work-plans/feed.atom", "/replies/" + draft,
                "/replies/" + shown, "/cleanups/" + never, "/cleanups/" + applied, "/cleanups/" + published,
                api + "replies/" + s.slug(), api + "replies/" + s.slug() + "?year=2026", api + "replies/items/" + draft,
                api + "replies/items/" + shown, api + "cleanups/" + s.slug(), api + "cleanups/items/" + never,
                api + "cleanups/items/" + applied, api + "cleanups/items/" + published, api + "work-plans/" + s.slug(),
                api + "work-plans/" + s.slug() + "/history", api + "tasks/" + s.slug()));
        Set<String> crawled = crawl(urls, markers);
        assertThat(crawled).contains("/replies/" + shown, "/cleanups/" + published);
        assertThat(fetch("/replies/" + draft).getStatus()).isEqualTo(404);
        assertThat(fetch("/cleanups/" + applied).getStatus()).isEqualTo(404);
        assertThat(fetch(api + "replies/items/" + shown).getContentAsString()).contains("公开的答复全文（更正）。")
                .contains("公开的答复全文。");
        assertThat(fetch(api + "work-plans/" + s.slug() + "/history").getContentAsString()).contains("公开的工作总结");
    }

    void attachTo(PortalFixture.Site s, long documentId, String name, byte[] bytes) {
        int version = jdbc.sql("select lock_version from edition where document_id = ? and status = 'DRAFT'")
                .param(documentId).query(Integer.class).single();
        fx.attach.attach(s.editor(), documentId, version, name, new java.io.ByteArrayInputStream(bytes));
    }

    /** Every public address we know of, before following links. */
    Set<String> routes(PortalFixture.Site s, List<String> markers) {
        Set<String> urls = new LinkedHashSet<>(List.of("/", "/sitemap.xml", "/robots.txt", "/api/v1/public/documents",
                "/o/" + s.slug(), "/o/" + s.slug() + "/catalog", "/o/" + s.slug() + "/guide", "/o/" + s.slug() + "/rules",
                "/o/" + s.slug() + "/feed.atom", "/o/" + s.slug() + "/feed.rss"));
        for (Organisation o : fx.organisations.all()) {
            urls.add("/o/" + o.slug());
        }
        for (CatalogTree.Entry e : catalog.nodesOf(s.org().id())) {
            CatalogNode n = e.node();
            String col = "/o/" + s.slug() + "/catalog/" + n.id();
            urls.addAll(List.of(col, col + "?sort=title", col + "?sort=oldest", col + "?page=2", col + "/feed.atom", col + "/feed.rss"));
        }
        long maxDoc = jdbc.sql("select coalesce(max(id), 0) from document").query(Long.class).single();
        for (long id = Math.max(1, maxDoc - 60); id <= maxDoc; id++) {
            urls.add("/documents/" + id);
            urls.add("/api/v1/public/documents/" + id);
        }
        long maxFile = jdbc.sql("select coalesce(max(id), 0) from attachment").query(Long.class).single();
        for (long id = Math.max(1, maxFile - 40); id <= maxFile; id++) {
            urls.add("/files/" + id);
        }
        for (String m : markers) {
            String q = URLEncoder.encode(m, StandardCharsets.UTF_8);
            urls.add("/search?q=" + q);
            urls.add("/api/v1/public/search?q=" + q);
            urls.add("/search?q=" + URLEncoder.encode("秘密标题", StandardCharsets.UTF_8));
            urls.add("/o/" + s.slug() + "/search?scope=all&q=" + q);
            urls.add("/search?q=" + q + "&sort=date&page=2");
        }
        return urls;
    }

    /** Fetches the addresses and every same-site page they link to (not the back office); answers what was fetched. */
    Set<String> crawl(Set<String> start, List<String> markers) throws Exception {
        Deque<String> queue = new ArrayDeque<>(start);
        Set<String> seen = new LinkedHashSet<>(start);
        List<String> leaks = new ArrayList<>();
        int fetched = 0;
        while (!queue.isEmpty() && fetched < 1500) {
            String url = queue.poll();
            MockHttpServletResponse r = fetch(url);
            fetched++;
            assertThat(r.getStatus()).as(url).isLessThan(500);
            String body = new String(r.getContentAsByteArray(), StandardCharsets.UTF_8)
                    + new String(r.getContentAsByteArray(), StandardCharsets.ISO_8859_1)
                    + r.getHeaderNames().stream().map(h -> h + ":" + r.getHeaders(h)).toList();
            if (url.startsWith("/files/") && r.getStatus() == 200) {
                // the file as its program reads it: every zip part inflated, every PDF stream decoded
                body += HostileFiles.everything(r.getContentAsByteArray());
            }
            String echoed = searchedFor(url);
            for (String m : markers) {
                if (m.equals(echoed)) {
                    // the search page repeats what was asked (title, box, pager): it must have found nothing
                    if (!body.contains("没有找到符合条件的公开信息")) {
                        leaks.add(m + " found by " + url);
                    }
                } else if (body.contains(m)) {
                    leaks.add(m + " in " + url);
                }
            }
            String type = String.valueOf(r.getContentType());
            if (r.getStatus() == 200 && type.startsWith("text/html")) {
                for (String href : PortalPagesTest.hrefs(r.getContentAsString())) {
                    if (href.startsWith("/") && !href.startsWith("//") && allowed(href) && seen.add(href)) {
                        queue.add(href);
                    }
                }
            }
        }
        assertThat(leaks).isEmpty();
        return seen;
    }

    /** The query of a search page address, which the page shows back to the person who asked. */
    static String searchedFor(String url) {
        int at = url.indexOf("/search?");
        if (!(at == 0 || url.startsWith("/o/") && at > 0)) {
            return null;
        }
        for (String pair : url.substring(at + 8).split("&")) {
            if (pair.startsWith("q=")) {
                return java.net.URLDecoder.decode(pair.substring(2), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    static boolean allowed(String href) {
        return !(href.startsWith("/admin") || href.startsWith("/account") || href.startsWith("/login")
                || href.startsWith("/logout") || href.startsWith("/display") || href.startsWith("/css")
                || href.startsWith("/js"));
    }

    MockHttpServletResponse fetch(String url) throws Exception {
        // an address that is already encoded goes as it is: get(String) treats it as a template and encodes the
        // percent signs again, which made every search for a Chinese marker a search for gibberish
        java.net.URI uri;
        try {
            uri = java.net.URI.create(url);
        } catch (IllegalArgumentException e) {
            return mvc.perform(get(url)).andReturn().getResponse();
        }
        return mvc.perform(get(uri)).andReturn().getResponse();
    }

    List<Long> secretAttachments() {
        return jdbc.sql("select id from attachment where file_name like ?").param("LEAK%" + run + ".pdf")
                .query(Long.class).list();
    }
}
