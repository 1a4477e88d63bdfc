package org.gongkai.interpretation;

import org.gongkai.document.PublishedDocuments;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.DatabaseOwner;
import org.gongkai.platform.web.ConflictException;
import org.gongkai.platform.web.InvalidInputException;
import org.gongkai.support.Fixtures;
import org.gongkai.support.PublishingSites;
import org.gongkai.support.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The "published together" rule for major policies (ADR 0030): held back until an interpretation is public, published
 * together in one step, or let through by an audited exception that the organisations above see; and the dashboard
 * of major policies still without interpretation.
 */
@IntegrationTest
class MajorPolicyTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired InterpretationFixture fx;
    @Autowired LinkInterpretation link;
    @Autowired MajorPolicies majors;
    @Autowired MissingInterpretations missing;
    @Autowired PublishedDocuments published;
    @Autowired JdbcClient jdbc;
    @Autowired DatabaseOwner owner;

    final String run = UUID.randomUUID().toString().substring(0, 8);
    final AtomicInteger fresh = new AtomicInteger();

    String page(String path) throws Exception {
        String sep = path.contains("?") ? "&" : "?";
        return mvc.perform(get(path + sep + "fresh" + fresh.incrementAndGet() + "=" + run)).andReturn()
                .getResponse().getContentAsString();
    }

    String admin(StaffUser user, String path) throws Exception {
        return mvc.perform(get(path).with(fixtures.as(user))).andReturn().getResponse().getContentAsString();
    }

    long approvedDraft(PublishingSites.Site s, String title, String body) {
        long id = fx.draft(s, InterpretationFixture.content(s, title, body).build());
        fx.submit.submit(s.editor(), id);
        fx.review.approve(s.reviewer(), id, null);
        return id;
    }

    @Test
    void aMajorPolicyIsHeldBackUntilItIsPublishedTogetherWithItsInterpretation() throws Exception {
        PublishingSites.Site s = fx.site("重大政策县" + run);
        String title = "义务教育招生入学重大政策" + run;
        long policy = fx.draft(s, InterpretationFixture.content(s, title, "<p>第一条 ……</p>").build());

        // marked through the dashboard's form (CSRF needed), audited
        mvc.perform(post("/admin/interpretations/major").param("document", String.valueOf(policy))
                .with(fixtures.as(s.editor()))).andExpect(r -> assertThat(r.getResponse().getStatus()).isEqualTo(403));
        mvc.perform(post("/admin/interpretations/major").param("document", String.valueOf(policy))
                        .with(fixtures.as(s.editor())).with(csrf()))
                .andExpect(r -> assertThat(r.getResponse().getStatus()).isEqualTo(302));
        assertThat(audits("interpretation.majorMarked", policy)).isEqualTo(1);
        assertThatThrownBy(() -> majors.mark(s.editor(), policy)).isInstanceOf(ConflictException.class);

        fx.submit.submit(s.editor(), policy);
        fx.review.approve(s.reviewer(), policy, null);
        // the ordinary publish button refuses, and says why
        var refused = mvc.perform(post("/admin/documents/" + policy + "/publish").with(fixtures.as(s.publisher()))
                .with(csrf())).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(409);
        assertThat(refused.getContentAsString()).contains("重大政策须与解读同步发布");
        assertThat(published.find(policy)).isEmpty();
        // nothing linked yet: publishing together is refused too
        assertThatThrownBy(() -> majors.publishTogether(s.publisher(), policy))
                .isInstanceOf(ConflictException.class).hasMessage("interp.major.noInterpretation");

        // an interpretation may be linked to the unpublished major policy of its own organisation only
        long other = fx.draft(s, InterpretationFixture.content(s, "普通草稿" + run, "<p>x</p>").build());
        String qa = "<p>问：哪些孩子可以报名？</p><p>答：适龄儿童。</p>";
        long interpretation = fx.draft(s, InterpretationFixture.content(s, "重大政策解读" + run, qa).build());
        assertThatThrownBy(() -> link.link(s.editor(), InterpretationTest.input(interpretation, other, "QA", "基础教育科")))
                .isInstanceOf(InvalidInputException.class);
        PublishingSites.Site elsewhere = fx.site("别的县" + run);
        long theirs = fx.draft(elsewhere, InterpretationFixture.content(elsewhere, "别县解读" + run, qa).build());
        assertThatThrownBy(() -> link.link(elsewhere.editor(), InterpretationTest.input(theirs, policy, "QA", "科室")))
                .isInstanceOf(InvalidInputException.class);
        link.link(s.editor(), InterpretationTest.input(interpretation, policy, "QA", "基础教育科"));
        assertThat(admin(s.editor(), "/admin/interpretations/new")).contains(title);

        // the interpretation is still a draft: nothing is published, in one transaction
        assertThatThrownBy(() -> majors.publishTogether(s.publisher(), policy)).isInstanceOf(ConflictException.class);
        assertThat(published.find(policy)).isEmpty();

        fx.submit.submit(s.editor(), interpretation);
        fx.review.approve(s.reviewer(), interpretation, null);
        mvc.perform(post("/admin/interpretations/major/" + policy + "/publish").with(fixtures.as(s.editor())).with(csrf()))
                .andExpect(r -> assertThat(r.getResponse().getStatus()).isEqualTo(403));
        mvc.perform(post("/admin/interpretations/major/" + policy + "/publish").with(fixtures.as(elsewhere.publisher()))
                .with(csrf())).andExpect(r -> assertThat(r.getResponse().getStatus()).isEqualTo(404));
        mvc.perform(post("/admin/interpretations/major/" + policy + "/publish").with(fixtures.as(s.publisher()))
                .with(csrf())).andExpect(r -> assertThat(r.getResponse().getStatus()).isEqualTo(302));
        assertThat(published.publishedAmong(java.util.List.of(policy, interpretation))).containsOnly(policy, interpretation);
        assertThat(audits("interpretation.publishedTogether", policy)).isEqualTo(1);

        Document policyPage = Jsoup.parse(page("/documents/" + policy));
        assertThat(policyPage.select("section.interpretations a[href=/documents/" + interpretation + "]")).hasSize(1);
        assertThat(Jsoup.parse(page("/documents/" + interpretation)).text()).doesNotContain("此前的版本");
        Document dashboard = Jsoup.parse(admin(s.publisher(), "/admin/interpretations/major?after=0"));
        assertThat(dashboard.select("table.major-policies").text()).contains(title, "已发布，有解读");
        assertThat(dashboard.select("table.missing-interpretations")).isEmpty();
        assertThatThrownBy(() -> majors.unmark(s.editor(), policy)).isInstanceOf(ConflictException.class);
    }

    @Test
    void anExceptionWithAReasonLetsItGoOutAloneAndTheSupervisorSeesItOnTheDashboard() throws Exception {
        long county = fixtures.organisation("督导市教育局" + run);
        StaffUser supervisor = fixtures.staff(county, Role.DISCLOSURE_OFFICER);
        PublishingSites.Site s = fx.site("例外县" + run, county);
        PublishingSites.Site stranger = fx.site("无关县" + run);
        String title = "课后服务收费重大政策" + run;
        long policy = approvedDraft(s, title, "<p>第一条 ……</p>");
        majors.mark(s.editor(), policy);

        String form = "/admin/interpretations/major/" + policy + "/exception";
        assertThat(mvc.perform(get(form).with(fixtures.as(stranger.publisher()))).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
        var blank = mvc.perform(post(form).param("reason", "  ").with(fixtures.as(s.publisher())).with(csrf()))
                .andReturn().getResponse();
        assertThat(blank.getStatus()).isEqualTo(400);
        assertThat(Jsoup.parse(blank.getContentAsString()).select("#reason-error").text()).isEqualTo("请填写理由。");
        assertThat(mvc.perform(post(form).param("reason", "急需").with(fixtures.as(s.editor())).with(csrf()))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post(form).param("reason", "急需").with(fixtures.as(s.publisher())))
                .andReturn().getResponse().getStatus()).isEqualTo(403);

        String reason = "开学在即，须先行发布<script>alert(1)</script>";
        mvc.perform(post(form).param("reason", reason).with(fixtures.as(s.publisher())).with(csrf()))
                .andExpect(r -> assertThat(r.getResponse().getStatus()).isEqualTo(302));
        assertThat(audits("interpretation.majorException", policy)).isEqualTo(1);
        assertThatThrownBy(() -> majors.recordException(s.publisher(), policy, "再记一次"))
                .isInstanceOf(ConflictException.class);

        fx.publish.publishNow(s.publisher(), policy);
        assertThat(published.find(policy)).isPresent();

        // the county above sees the exception and, counting from today, the policy without interpretation
        String html = admin(supervisor, "/admin/interpretations/major?after=0");
        assertThat(html).doesNotContain("<script>alert(1)");
        Document dashboard = Jsoup.parse(html);
        assertThat(dashboard.select("table.major-exceptions").text()).contains(title, reason, "例外县" + run);
        assertThat(dashboard.select("table.missing-interpretations").text()).contains(title);
        assertThat(dashboard.select("table.major-policies form")).isEmpty();
        // with the configured number of working days, a policy published today is not listed yet
        Document today = Jsoup.parse(admin(supervisor, "/admin/interpretations/major"));
        assertThat(today.select("table.missing-interpretations").text()).doesNotContain(title);
        assertThat(missing.overdueIn(s.org().id())).isZero();
        // another organisation's staff see nothing of it
        assertThat(admin(stranger.publisher(), "/admin/interpretations/major?after=0")).doesNotContain(title);

        // once an interpretation is published, it leaves the missing list
        long interpretation = approvedDraft(s, "后补解读" + run, "<p>说明</p>");
        link.link(s.editor(), InterpretationTest.input(interpretation, policy, "TEXT", "财务科"));
        fx.publish.publishNow(s.publisher(), interpretation);
        assertThat(Jsoup.parse(admin(supervisor, "/admin/interpretations/major?after=0"))
                .select("table.missing-interpretations").text()).doesNotContain(title);
    }

    @Test
    void theMarkFormAnswers400AndTheDatabaseKeepsAnExceptionWhole() throws Exception {
        PublishingSites.Site s = fx.site("标记县" + run);
        PublishingSites.Site other = fx.site("他县" + run);
        long theirs = fx.draft(other, InterpretationFixture.content(other, "他县文件" + run, "<p>x</p>").build());
        for (String bad : new String[] {"", "abc", String.valueOf(theirs)}) {
            var r = mvc.perform(post("/admin/interpretations/major").param("document", bad)
                    .with(fixtures.as(s.editor())).with(csrf())).andReturn().getResponse();
            assertThat(r.getStatus()).isEqualTo(400);
            assertThat(Jsoup.parse(r.getContentAsString()).select("#document-error").text())
                    .isEqualTo("请选择本机关的一份文件。");
        }
        StaffUser reviewer = s.reviewer();
        long mine = fx.draft(s, InterpretationFixture.content(s, "审核员不能标记" + run, "<p>x</p>").build());
        assertThat(mvc.perform(post("/admin/interpretations/major").param("document", String.valueOf(mine))
                .with(fixtures.as(reviewer)).with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(Jsoup.parse(admin(s.editor(), "/admin/interpretations/major")).select("table.major-policies"))
                .isEmpty();

        majors.mark(s.editor(), mine);
        majors.unmark(s.editor(), mine);
        assertThat(audits("interpretation.majorUnmarked", mine)).isEqualTo(1);
        majors.mark(s.editor(), mine);
        assertThatThrownBy(() -> owner.jdbc().sql("update major_policy set exception_reason = '理由' where document_id = ?")
                .param(mine).update()).hasMessageContaining("check");
    }

    long audits(String action, long documentId) {
        return jdbc.sql("select count(*) from audit_entry where action = ? and target_id = ?")
                .params(action, String.valueOf(documentId)).query(Long.class).single();
    }
}
