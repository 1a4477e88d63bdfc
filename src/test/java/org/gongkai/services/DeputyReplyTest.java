package org.gongkai.services;

import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.WorkListItem;
import org.gongkai.support.Fixtures;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.time.LocalDate;
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
 * Replies to deputies' suggestions and members' proposals end to end: the form's refusals, the public list and its
 * statistics over the organisation tree, the chain suggestion → reply → promise → ledger task → result with the
 * overdue-promise alert on the work list, and nothing unpublished (draft replies, their promises, a draft task)
 * reaching a public page, the navigation or the sitemap.
 */
@IntegrationTest
class DeputyReplyTest {

    static final int YEAR = 2026;

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired ManageDeputyReplies manage;
    @Autowired ManageTaskLedger ledger;
    @Autowired DeputyReplyStore store;
    @Autowired JdbcClient jdbc;
    @Autowired OrganisationDirectory organisations;
    @Autowired List<WorkListItem> workList;

    record World(long org, String slug, StaffUser editor, StaffUser publisher) {
    }

    World world(String name, Long parent) {
        long org = parent == null ? fixtures.organisation(name) : fixtures.organisation(name, parent);
        return new World(org, organisations.get(org).slug(), fixtures.staff(org, Role.EDITOR),
                fixtures.staff(org, Role.PUBLISHER));
    }

    static DeputyReplyForm form(String kind, String code, String title, LocalDate received, LocalDate due,
                                LocalDate replied, String mode, String text, String reason, String cls, String sat) {
        return new DeputyReplyForm(String.valueOf(YEAR), kind, code, "十六届人大五次会议", title, "王代表", "基础教育科",
                "财务科", received.toString(), due.toString(), replied == null ? null : replied.toString(), mode, text,
                reason, cls, sat, null);
    }

    MockHttpServletRequestBuilder formPost(String url, String... pairs) {
        MockHttpServletRequestBuilder b = post(url).with(csrf());
        for (int i = 0; i < pairs.length; i += 2) {
            b = b.param(pairs[i], pairs[i + 1]);
        }
        return b;
    }

