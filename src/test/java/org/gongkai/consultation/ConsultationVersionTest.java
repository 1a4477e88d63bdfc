package org.gongkai.consultation;

import org.gongkai.identity.Organisation;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.web.ConflictException;
import org.gongkai.platform.web.InvalidInputException;
import org.gongkai.support.Fixtures;
import org.gongkai.support.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Versions of a draft (issue #18, ADR 0039): comments stay on the passage of the version they were made on, the
 * diff between versions is public and inert, and the final text's diff from the last draft is traced, row by row,
 * to the comments behind each change before the adoption report can be published; the final text stays out of
 * public view until then.
 */
@IntegrationTest
class ConsultationVersionTest {

    static final String HOSTILE = "<script>alert('x')</script><img src=x onerror=alert(1)>";

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired OrganisationDirectory organisations;
    @Autowired DraftConsultation drafts;
    @Autowired ModerateComments moderation;
    @Autowired ReviseDraft revise;
    @Autowired ConsultationStore store;
    @Autowired VersionStore versions;
    @Autowired JdbcClient jdbc;

    final String run = UUID.randomUUID().toString().substring(0, 8);
    final String address = "10.39." + (run.hashCode() & 0xff) + "." + ((run.hashCode() >> 8) & 0xff);

    record Team(Organisation org, StaffUser editor, StaffUser publisher) {
    }

    Team team(String name) {
        long id = fixtures.organisation(name + run);
        return new Team(organisations.get(id), fixtures.staff(id, Role.EDITOR), fixtures.staff(id, Role.PUBLISHER));
    }

    static final String V1 = "第一条 为了规范课后服务，制定本办法。\n\n第二条 学校应当公示收费标准。\n\n第三条 本办法自发布之日起施行。";

    long published(Team t, long opens, long closes) {
        long id = drafts.create(t.editor(), new ConsultationInput("课后服务办法" + run, "基础教育科", "起草说明", V1,
                ConsultationTest.at(opens), ConsultationTest.at(closes), null, List.of("ONLINE", "POST"), "电话 12345",
                "true", null));
        drafts.publish(t.publisher(), id);
        return id;
    }

    MockHttpServletRequestBuilder comment(long id, Object passage, String body) {
        return post("/consultations/" + id + "/comments").with(csrf()).with(r -> {
            r.setRemoteAddr(address);
            return r;
        }).param("passage", String.valueOf(passage)).param("body", body).param("contact", "secret" + run + "@example.cn");
    }

    String html(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString();
    }

    int status(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    @Test
    void commentsStayOnThePassageOfTheirVersionAndTheDiffBetweenVersionsIsPublicAndInert() throws Exception {
        Team t = team("征求意见版本县教育局");
        Team other = team("另一县教育局");
        long id = published(t, -1, 40);
        List<Passage> v1 = store.passages(id);
        assertThat(status(comment(id, v1.get(1).id(), "收费标准应细化" + run))).isEqualTo(302);
        long early = jdbc.sql("select id from consultation_comment where consultation_id = ?").param(id)
                .query(Long.class).single();
        moderation.moderate(t.editor(), id, early, "PUBLISHED");
        long whole = store.insertComment(id, null, null, null, "整体意见一" + run);
        moderation.moderate(t.editor(), id, whole, "PUBLISHED");

        String v2 = "第一条 为了规范课后服务，制定本办法。\n\n第二条 学校应当在校园网站公示收费标准和服务内容。" + HOSTILE
                + "\n\n第三条 本办法自发布之日起施行。\n\n第四条 本办法由县教育局负责解释。";
        MockHttpServletRequestBuilder save = post("/admin/consultations/" + id + "/versions")
                .param("note", "根据意见细化公示要求").param("draftText", v2);
        assertThat(status(save.with(fixtures.as(t.publisher())))).isEqualTo(403); // no CSRF token
        assertThat(status(post("/admin/consultations/" + id + "/versions").with(fixtures.as(t.editor())).with(csrf())
                .param("note", "x").param("draftText", v2))).isEqualTo(403);
        assertThat(status(post("/admin/consultations/" + id + "/versions").with(fixtures.as(other.publisher())).with(csrf())
                .param("note", "x").param("draftText", v2))).isEqualTo(404);
        assertThat(status(get("/admin/consultations/" + id + "/versions/new").with(fixtures.as(other.publisher()))))
                .isEqualTo(404);

        var refused = mvc.perform(post("/admin/consultations/" + id + "/versions").with(fixtures.as(t.publisher()))
                .with(csrf()).param("note", " ").param("draftText", "")).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(400);
        Document form = Jsoup.parse(refused.getContentAsString());
        assertThat(form.select(".error-summary a, [role=alert] a").eachAttr("href")).containsExactly("#note", "#draftText");
        assertThat(form.select("#note-error").text()).isEqualTo("请填写此项。");
        var same = mvc.perform(post("/admin/consultations/" + id + "/versions").with(fixtures.as(t.publisher()))
                .with(csrf()).param("note", "无修改").param("draftText", V1)).andReturn().getResponse();
        assertThat(same.getStatus()).isEqualTo(400);
        assertThat(Jsoup.parse(same.getContentAsString()).select("#draftText-error").text()).isEqualTo("新版本与当前版本相同。");

        assertThat(status(post("/admin/consultations/" + id + "/versions").with(fixtures.as(t.publisher())).with(csrf())
                .param("note", "根据意见细化公示要求").param("draftText", v2))).isEqualTo(302);
        List<Passage> now = store.passages(id);
        assertThat(now).hasSize(4);
        assertThat(versions.versions(id)).extracting(Version::number).containsExactly(1, 2);
        // the earlier comment is still on the first version's second passage
        assertThat(jdbc.sql("select passage_id from consultation_comment where id = ?").param(early).query(Long.class)
                .single()).isEqualTo(v1.get(1).id());

        // a comment now goes on the new version; a passage of the old one is refused
        assertThat(status(comment(id, v1.get(0).id(), "旧版本段落"))).isEqualTo(400);
        assertThat(status(comment(id, now.get(1).id(), "网站公示很好" + run))).isEqualTo(302);
        assertThat(jdbc.sql("select v.number from consultation_comment c join consultation_version v on v.id = c.version_id"
                + " where c.body = ?").param("网站公示很好" + run).query(Integer.class).single()).isEqualTo(2);

        Document page = Jsoup.parse(html(get("/consultations/" + id).param("v", run)));
        assertThat(page.select("#draft-h").text()).isEqualTo("征求意见稿（第 2 稿）");
        assertThat(page.select("section[aria-labelledby=earlier-h]").text()).contains("第 1 稿第 2 段", "收费标准应细化" + run);
        assertThat(page.select("#passage-" + now.get(1).id()).text()).doesNotContain("收费标准应细化");
        assertThat(page.select("section[aria-labelledby=general-h]").text()).doesNotContain("整体意见一" + run);
        assertThat(page.select("section[aria-labelledby=earlier-h]").text()).contains("对第 1 稿整体的意见", "整体意见一" + run);
        assertThat(page.select("section[aria-labelledby=versions-h] li")).hasSize(2);
        assertThat(page.text()).doesNotContain("secret" + run);
        assertThat(page.select("script:containsData(alert), img[onerror]")).isEmpty();

        Document diff = Jsoup.parse(html(get("/consultations/" + id + "/diff")));
        assertThat(diff.select("h1").text()).contains("第 1 稿与第 2 稿的比较");
        assertThat(diff.select(".diff-row h3").eachText()).containsExactly(
                "第 1 稿第 2 段 → 第 2 稿第 2 段：修改", "第 2 稿新增第 4 段");
        assertThat(diff.select(".diff-row").first().select("ins").text()).startsWith("［新增：在校园网站");
        assertThat(diff.select(".diff-row").first().select("ins").text()).contains("<script>");
        assertThat(diff.select("ins .sr-only").first().text()).isEqualTo("［新增：");
        assertThat(diff.select("script:containsData(alert), img[onerror]")).isEmpty();
        assertThat(diff.select("label[for=diff-from]")).hasSize(1);
        assertThat(status(get("/consultations/" + id + "/versions/1"))).isEqualTo(200);
        assertThat(Jsoup.parse(html(get("/consultations/" + id + "/versions/1"))).select("ol.passages li")).hasSize(3);
        assertThat(status(get("/consultations/" + id + "/versions/3"))).isEqualTo(404);
        assertThat(status(get("/consultations/" + id + "/diff").param("from", "9"))).isEqualTo(404);

        // the export names the version of each comment's passage
        String csv = html(get("/admin/consultations/" + id + "/comments.csv").with(fixtures.as(t.editor())));
        assertThat(csv).contains("第 1 稿第 2 段", "第 2 稿第 2 段");

        // nothing of an unpublished consultation, and no new version for it
        long draft = drafts.create(t.editor(), new ConsultationInput("未发布" + run, "科", "说明", V1,
                ConsultationTest.at(-1), ConsultationTest.at(40), null, List.of("ONLINE"), "电话", null, null));
        assertThat(status(get("/consultations/" + draft + "/diff"))).isEqualTo(404);
        assertThat(status(get("/consultations/" + draft + "/versions/1"))).isEqualTo(404);
        assertThatThrownBy(() -> revise.newVersion(t.publisher(), draft, "说明", "新文本"))
                .isInstanceOf(ConflictException.class).hasMessage("consult.version.error.notNow");
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'consultation.version' and target_id = ?")
                .param(String.valueOf(id)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theFinalTextIsPublicOnlyWithTheReportAndEveryChangeInItsDiffCitesTheCommentsBehindIt() throws Exception {
        Team t = team("征求意见定稿县教育局");
        long open = published(t, -1, 40);
        assertThatThrownBy(() -> revise.recordFinal(t.publisher(), open, "定稿", "第一条", null))
                .isInstanceOf(ConflictException.class).hasMessage("consult.final.error.notNow");

        long id = published(t, -41, -1);
        List<Passage> draft = store.passages(id);
        long a = store.insertComment(id, draft.get(0).id(), "甲", "a" + run + "@example.cn", "应列举适用范围" + run);
        long b = store.insertComment(id, null, null, null, "建议增加过渡期" + run);
        moderation.decide(t.editor(), id, a, "ADOPTED", "已列举");
        moderation.decide(t.editor(), id, b, "PARTLY", "过渡期三个月");

        String finalText = "第一条 为了规范课后服务，制定本办法。本办法适用于全县义务教育学校。\n\n第二条 学校应当公示收费标准。"
                + "\n\n第三条 本办法自发布之日起施行。\n\n第四条 本办法施行前已开展的课后服务，给予三个月过渡期。" + run;
        assertThatThrownBy(() -> revise.recordFinal(t.editor(), id, "定稿", finalText, null))
                .isInstanceOf(org.gongkai.platform.web.ForbiddenException.class);
        var refused = mvc.perform(post("/admin/consultations/" + id + "/final").with(fixtures.as(t.publisher())).with(csrf())
                .param("note", "").param("draftText", finalText).param("decisionDocument", "abc")).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(Jsoup.parse(refused.getContentAsString()).select(".error-text").eachText())
                .containsExactly("请填写此项。", "请填写本单位已公开文件的编号。");
        assertThatThrownBy(() -> revise.recordFinal(t.publisher(), id, "定稿", finalText, "999999999"))
                .hasFieldOrPropertyWithValue("fieldErrors", Map.of("decisionDocument", "consult.final.error.document"));
        assertThat(status(post("/admin/consultations/" + id + "/final").with(fixtures.as(t.publisher())).with(csrf())
                .param("note", "经县政府常务会议审议通过").param("draftText", finalText))).isEqualTo(302);
        assertThatThrownBy(() -> revise.recordFinal(t.publisher(), id, "再次", finalText, null))
                .isInstanceOf(ConflictException.class).hasMessage("consult.final.error.recorded");
        assertThatThrownBy(() -> revise.newVersion(t.publisher(), id, "再改", "第一条"))
                .isInstanceOf(ConflictException.class).hasMessage("consult.version.error.notNow");

        // before the report the final text is not public
        assertThat(status(get("/consultations/" + id + "/versions/2"))).isEqualTo(404);
        assertThat(status(get("/consultations/" + id + "/diff").param("to", "2"))).isEqualTo(404);
        assertThat(html(get("/consultations/" + id).param("v", run))).doesNotContain("过渡期。" + run);

        // staff see two changed rows, untraced, and the report waits for them
        Document staff = Jsoup.parse(html(get("/admin/consultations/" + id).with(fixtures.as(t.editor()))));
        assertThat(staff.select("#final .diff-row h3").eachText()).containsExactly(
                "第 1 稿第 1 段 → 定稿第 1 段：修改", "定稿新增第 4 段");
        assertThat(staff.select("#final .diff-row details form")).hasSize(2);
        assertThatThrownBy(() -> moderation.publishReport(t.publisher(), id, "共收到意见 2 条"))
                .isInstanceOf(ConflictException.class).hasMessage("consult.error.untraced");

        Version fin = versions.finalText(id).orElseThrow();
        List<Passage> finals = versions.passages(fin.id());
        // a draft passage is not a passage of the final text
        assertThatThrownBy(() -> moderation.recordChange(t.editor(), id, "", String.valueOf(draft.get(0).id()), "x",
                List.of(String.valueOf(a))))
                .hasFieldOrPropertyWithValue("fieldErrors", Map.of("finalPassage", "consult.error.passage"));
        assertThat(status(post("/admin/consultations/" + id + "/changes").with(fixtures.as(t.editor())).with(csrf())
                .param("passage", String.valueOf(draft.get(0).id())).param("finalPassage", String.valueOf(finals.get(0).id()))
                .param("description", "第一条增加适用范围").param("comments", String.valueOf(a)))).isEqualTo(302);
        assertThatThrownBy(() -> moderation.publishReport(t.publisher(), id, "共收到意见 2 条"))
                .hasMessage("consult.error.untraced");
        moderation.recordChange(t.editor(), id, "", String.valueOf(finals.get(3).id()), "增加第四条过渡期",
                List.of(String.valueOf(b)));
        moderation.publishReport(t.publisher(), id, "共收到意见 2 条，采纳 1 条，部分采纳 1 条。");

        Document page = Jsoup.parse(html(get("/consultations/" + id).param("r", run)));
        assertThat(page.select("#final-h").text()).isEqualTo("从征求意见稿到定稿的修改");
        assertThat(page.select("section[aria-labelledby=report-h] .diff-row")).hasSize(2);
        assertThat(page.select("section[aria-labelledby=report-h] .diff-row").get(0).select(".diff-basis li").text())
                .isEqualTo("第一条增加适用范围 （依据意见：" + a + "）");
        assertThat(page.select("section[aria-labelledby=report-h] .diff-row").get(1).select(".diff-basis li").text())
                .isEqualTo("增加第四条过渡期 （依据意见：" + b + "）");
        assertThat(page.select("section[aria-labelledby=report-h] .diff-row ins").first().text())
                .isEqualTo("［新增：本办法适用于全县义务教育学校。］");
        assertThat(page.select("section[aria-labelledby=report-h] details, section[aria-labelledby=report-h] form")).isEmpty();
        assertThat(page.text()).doesNotContain("a" + run + "@example.cn");
        assertThat(status(get("/consultations/" + id + "/versions/2"))).isEqualTo(200);
        assertThat(status(get("/consultations/" + id + "/diff").param("from", "1").param("to", "2"))).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'consultation.final' and target_id = ?")
                .param(String.valueOf(id)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theDatabaseKeepsVersionsNumberedExplainedAndCommentsOnTheirVersion() {
        Team t = team("征求意见约束县教育局");
        long id = published(t, -1, 40);
        long first = versions.current(id).id();
        long passage = store.passages(id).get(0).id();
        assertThatThrownBy(() -> jdbc.sql("insert into consultation_version (consultation_id, number, created_by)"
                + " values (?, 2, ?)").params(id, t.publisher().id()).update())
                .isInstanceOf(DataIntegrityViolationException.class);
        revise.newVersion(t.publisher(), id, "第二稿", "第一条 新");
        long second = versions.current(id).id();
        assertThat(second).isNotEqualTo(first);
        assertThatThrownBy(() -> jdbc.sql("insert into consultation_comment (consultation_id, passage_id, version_id, body)"
                + " values (?, ?, ?, 'x')").params(id, passage, second).update())
                .isInstanceOf(DataIntegrityViolationException.class);
        jdbc.sql("insert into consultation_version (consultation_id, number, kind, note, created_by) values (?, 3, 'FINAL', 'a', ?)")
                .params(id, t.publisher().id()).update();
        assertThatThrownBy(() -> jdbc.sql("insert into consultation_version (consultation_id, number, kind, note, created_by)"
                + " values (?, 4, 'FINAL', 'b', ?)").params(id, t.publisher().id()).update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void theDiffMatchesPassagesAndMarksChangedCharacters() {
        List<Passage> from = List.of(new Passage(1, 1, "甲乙丙"), new Passage(2, 2, "丁"), new Passage(3, 3, "戊"));
        List<Passage> to = List.of(new Passage(4, 1, "甲乙丁丙"), new Passage(5, 2, "丁"));
        List<PassageDiff.Row> rows = PassageDiff.compare(from, to);
        assertThat(rows).extracting(PassageDiff.Row::kind).containsExactly("CHANGED", "SAME", "REMOVED");
        assertThat(rows.get(0).pieces()).extracting(PassageDiff.Piece::mark, PassageDiff.Piece::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple(PassageDiff.Mark.SAME, "甲乙"),
                org.assertj.core.groups.Tuple.tuple(PassageDiff.Mark.INS, "丁"),
                org.assertj.core.groups.Tuple.tuple(PassageDiff.Mark.SAME, "丙"));
        assertThat(PassageDiff.compare(List.of(), to)).extracting(PassageDiff.Row::kind).containsExactly("ADDED", "ADDED");
    }
}
