package org.gongkai.services;

import org.gongkai.identity.OrganisationAccess;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.WorkListItem;
import org.gongkai.platform.web.ConflictException;
import org.gongkai.support.Fixtures;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The documents' review path for list items, guides, plans and warnings (ADR 0049), over the web: editor submits,
 * reviewer (not the author) returns with a reason or approves, publisher publishes only what is approved; each step
 * audited and kept; stale decisions and edits of a submitted draft refused (409); roles (403), other organisations'
 * drafts (404), CSRF; the work-list lines; nothing public before publication. And the urgent path: a warning issued
 * before review only with a reason, reviewed after; refused when the site switches it off.
 */
@IntegrationTest
class ServicesReviewTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired ManagePowers powers;
    @Autowired ManageEmergencies emergencies;
    @Autowired ServicesReview review;
    @Autowired ReviewStore store;
    @Autowired OrganisationAccess access;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcClient jdbc;
    @Autowired OrganisationDirectory organisations;
    @Autowired List<WorkListItem> workList;

    record World(long org, String slug, StaffUser editor, StaffUser reviewer, StaffUser publisher) {
    }

    World world(String name) {
        long org = fixtures.organisation(name);
        return new World(org, organisations.get(org).slug(), fixtures.staff(org, Role.EDITOR),
                fixtures.staff(org, Role.REVIEWER), fixtures.staff(org, Role.PUBLISHER));
    }

    long waiting(String key, long org) {
        return workList.stream().filter(w -> w.labelKey().equals(key)).findFirst().orElseThrow().count().in(org);
    }

    @Test
    void aListItemGoesThroughTheDocumentsReview() throws Exception {
        World w = world("审核公开局");
        World other = world("审核他局");
        long id = powers.create(w.editor(), new PowerForm("POWER", "SH-1", "<b>学校审批</b>事项", "行政许可", "依据",
                "审批科", null, null, false, null));
        long draft = jdbc.sql("select id from svc_power_edition where power_id = ?").param(id).query(Long.class).single();
        String base = "/admin/services/review/power/" + draft;
        mvc.perform(get("/admin/services/powers/" + id).with(fixtures.as(w.editor()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("草稿（未提交审核）")))
                .andExpect(content().string(containsString("提交审核")));
        mvc.perform(get("/admin/services/review").with(fixtures.as(w.reviewer()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("没有处于该状态的事项")));
        mvc.perform(get("/admin/services/review?status=NOPE").with(fixtures.as(w.reviewer()))).andExpect(status().isBadRequest());

        // submit: CSRF, role, other organisation, then the editor
        mvc.perform(post(base + "/submit").param("version", "0").with(fixtures.as(w.editor()))).andExpect(status().isForbidden());
        mvc.perform(post(base + "/submit").param("version", "0").with(csrf()).with(fixtures.as(w.reviewer())))
                .andExpect(status().isForbidden());
        mvc.perform(post(base + "/submit").param("version", "0").with(csrf()).with(fixtures.as(other.editor())))
                .andExpect(status().isNotFound());
        mvc.perform(post("/admin/services/review/nothing/" + draft + "/submit").with(csrf()).with(fixtures.as(w.editor())))
                .andExpect(status().isNotFound());
        mvc.perform(post(base + "/submit").param("version", "0").with(csrf()).with(fixtures.as(w.editor())))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(base + "/submit").param("version", "1").with(csrf()).with(fixtures.as(w.editor())))
                .andExpect(status().isConflict());
        assertThat(waiting("svc.review.worklist.submitted", w.org())).isEqualTo(1);
        assertThat(waiting("svc.review.worklist.submitted", other.org())).isZero();
        mvc.perform(get("/admin/services/review").with(fixtures.as(w.reviewer()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("&lt;b&gt;学校审批&lt;/b&gt;事项")))
                .andExpect(content().string(not(containsString("<b>学校审批"))));
        // a submitted draft is not edited
        mvc.perform(post("/admin/services/powers/" + id).param("name", "改").param("category", "行政许可")
                        .param("legalBasis", "依据").param("department", "审批科").param("version", "0")
                        .with(csrf()).with(fixtures.as(w.editor())))
                .andExpect(status().isConflict()).andExpect(content().string(containsString("已提交审核或审核通过的内容不能修改")));

        // decisions: the editor and other organisations cannot; a reason is required to return; stale is refused
        mvc.perform(post(base + "/approve").param("version", "1").with(csrf()).with(fixtures.as(w.editor())))
                .andExpect(status().isForbidden());
        mvc.perform(post(base + "/approve").param("version", "1").with(csrf()).with(fixtures.as(other.reviewer())))
                .andExpect(status().isNotFound());
        mvc.perform(post(base + "/reject").param("version", "1").param("opinion", " ").with(csrf())
                        .with(fixtures.as(w.reviewer())))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("请填写审核意见")))
                .andExpect(content().string(containsString("href=\"#opinion\"")));
        mvc.perform(post(base + "/reject").param("version", "0").param("opinion", "依据不全").with(csrf())
                .with(fixtures.as(w.reviewer()))).andExpect(status().isConflict());
        mvc.perform(post(base + "/reject").param("version", "1").param("opinion", "依据不全<script>x</script>").with(csrf())
                .with(fixtures.as(w.reviewer()))).andExpect(status().is3xxRedirection());
        mvc.perform(get("/admin/services/powers/" + id).with(fixtures.as(w.editor()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("已退回修改")))
                .andExpect(content().string(containsString("依据不全&lt;script&gt;")))
                .andExpect(content().string(not(containsString("<script>x"))));
        mvc.perform(post("/admin/services/powers/" + id + "/publish").with(csrf()).with(fixtures.as(w.publisher())))
                .andExpect(status().isConflict()).andExpect(content().string(containsString("尚未审核通过")));

        // the editor mends it and submits again; an approval of the version before the edit is refused
        powers.saveDraft(w.editor(), id, new PowerForm(null, null, "学校审批事项", "行政许可", "《教育法》第二十八条",
                "审批科", null, null, false, "0"));
        Review now = review.of(ReviewSubject.POWER, draft, id);
        mvc.perform(post(base + "/submit").param("version", String.valueOf(now.version())).with(csrf())
                .with(fixtures.as(w.editor()))).andExpect(status().is3xxRedirection());
        mvc.perform(post(base + "/approve").param("version", String.valueOf(now.version())).with(csrf())
                .with(fixtures.as(w.reviewer()))).andExpect(status().isConflict());
        mvc.perform(get("/powers/" + id)).andExpect(status().isNotFound());
        mvc.perform(post(base + "/approve").param("version", String.valueOf(now.version() + 1)).with(csrf())
                .with(fixtures.as(w.reviewer()))).andExpect(status().is3xxRedirection());
        assertThat(waiting("svc.review.worklist.submitted", w.org())).isZero();
        assertThat(waiting("svc.review.worklist.approved", w.org())).isEqualTo(1);
        mvc.perform(get("/powers/" + id)).andExpect(status().isNotFound());
        mvc.perform(get("/o/" + w.slug() + "/powers")).andExpect(content().string(not(containsString("学校审批事项"))));
        mvc.perform(post("/admin/services/powers/" + id + "/publish").with(csrf()).with(fixtures.as(w.reviewer())))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/services/powers/" + id + "/publish").with(csrf()).with(fixtures.as(w.publisher())))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/powers/" + id)).andExpect(status().isOk()).andExpect(content().string(containsString("学校审批事项")));
        assertThat(waiting("svc.review.worklist.approved", w.org())).isZero();
        assertThat(review.of(ReviewSubject.POWER, draft, id).status()).isEqualTo(ReviewStatus.PUBLISHED);

        // every step kept and audited
        long reviewId = review.of(ReviewSubject.POWER, draft, id).id();
        assertThat(store.steps(reviewId).stream().map(Review.Step::action).toList())
                .containsExactly("submit", "reject", "submit", "approve", "publish");
        assertThat(jdbc.sql("select action from audit_entry where target_type = 'svc_review' and target_id = ? order by id")
                .param(String.valueOf(reviewId)).query(String.class).list())
                .containsExactly("services.review.submit", "services.review.reject", "services.review.submit",
                        "services.review.approve", "services.review.publish");
        assertThatThrownBy(() -> jdbc.sql("delete from svc_review_event where review_id = ?").param(reviewId).update())
                .hasMessageContaining("written once");

        // a new draft after publication needs its own review
        powers.saveDraft(w.editor(), id, new PowerForm(null, null, "学校审批事项（调整）", "行政许可", "依据", "审批科",
                null, "职责调整", false, null));
        assertThatThrownBy(() -> powers.publish(w.publisher(), id)).isInstanceOf(ConflictException.class);
    }

    @Test
    void theAuthorCannotReviewTheirOwnDraft() {
        World w = world("审核自审局");
        StaffUser both = fixtures.staff(w.org(), Role.EDITOR, Role.REVIEWER);
        long plan = emergencies.createPlan(both, "应急预案", "全县", "2026-03-01", "正文");
        review.submitItem(both, ReviewSubject.PLAN, plan);
        assertThatThrownBy(() -> review.approveItem(both, ReviewSubject.PLAN, plan, null))
                .hasMessageContaining("svc.review.error.author");
        StaffUser submitter = fixtures.staff(w.org(), Role.EDITOR, Role.REVIEWER);
        long other = emergencies.createPlan(w.editor(), "另一预案", "全县", "2026-03-01", "正文");
        review.submitItem(submitter, ReviewSubject.PLAN, other);
        assertThatThrownBy(() -> review.approveItem(submitter, ReviewSubject.PLAN, other, null))
                .hasMessageContaining("svc.review.error.author");
        review.approveItem(w.reviewer(), ReviewSubject.PLAN, plan, "同意");
        emergencies.publishPlan(w.publisher(), plan);
    }

    @Test
    void aWarningMayBeIssuedBeforeReviewOnlyWithItsReasonAndIsReviewedAfter() throws Exception {
        World w = world("审核预警局");
        long id = emergencies.createWarning(w.editor(), EmergencyInformationTest.form("暴雨红色预警：停课", WarningSeverity.RED));
        mvc.perform(get("/admin/services/emergency/warnings/" + id).with(fixtures.as(w.publisher()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("先发布后审核的理由")));
        mvc.perform(post("/admin/services/emergency/warnings/" + id + "/issue-now").param("reason", "").with(csrf())
                        .with(fixtures.as(w.publisher())))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("href=\"#reason\"")));
        mvc.perform(post("/admin/services/emergency/warnings/" + id + "/issue-now").param("reason", "来不及").with(csrf())
                .with(fixtures.as(w.editor()))).andExpect(status().isForbidden());
        mvc.perform(get("/warnings/" + id)).andExpect(status().isNotFound());
        mvc.perform(post("/admin/services/emergency/warnings/" + id + "/issue-now")
                .param("reason", "放学前必须通知到家长").with(csrf()).with(fixtures.as(w.publisher())))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/warnings/" + id)).andExpect(status().isOk());
        assertThat(review.of(ReviewSubject.WARNING, id, id).status()).isEqualTo(ReviewStatus.EXPEDITED);
        assertThat(waiting("svc.review.worklist.expedited", w.org())).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'services.review.expedite' and organisation_id = ?")
                .param(w.org()).query(Long.class).single()).isEqualTo(1);
        mvc.perform(get("/admin/services/emergency/warnings/" + id).with(fixtures.as(w.reviewer()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("放学前必须通知到家长")))
                .andExpect(content().string(containsString("记录事后审核意见")));
        int version = review.of(ReviewSubject.WARNING, id, id).version();
        mvc.perform(post("/admin/services/review/warning/" + id + "/after").param("version", String.valueOf(version))
                        .param("opinion", "").with(csrf()).with(fixtures.as(w.reviewer())))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("请填写审核意见")));
        mvc.perform(post("/admin/services/review/warning/" + id + "/after").param("version", String.valueOf(version))
                .param("opinion", "同意").with(csrf()).with(fixtures.as(w.editor()))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/services/review/warning/" + id + "/after").param("version", String.valueOf(version))
                .param("opinion", "同意，措辞妥当").with(csrf()).with(fixtures.as(w.reviewer())))
                .andExpect(status().is3xxRedirection());
        assertThat(review.of(ReviewSubject.WARNING, id, id).status()).isEqualTo(ReviewStatus.PUBLISHED);
        assertThat(waiting("svc.review.worklist.expedited", w.org())).isZero();

        // a site that switches the path off: a warning is issued only after approval
        ServicesReview off = new ServicesReview(store, access, events, false);
        long second = emergencies.createWarning(w.editor(), EmergencyInformationTest.form("大风预警", WarningSeverity.BLUE));
        tx.executeWithoutResult(s -> assertThatThrownBy(() -> off.issuingBeforeReview(w.publisher(), second, "急"))
                .isInstanceOf(ConflictException.class));
    }

    @Test
    void aWarningsHandlingUpdatesGoOutAtOnceAndAreReviewedAfter() throws Exception {
        World w = world("处置进展审核局");
        World other = world("处置进展他局");
        long id = emergencies.createWarning(w.editor(), EmergencyInformationTest.form("暴雨橙色预警：延迟上学", WarningSeverity.ORANGE));
        tx.executeWithoutResult(s -> emergencies.issueBeforeReview(w.publisher(), id, "早高峰前必须发出"));
        mvc.perform(post("/admin/services/emergency/warnings/" + id + "/updates").param("kind", "UPDATE")
                        .param("body", "降为黄色，部分学校恢复上学").param("updateSeverity", "YELLOW").with(csrf())
                        .with(fixtures.as(w.publisher())))
                .andExpect(status().is3xxRedirection());
        long update = jdbc.sql("select id from svc_warning_update where warning_id = ?").param(id).query(Long.class).single();
        // public at once, and waiting for the review after issue beside the warning's own
        mvc.perform(get("/warnings/" + id)).andExpect(content().string(containsString("部分学校恢复上学")));
        Review r = store.find(ReviewSubject.UPDATE, update).orElseThrow();
        assertThat(r.status()).isEqualTo(ReviewStatus.EXPEDITED);
        assertThat(r.itemId()).isEqualTo(id);
        assertThat(waiting("svc.review.worklist.expedited", w.org())).isEqualTo(2);
        mvc.perform(get("/admin/services/review").param("status", "EXPEDITED").with(fixtures.as(w.reviewer())))
                .andExpect(content().string(containsString("预警处置进展")));
        mvc.perform(get("/admin/services/emergency/warnings/" + id).with(fixtures.as(w.reviewer())))
                .andExpect(content().string(containsString("/admin/services/review/update/" + update + "/after")))
                .andExpect(content().string(containsString("待事后审核")));
        mvc.perform(get("/admin/services/emergency/warnings/" + id).with(fixtures.as(w.publisher())))
                .andExpect(content().string(not(containsString("/admin/services/review/update/" + update + "/after"))));

        String after = "/admin/services/review/update/" + update + "/after";
        String version = String.valueOf(r.version());
        mvc.perform(post(after).param("version", version).param("opinion", "同意").with(fixtures.as(w.reviewer())))
                .andExpect(status().isForbidden()); // no CSRF token
        mvc.perform(post(after).param("version", version).param("opinion", "同意").with(csrf())
                .with(fixtures.as(w.editor()))).andExpect(status().isForbidden());
        mvc.perform(post(after).param("version", version).param("opinion", "同意").with(csrf())
                .with(fixtures.as(other.reviewer()))).andExpect(status().isNotFound());
        mvc.perform(post(after).param("version", version).param("opinion", " ").with(csrf())
                .with(fixtures.as(w.reviewer()))).andExpect(status().isBadRequest());
        mvc.perform(post(after).param("version", String.valueOf(r.version() + 5)).param("opinion", "同意").with(csrf())
                .with(fixtures.as(w.reviewer()))).andExpect(status().isConflict());
        mvc.perform(post(after).param("version", version).param("opinion", "同意，降级依据充分").with(csrf())
                .with(fixtures.as(w.reviewer()))).andExpect(status().is3xxRedirection());
        assertThat(store.find(ReviewSubject.UPDATE, update).orElseThrow().status()).isEqualTo(ReviewStatus.PUBLISHED);
        assertThat(waiting("svc.review.worklist.expedited", w.org())).isEqualTo(1); // the warning itself
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'services.review.review-after' and organisation_id = ?")
                .param(w.org()).query(Long.class).single()).isEqualTo(1);
        mvc.perform(get("/admin/services/emergency/warnings/" + id).with(fixtures.as(w.reviewer())))
                .andExpect(content().string(containsString("已事后审核")))
                .andExpect(content().string(containsString("同意，降级依据充分")));

        // the cancel too
        tx.executeWithoutResult(s -> emergencies.addUpdate(w.publisher(), id, "CANCEL", "雨停，预警解除", null, null));
        assertThat(jdbc.sql("select count(*) from svc_review where subject = 'UPDATE' and item_id = ? and status = 'EXPEDITED'")
                .param(id).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anEditOfAPlanOrWarningSavedMeanwhileIsRefused() throws Exception {
        World w = world("审核并发局");
        long plan = emergencies.createPlan(w.editor(), "应急预案", "全县", "2026-03-01", "正文");
        String page = mvc.perform(get("/admin/services/emergency/plans/" + plan).with(fixtures.as(w.editor())))
                .andReturn().getResponse().getContentAsString();
        String seen = page.replaceAll("(?s).*name=\"seen\" value=\"([^\"]+)\".*", "$1");
        mvc.perform(post("/admin/services/emergency/plans/" + plan).param("seen", seen).param("title", "应急预案（修订）")
                .param("scope", "全县").param("issuedOn", "2026-03-01").param("body", "正文")
                .with(csrf()).with(fixtures.as(w.editor()))).andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/services/emergency/plans/" + plan).param("seen", seen).param("title", "另一人的修改")
                        .param("scope", "全县").param("issuedOn", "2026-03-01").param("body", "正文")
                        .with(csrf()).with(fixtures.as(w.editor())))
                .andExpect(status().isConflict()).andExpect(content().string(containsString("已被他人修改")));

        long warning = emergencies.createWarning(w.editor(), EmergencyInformationTest.form("暴雨预警", WarningSeverity.BLUE));
        String form = mvc.perform(get("/admin/services/emergency/warnings/" + warning + "/edit").with(fixtures.as(w.editor())))
                .andReturn().getResponse().getContentAsString();
        String seenWarning = form.replaceAll("(?s).*name=\"seen\" value=\"([^\"]+)\".*", "$1");
        WarningForm f = EmergencyInformationTest.form("暴雨预警（修订）", WarningSeverity.BLUE);
        for (int expected : new int[]{302, 409}) {
            mvc.perform(post("/admin/services/emergency/warnings/" + warning).param("seen", seenWarning)
                            .param("event", f.event()).param("category", f.category()).param("severity", f.severity())
                            .param("urgency", f.urgency()).param("certainty", f.certainty()).param("headline", f.headline())
                            .param("description", f.description()).param("instruction", f.instruction())
                            .param("area", f.area()).param("onset", f.onset()).param("expires", f.expires())
                            .with(csrf()).with(fixtures.as(w.editor())))
                    .andExpect(status().is(expected));
        }
    }
}