    @Test
    void statisticsAndTheChainFromSuggestionToResult() throws Exception {
        LocalDate today = manage.today();
        World city = world("建议市局", null);
        World county = world("建议甲县", city.org());
        long onTime = manage.create(county.editor(), form("SUGGESTION", "12", "关于增加学位供给的建议",
                today.minusDays(90), today.minusDays(30), today.minusDays(40), "FULL", "已新增学位 600 个。", null, "A", "SATISFIED"));
        long late = manage.create(county.editor(), form("PROPOSAL", "3", "关于课后服务的提案",
                today.minusDays(90), today.minusDays(60), today.minusDays(50), "SUMMARY", "摘要：正在研究。",
                "涉及尚在研究的方案", "B", "BASIC"));
        long open = manage.create(city.editor(), form("SUGGESTION", "7", "关于校车安全的建议",
                today.minusDays(60), today.minusDays(1), null, null, null, null, null, null));
        long draft = manage.create(county.editor(), form("SUGGESTION", "13", "未公开的建议草稿",
                today.minusDays(10), today.plusDays(20), null, null, null, null, null, null));
        manage.publish(county.publisher(), onTime);
        manage.publish(county.publisher(), late);
        manage.publish(city.publisher(), open);

        // the chain: a promise carried by a ledger task, another overdue and not kept
        long task = ledger.create(county.editor(), new TaskForm(String.valueOf(YEAR), "9", "新建学校一所", null,
                "规划科", null, today.plusDays(100).toString(), "IN_PROGRESS", null, null));
        manage.addPromise(county.publisher(), onTime, "年内开工建设新学校", today.plusDays(100).toString(), "9");
        long overdue = manage.addPromise(county.publisher(), onTime, "增设校车线路", today.minusDays(5).toString(), null);
        WorkListItem alert = workList.stream().filter(w -> w.labelKey().equals("svc.reply.worklist.overdue")).findFirst().orElseThrow();
        assertThat(alert.count().in(county.org())).isEqualTo(1);
        assertThat(alert.link()).isEqualTo("/admin/services/replies?overdue=true");
        mvc.perform(get("/admin/services/replies?overdue=true").with(fixtures.as(county.editor()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("关于增加学位供给的建议")))
                .andExpect(content().string(not(containsString("关于课后服务的提案"))));

        mvc.perform(get("/replies/" + onTime)).andExpect(status().isOk())
                .andExpect(content().string(containsString("已新增学位 600 个。")))
                .andExpect(content().string(containsString("年内开工建设新学校")))
                .andExpect(content().string(containsString("承担落实的任务尚未公开")))
                .andExpect(content().string(not(containsString("新建学校一所"))))
                .andExpect(content().string(containsString("承诺逾期未兑现")));
        ledger.publish(county.publisher(), task);
        mvc.perform(get("/replies/" + onTime)).andExpect(status().isOk())
                .andExpect(content().string(containsString("新建学校一所")))
                .andExpect(content().string(containsString("/tasks/" + task)));
        manage.keepPromise(county.publisher(), onTime, overdue, today.toString(), "新增两条校车线路");
        assertThat(alert.count().in(county.org())).isZero();
        mvc.perform(get("/replies/" + onTime)).andExpect(status().isOk())
                .andExpect(content().string(containsString("新增两条校车线路")))
                .andExpect(content().string(not(containsString("承诺逾期未兑现"))));
        mvc.perform(get("/replies/" + late)).andExpect(status().isOk())
                .andExpect(content().string(containsString("答复摘要")))
                .andExpect(content().string(containsString("涉及尚在研究的方案")))
                .andExpect(content().string(containsString("逾期答复")));

        // statistics over the tree: the city sees its county's replies; drafts do not count
        DeputyReplyStore.Stats s = store.stats(new DeputyReplyStore.Filter(organisations.subtreeIds(city.org()), YEAR, null), today, true);
        assertThat(s).isEqualTo(new DeputyReplyStore.Stats(3, 2, 1, 1, 1, 1, 0, 1, 1, 0, 1));
        mvc.perform(get("/o/" + city.slug() + "/replies?year=" + YEAR)).andExpect(status().isOk())
                .andExpect(content().string(containsString("关于校车安全的建议")))
                .andExpect(content().string(containsString("关于课后服务的提案")))
                .andExpect(content().string(containsString("办理情况统计")))
                .andExpect(content().string(containsString("逾期未答复")))
                .andExpect(content().string(not(containsString("未公开的建议草稿"))));
        mvc.perform(get("/o/" + city.slug() + "/replies?year=" + YEAR + "&kind=PROPOSAL")).andExpect(status().isOk())
                .andExpect(content().string(containsString("关于课后服务的提案")))
                .andExpect(content().string(not(containsString("关于校车安全的建议"))));

        // leaks: the draft is nowhere public
        mvc.perform(get("/replies/" + draft)).andExpect(status().isNotFound());
        String sitemap = mvc.perform(get("/sitemap.xml")).andReturn().getResponse().getContentAsString();
        assertThat(sitemap).contains("/replies/" + onTime + "<").doesNotContain("/replies/" + draft + "<");
        mvc.perform(get("/o/" + county.slug())).andExpect(status().isOk())
                .andExpect(content().string(containsString("/o/" + county.slug() + "/replies")));
        World quiet = world("建议乙县", city.org());
        manage.create(quiet.editor(), form("SUGGESTION", "1", "乙县草稿", today, today.plusDays(30), null, null, null, null, null, null));
        mvc.perform(get("/o/" + quiet.slug())).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/o/" + quiet.slug() + "/replies"))));

        // once public, only a publisher changes it; replies are never unpublished nor deleted
        assertThatThrownBy(() -> manage.addPromise(county.editor(), onTime, "编辑不能改", today.toString(), null))
                .isInstanceOf(org.gongkai.platform.web.ForbiddenException.class);
        assertThatThrownBy(() -> jdbc.sql("delete from svc_proposal where id = ?").param(onTime).update())
                .hasMessageContaining("not deleted");
        assertThatThrownBy(() -> jdbc.sql("update svc_proposal set published_at = null, published_by = null where id = ?")
                .param(onTime).update()).hasMessageContaining("stays published");
    }

    @Test
    void staffPagesFormsAndTheirRefusals() throws Exception {
        LocalDate today = manage.today();
        World w = world("建议丙县", null);
        World other = world("建议丁县", null);
        mvc.perform(get("/admin/services/replies").with(fixtures.as(w.editor()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("没有符合条件的建议提案")));
        mvc.perform(get("/admin/services/replies/new").with(fixtures.as(w.editor()))).andExpect(status().isOk());
        mvc.perform(get("/admin/services/replies/new").with(fixtures.as(w.publisher()))).andExpect(status().isForbidden());

        // refusals with field messages, typed values kept
        mvc.perform(formPost("/admin/services/replies", "year", "2026", "kind", "SUGGESTION", "code", "a b",
                        "session", "", "title", "<script>alert(1)</script>标题", "author", "李委员", "leadUnit", "科",
                        "receivedOn", "2026-05-01", "dueOn", "2026-04-01", "replyMode", "SUMMARY", "replyText", "摘要",
                        "classification", "D").with(fixtures.as(w.editor())))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("编号只能")))
                .andExpect(content().string(containsString("答复期限不能早于交办日期")))
                .andExpect(content().string(containsString("答复须同时填写答复日期、公开方式和内容")))
                .andExpect(content().string(containsString("只公开摘要时请说明不全文公开的理由")))
                .andExpect(content().string(containsString("未知的答复类别")))
                .andExpect(content().string(containsString("href=\"#session\"")))
                .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;标题")))
                .andExpect(content().string(not(containsString("<script>alert(1)</script>"))));
        mvc.perform(formPost("/admin/services/replies", "year", "2026", "kind", "SUGGESTION", "code", "5",
                "session", "会议", "title", "标题", "author", "李委员", "leadUnit", "科", "receivedOn", "2026-05-01",
                "dueOn", "2026-08-01", "satisfaction", "SATISFIED").with(fixtures.as(w.editor())))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("尚未答复的建议提案不能填写答复类别或满意度")));
        // no CSRF → 403
        mvc.perform(post("/admin/services/replies").param("code", "5").with(fixtures.as(w.editor())))
                .andExpect(status().isForbidden());
        // created
        String location = mvc.perform(formPost("/admin/services/replies", "year", "2026", "kind", "PROPOSAL", "code", "5",
                        "session", "政协十届四次会议", "title", "<img src=x onerror=alert(1)>关于图书馆的提案", "author", "李委员",
                        "leadUnit", "基础教育科", "receivedOn", today.minusDays(3).toString(),
                        "dueOn", today.plusDays(60).toString()).with(fixtures.as(w.editor())))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.replaceAll(".*/replies/([0-9]+).*", "$1"));
        mvc.perform(formPost("/admin/services/replies", "year", "2026", "kind", "PROPOSAL", "code", "5",
                "session", "会议", "title", "重号", "author", "李委员", "leadUnit", "科", "receivedOn", "2026-05-01",
                "dueOn", "2026-08-01").with(fixtures.as(w.editor())))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("已有这个编号")));
        mvc.perform(get("/admin/services/replies/" + id).with(fixtures.as(w.editor()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("&lt;img src=x onerror=alert(1)&gt;关于图书馆的提案")));
        // promise form refusals
        mvc.perform(formPost("/admin/services/replies/" + id + "/promises", "promiseText", "", "promiseDue", "2026-02-30",
                        "promiseTask", "99").with(fixtures.as(w.editor())))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("href=\"#promiseText\"")));
        mvc.perform(formPost("/admin/services/replies/" + id + "/promises", "promiseText", "建图书角", "promiseDue",
                        today.plusDays(30).toString(), "promiseTask", "99").with(fixtures.as(w.editor())))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("没有这个编号的任务")))
                .andExpect(content().string(containsString("建图书角")));
        mvc.perform(formPost("/admin/services/replies/" + id + "/promises", "promiseText", "建图书角", "promiseDue",
                today.plusDays(30).toString()).with(fixtures.as(w.editor()))).andExpect(status().is3xxRedirection());
        // sorting, filters, 400 on bad filters
        mvc.perform(get("/admin/services/replies?sort=due&dir=desc&kind=PROPOSAL&year=" + YEAR).with(fixtures.as(w.editor())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("aria-sort=\"descending\"")));
        mvc.perform(get("/admin/services/replies?year=abc").with(fixtures.as(w.editor()))).andExpect(status().isBadRequest());
        mvc.perform(get("/admin/services/replies?kind=X").with(fixtures.as(w.editor()))).andExpect(status().isBadRequest());
        // other organisation: 403; unknown: 404
        mvc.perform(get("/admin/services/replies/" + id).with(fixtures.as(other.editor()))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/services/replies?org=" + w.org()).with(fixtures.as(other.editor()))).andExpect(status().isForbidden());
        mvc.perform(formPost("/admin/services/replies/" + id + "/publish").with(fixtures.as(other.publisher())))
                .andExpect(status().isForbidden());
        mvc.perform(formPost("/admin/services/replies/" + id + "/publish").with(fixtures.as(w.editor())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/services/replies/999999999").with(fixtures.as(w.editor()))).andExpect(status().isNotFound());
        // publish; a stale edit is 409
        mvc.perform(formPost("/admin/services/replies/" + id + "/publish").with(fixtures.as(w.publisher())))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/replies/" + id)).andExpect(status().isOk())
                .andExpect(content().string(containsString("&lt;img src=x onerror=alert(1)&gt;")))
                .andExpect(content().string(containsString("建图书角")));
        mvc.perform(get("/admin/services/replies/" + id + "/edit").with(fixtures.as(w.editor()))).andExpect(status().isForbidden());
        mvc.perform(formPost("/admin/services/replies/" + id, "version", "0", "year", "2026", "kind", "PROPOSAL", "code", "5",
                        "session", "会议", "title", "改", "author", "李委员", "leadUnit", "科",
                        "receivedOn", today.minusDays(3).toString(), "dueOn", today.plusDays(60).toString())
                        .with(fixtures.as(w.publisher())))
                .andExpect(status().isConflict());
    }
}
