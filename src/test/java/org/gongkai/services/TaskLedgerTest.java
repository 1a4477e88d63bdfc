package org.gongkai.services;

import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.support.Fixtures;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The task ledger end to end: roll-up through the organisation tree and overdue flags; the progress CSV exported,
 * edited and imported back (GBK and UTF-8 with BOM, refusals named by row and column, nothing half-applied, formulas
 * neutralised); each role's pages, 400s with field messages, 403/404, CSRF; and nothing unpublished (draft tasks,
 * progress waiting for a publisher) reaching a public page, the navigation or the sitemap.
 */
@IntegrationTest
class TaskLedgerTest {

    static final int YEAR = 2026;

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired ManageTaskLedger manage;
    @Autowired TaskLedgerStore store;
    @Autowired JdbcClient jdbc;
    @Autowired OrganisationDirectory organisations;

    record World(long org, String slug, StaffUser editor, StaffUser publisher) {
    }

    World world(String name, Long parent) {
        long org = parent == null ? fixtures.organisation(name) : fixtures.organisation(name, parent);
        return new World(org, organisations.get(org).slug(), fixtures.staff(org, Role.EDITOR),
                fixtures.staff(org, Role.PUBLISHER));
    }

    static TaskForm form(String code, String title, LocalDate deadline, TaskStatus status, LocalDate doneOn) {
        return new TaskForm(String.valueOf(YEAR), code, title, "2026 年教育工作要点", "基础教育科", "财务科、督导室",
                deadline.toString(), status.name(), doneOn == null ? null : doneOn.toString(), null);
    }

    long task(World w, String code, String title, LocalDate deadline, TaskStatus status, LocalDate doneOn) {
        return manage.create(w.editor(), form(code, title, deadline, status, doneOn));
    }

    @Test
    void tasksRollUpThroughTheOrganisationTreeAndOverdueOnesAreFlagged() throws Exception {
        LocalDate today = manage.today();
        World province = world("任务省厅", null);
        World county = world("任务甲县", province.org());
        World other = world("任务乙县", province.org());
        long p1 = task(province, "1", "省级任务按期推进", today.plusDays(30), TaskStatus.IN_PROGRESS, null);
        long c1 = task(county, "1", "甲县逾期任务", today.minusDays(3), TaskStatus.IN_PROGRESS, null);
        long c2 = task(county, "2", "甲县逾期完成任务", today.minusDays(10), TaskStatus.DONE, today.minusDays(2));
        long o1 = task(other, "1", "乙县未公开任务", today.minusDays(5), TaskStatus.NOT_STARTED, null);
        manage.publish(province.publisher(), p1);
        manage.publish(county.publisher(), c1);
        manage.publish(county.publisher(), c2);

        assertThat(store.find(c1).orElseThrow().overdueOn(today)).isTrue();
        assertThat(store.find(c2).orElseThrow().overdueOn(today)).isFalse();
        assertThat(store.find(c2).orElseThrow().doneLate()).isTrue();
        assertThat(store.find(p1).orElseThrow().overdueOn(today)).isFalse();

        // the province's public page holds its counties' published tasks and their roll-up
        mvc.perform(get("/o/" + province.slug() + "/tasks?year=" + YEAR)).andExpect(status().isOk())
                .andExpect(content().string(containsString("省级任务按期推进")))
                .andExpect(content().string(containsString("甲县逾期任务")))
                .andExpect(content().string(not(containsString("乙县未公开任务"))))
                .andExpect(content().string(containsString("共 3 项任务：已完成 1 项，推进中 2 项，逾期未完成 1 项。")))
                .andExpect(content().string(containsString("任务甲县")));
        mvc.perform(get("/o/" + province.slug() + "/tasks?year=" + YEAR + "&overdue=true")).andExpect(status().isOk())
                .andExpect(content().string(containsString("甲县逾期任务")))
                .andExpect(content().string(not(containsString("省级任务按期推进"))))
                .andExpect(content().string(not(containsString("甲县逾期完成任务"))));
        mvc.perform(get("/o/" + county.slug() + "/tasks")).andExpect(status().isOk())
                .andExpect(content().string(containsString("甲县逾期任务")))
                .andExpect(content().string(not(containsString("省级任务按期推进"))));
        mvc.perform(get("/tasks/" + c1)).andExpect(status().isOk())
                .andExpect(content().string(containsString("已超过完成时限")));
        mvc.perform(get("/tasks/" + c2)).andExpect(status().isOk())
                .andExpect(content().string(containsString("逾期完成")))
                .andExpect(content().string(not(containsString("已超过完成时限"))));

        // staff: the province sees its counties' tasks (drafts too) with the roll-up, and reads a county task
        mvc.perform(get("/admin/services/tasks?sub=true&year=" + YEAR).with(fixtures.as(province.editor())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("甲县逾期任务")))
                .andExpect(content().string(containsString("乙县未公开任务")))
                .andExpect(content().string(containsString("按机构汇总")));
        mvc.perform(get("/admin/services/tasks?year=" + YEAR).with(fixtures.as(province.editor())))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("甲县逾期任务"))));
        mvc.perform(get("/admin/services/tasks?sub=true&overdue=true&year=" + YEAR).with(fixtures.as(province.editor())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("甲县逾期任务")))
                .andExpect(content().string(containsString("乙县未公开任务")))
                .andExpect(content().string(not(containsString("省级任务按期推进"))));
        mvc.perform(get("/admin/services/tasks/" + o1).with(fixtures.as(province.editor()))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("添加节点"))));
        mvc.perform(get("/admin/services/tasks/" + p1).with(fixtures.as(county.editor()))).andExpect(status().isForbidden());
    }

    @Test
    void progressGoesOutAsCsvAndComesBackInGbkOrUtf8AllOrNothing() throws Exception {
        World w = world("任务导入局", null);
        LocalDate today = manage.today();
        long t1 = task(w, "1", "=HYPERLINK(\"http://evil.example\",\"点我\")", today.plusDays(60), TaskStatus.IN_PROGRESS, null);
        long t2 = task(w, "2", "落实“双减”，作业管理", today.plusDays(90), TaskStatus.NOT_STARTED, null);
        long t3 = task(w, "3", "课后服务全覆盖", today.plusDays(120), TaskStatus.NOT_STARTED, null);
        manage.addProgress(w.editor(), t1, today.minusDays(5).toString(), "40", "+已完成调研", "https://example.org/report");

        byte[] exported = mvc.perform(get("/admin/services/tasks/progress.csv?year=" + YEAR).with(fixtures.as(w.editor())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(exported[0]).isEqualTo((byte) 0xEF);
        String csv = new String(exported, 3, exported.length - 3, StandardCharsets.UTF_8);
        List<List<String>> rows = TaskLedgerCsv.parse(csv);
        assertThat(rows.get(0)).isEqualTo(TaskLedgerCsv.HEADER);
        assertThat(rows).hasSize(4);
        // cells a spreadsheet would evaluate come out as text
        assertThat(rows.get(1).get(1)).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"点我\")");
        assertThat(rows.get(1).get(7)).isEqualTo("'+已完成调研");
        assertThat(rows.get(1).get(6)).isEqualTo("40%");
        assertThat(rows.get(2).get(1)).isEqualTo("落实“双减”，作业管理");

        // the file as exported comes back without changing anything
        importFile(w.editor(), exported).andExpect(status().is3xxRedirection());
        assertThat(store.progress(t1, false)).hasSize(1);
        assertThat(store.progress(t1, false).get(0).summary()).isEqualTo("+已完成调研");

        // edited in a spreadsheet and saved as GBK with dates as 2026/3/5
        List<List<String>> edited = new ArrayList<>();
        for (List<String> r : rows) {
            edited.add(new ArrayList<>(r));
        }
        LocalDate d = today.minusDays(1);
        String slashDate = d.getYear() + "/" + d.getMonthValue() + "/" + d.getDayOfMonth();
        edited.get(2).set(4, "推进中");
        edited.get(2).set(5, slashDate);
        edited.get(2).set(6, "30");
        edited.get(2).set(7, "'=完成作业公示制度，\"作业清单\"上墙");
        edited.get(2).set(8, "/documents/");
        edited.get(2).set(8, "");
        edited.get(3).set(4, "已完成");
        edited.get(3).set(5, d.toString());
        edited.get(3).set(6, "100%");
        edited.get(3).set(7, "全部学校开展课后服务");
        byte[] gbk = toCsv(edited).getBytes(Charset.forName("GBK"));
        importFile(w.editor(), gbk).andExpect(status().is3xxRedirection());
        assertThat(store.find(t2).orElseThrow().status()).isEqualTo(TaskStatus.IN_PROGRESS);
        assertThat(store.progress(t2, false)).singleElement().satisfies(p -> {
            assertThat(p.summary()).isEqualTo("=完成作业公示制度，\"作业清单\"上墙");
            assertThat(p.reportedOn()).isEqualTo(d);
            assertThat(p.percent()).isEqualTo(30);
        });
        LedgerTask done = store.find(t3).orElseThrow();
        assertThat(done.status()).isEqualTo(TaskStatus.DONE);
        assertThat(done.doneOn()).isEqualTo(d);
        // the same file again adds nothing
        importFile(w.editor(), gbk).andExpect(status().is3xxRedirection());
        assertThat(store.progress(t2, false)).hasSize(1);
        assertThat(store.progress(t3, false)).hasSize(1);
        // re-exported: the stored formula-like text is neutralised again
        String again = mvc.perform(get("/admin/services/tasks/progress.csv?year=" + YEAR).with(fixtures.as(w.editor())))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(again).contains("\"'=完成作业公示制度，\"\"作业清单\"\"上墙\"");

        // one bad cell refuses the file, each problem named by row and column, nothing applied
        long progressBefore = jdbc.sql("select count(*) from svc_progress p join svc_task t on t.id = p.task_id where t.organisation_id = ?")
                .param(w.org()).query(Long.class).single();
        List<List<String>> bad = new ArrayList<>();
        bad.add(TaskLedgerCsv.HEADER);
        bad.add(List.of("1", "", "", "", "推进中", today.toString(), "60", "形成方案", ""));
        bad.add(List.of("2", "", "", "", "推进中", today.toString(), "120", "超出", ""));
        bad.add(List.of("9", "", "", "", "推进中", "", "", "", ""));
        bad.add(List.of("3", "", "", "", "暂停", today.toString(), "50", "", "javascript:alert(1)"));
        byte[] bom = ("\uFEFF" + toCsv(bad)).getBytes(StandardCharsets.UTF_8);
        importFile(w.editor(), bom).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("整个文件未导入")))
                .andExpect(content().string(containsString("第 3 行「完成进度」：完成进度应为 0 至 100 之间的整数")))
                .andExpect(content().string(containsString("第 4 行「编号」：本机构该年度没有这个编号的任务")))
                .andExpect(content().string(containsString("第 5 行「状态」")))
                .andExpect(content().string(containsString("第 5 行「进展情况」：必填")))
                .andExpect(content().string(containsString("第 5 行「佐证链接」")));
        assertThat(jdbc.sql("select count(*) from svc_progress p join svc_task t on t.id = p.task_id where t.organisation_id = ?")
                .param(w.org()).query(Long.class).single()).isEqualTo(progressBefore);
        assertThat(store.find(t1).orElseThrow().percent()).isEqualTo(40);

        // files that are not the ledger's CSV
        importFile(w.editor(), new byte[]{(byte) 0xFF, (byte) 0xFE, 0x00, (byte) 0xD8, (byte) 0x81})
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("无法识别文件编码")));
        importFile(w.editor(), "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("第 1 行「编号」：第一行应为导出文件的表头")));
        importFile(w.editor(), new byte[0]).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请选择要导入的 CSV 文件")));
        mvc.perform(multipart("/admin/services/tasks/import").file(new MockMultipartFile("file", "p.csv", "text/csv", gbk))
                .param("year", String.valueOf(YEAR)).with(fixtures.as(w.editor()))).andExpect(status().isForbidden());

        // once public, a status change in the file needs a publisher
        manage.publish(w.publisher(), t2);
        List<List<String>> statusOnly = new ArrayList<>();
        statusOnly.add(TaskLedgerCsv.HEADER);
        statusOnly.add(List.of("2", "", "", "", "已完成", "", "", "", ""));
        byte[] s = toCsv(statusOnly).getBytes(StandardCharsets.UTF_8);
        importFile(w.editor(), s).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("已公开任务的状态只能由发布人员修改")));
        importFile(w.publisher(), s).andExpect(status().is3xxRedirection());
        assertThat(store.find(t2).orElseThrow().status()).isEqualTo(TaskStatus.DONE);
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'services.task.import' and organisation_id = ?")
                .param(w.org()).query(Long.class).single()).isEqualTo(4);
    }

    @Test
    void staffPagesFormsAndTheirRefusals() throws Exception {
        World w = world("任务后台局", null);
        World other = world("任务他局", null);
        mvc.perform(get("/admin/services/tasks").with(fixtures.as(w.editor()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("这一年度还没有符合条件的任务")));
        mvc.perform(post("/admin/services/tasks").param("year", "1999").param("code", "第一项").param("title", "")
                        .param("leadUnit", "").param("deadline", "明年").param("status", "DONE")
                        .with(csrf()).with(fixtures.as(w.editor())))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("年度应为 2000 至 2200 之间的整数")))
                .andExpect(content().string(containsString("编号只能是")))
                .andExpect(content().string(containsString("必填")))
                .andExpect(content().string(containsString("日期格式应为")))
                .andExpect(content().string(containsString("状态为已完成时请填写完成日期")))
                .andExpect(content().string(containsString("href=\"#leadUnit\"")))
                .andExpect(content().string(containsString("value=\"第一项\"")));
        mvc.perform(post("/admin/services/tasks").param("year", "2026").param("code", "1").param("title", "无令牌")
                .param("leadUnit", "科").param("deadline", "2026-12-31").param("status", "NOT_STARTED")
                .with(fixtures.as(w.editor()))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/services/tasks").param("year", "2026").param("code", "1").param("title", "发布人员不能新建")
                .param("leadUnit", "科").param("deadline", "2026-12-31").param("status", "NOT_STARTED")
                .with(csrf()).with(fixtures.as(w.publisher()))).andExpect(status().isForbidden());
        String location = mvc.perform(post("/admin/services/tasks").param("year", "2026").param("code", "1.2")
                        .param("title", "<script>alert(1)</script>推进集团化办学").param("leadUnit", "基础教育科")
                        .param("deadline", "2026-12-31").param("status", "NOT_STARTED")
                        .with(csrf()).with(fixtures.as(w.editor())))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.replaceAll(".*/tasks/(\\d+).*", "$1"));
        mvc.perform(post("/admin/services/tasks").param("year", "2026").param("code", "1.2").param("title", "重号")
                        .param("leadUnit", "科").param("deadline", "2026-12-31").param("status", "NOT_STARTED")
                        .with(csrf()).with(fixtures.as(w.editor())))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("已有这个编号的任务")));
        mvc.perform(get("/admin/services/tasks/" + id).with(fixtures.as(w.editor()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;推进集团化办学")))
                .andExpect(content().string(not(containsString("<script>alert(1)"))))
                .andExpect(content().string(containsString("新建任务")));
        mvc.perform(post("/admin/services/tasks/" + id + "/progress").param("reportedOn", "2026-13-01")
                        .param("percent", "101").param("summary", "填了一半的进展").param("evidence", "javascript:alert(1)")
                        .with(csrf()).with(fixtures.as(w.editor())))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("日期格式应为")))
                .andExpect(content().string(containsString("完成进度应为 0 至 100 之间的整数")))
                .andExpect(content().string(containsString("佐证应为已公开文件的地址")))
                .andExpect(content().string(containsString("填了一半的进展")));
        mvc.perform(post("/admin/services/tasks/" + id + "/progress").param("reportedOn", "2026-06-01")
                        .param("percent", "10").param("summary", "进展").param("evidence", "/documents/987654321")
                        .with(csrf()).with(fixtures.as(w.editor())))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("这份文件没有公开")));
        mvc.perform(post("/admin/services/tasks/" + id + "/milestones").param("milestoneTitle", "")
                        .param("milestoneDue", "2026-02-30").with(csrf()).with(fixtures.as(w.editor())))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("日期格式应为")));
        mvc.perform(post("/admin/services/tasks/" + id + "/milestones").param("milestoneTitle", "出台实施方案")
                .param("milestoneDue", "2026-03-31").with(csrf()).with(fixtures.as(w.editor())))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/admin/services/tasks?sort=deadline&dir=desc&status=NOT_STARTED&year=2026").with(fixtures.as(w.publisher())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("推进集团化办学")));

        // another organisation: 403; nothing there: 404; nonsense filters: 400
        mvc.perform(get("/admin/services/tasks/" + id).with(fixtures.as(other.editor()))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/services/tasks/" + id + "/progress").param("reportedOn", "2026-06-01").param("percent", "5")
                .param("summary", "越权").with(csrf()).with(fixtures.as(other.editor()))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/services/tasks/" + id + "/publish").with(csrf()).with(fixtures.as(other.publisher())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/services/tasks/progress.csv?org=" + w.org()).with(fixtures.as(other.editor())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/services/tasks?org=" + w.org()).with(fixtures.as(other.editor()))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/services/tasks/99999999").with(fixtures.as(w.editor()))).andExpect(status().isNotFound());
        mvc.perform(get("/admin/services/tasks?status=NOPE").with(fixtures.as(w.editor()))).andExpect(status().isBadRequest());
        mvc.perform(get("/admin/services/tasks?year=abc").with(fixtures.as(w.editor()))).andExpect(status().isBadRequest());

        // published: an editor reports progress, but only a publisher changes the task, and the change is public history
        manage.publish(w.publisher(), id);
        mvc.perform(post("/admin/services/tasks/" + id).param("year", "2026").param("code", "1.2").param("title", "编辑改标题")
                .param("leadUnit", "科").param("deadline", "2026-12-31").param("status", "IN_PROGRESS").param("version", "0")
                .with(csrf()).with(fixtures.as(w.editor()))).andExpect(status().isForbidden());
        int version = store.find(id).orElseThrow().version();
        mvc.perform(post("/admin/services/tasks/" + id).param("year", "2026").param("code", "1.2").param("title", "推进集团化办学")
                .param("leadUnit", "基础教育科").param("deadline", "2027-03-31").param("status", "IN_PROGRESS")
                .param("version", String.valueOf(version)).with(csrf()).with(fixtures.as(w.publisher())))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/services/tasks/" + id).param("year", "2026").param("code", "1.2").param("title", "过期版本")
                .param("leadUnit", "科").param("deadline", "2026-12-31").param("status", "IN_PROGRESS")
                .param("version", String.valueOf(version)).with(csrf()).with(fixtures.as(w.publisher())))
                .andExpect(status().isConflict());
        mvc.perform(get("/tasks/" + id)).andExpect(status().isOk())
                .andExpect(content().string(containsString("2027-03-31")))
                .andExpect(content().string(containsString("2026-12-31")))
                .andExpect(content().string(containsString("修改任务")));
        assertThatThrownBy(() -> manage.publish(w.publisher(), id)).hasMessage("svc.task.error.nothingToPublish");
        assertThat(jdbc.sql("select count(*) from audit_entry where target_type = 'svc_task' and target_id = ?")
                .param(String.valueOf(id)).query(Long.class).single()).isEqualTo(4);
        assertThatThrownBy(() -> jdbc.sql("delete from svc_task_change where task_id = ?").param(id).update())
                .hasMessageContaining("written once");
        assertThatThrownBy(() -> jdbc.sql("update svc_task set published_at = null, published_by = null where id = ?").param(id).update())
                .hasMessageContaining("stays published");
    }

    @Test
    void nothingUnpublishedReachesThePublic() throws Exception {
        World w = world("任务公开局", null);
        LocalDate today = manage.today();
        long draft = task(w, "1", "尚未公开的任务", today.plusDays(10), TaskStatus.NOT_STARTED, null);
        mvc.perform(get("/tasks/" + draft)).andExpect(status().isNotFound());
        mvc.perform(get("/o/" + w.slug() + "/tasks")).andExpect(status().isOk())
                .andExpect(content().string(containsString("暂无公开的重点工作任务")))
                .andExpect(content().string(not(containsString("尚未公开的任务"))));
        mvc.perform(get("/o/" + w.slug())).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/o/" + w.slug() + "/tasks"))));

        long id = task(w, "2", "公开的任务<img src=x onerror=alert(1)>", today.plusDays(20), TaskStatus.IN_PROGRESS, null);
        manage.addMilestone(w.editor(), id, "完成摸底", today.minusDays(1).toString());
        manage.addProgress(w.editor(), id, today.minusDays(2).toString(), "20", "第一次进展<b>加粗</b>", "https://example.org/a");
        manage.publish(w.publisher(), id);
        manage.addProgress(w.editor(), id, today.toString(), "50", "尚待审核的进展", null);
        mvc.perform(get("/o/" + w.slug())).andExpect(status().isOk())
                .andExpect(content().string(containsString("/o/" + w.slug() + "/tasks")));
        mvc.perform(get("/o/" + w.slug() + "/tasks")).andExpect(status().isOk())
                .andExpect(content().string(containsString("公开的任务&lt;img src=x onerror=alert(1)&gt;")))
                .andExpect(content().string(not(containsString("<img src=x"))))
                .andExpect(content().string(not(containsString("尚未公开的任务"))))
                .andExpect(content().string(containsString("进度 20%")));
        mvc.perform(get("/tasks/" + id)).andExpect(status().isOk())
                .andExpect(content().string(containsString("第一次进展&lt;b&gt;加粗&lt;/b&gt;")))
                .andExpect(content().string(containsString("完成摸底")))
                .andExpect(content().string(containsString("逾期")))
                .andExpect(content().string(not(containsString("尚待审核的进展"))))
                .andExpect(content().string(not(containsString("50%"))));
        String sitemap = mvc.perform(get("/sitemap.xml")).andReturn().getResponse().getContentAsString();
        assertThat(sitemap).contains("/tasks/" + id + "<").doesNotContain("/tasks/" + draft + "<");
        mvc.perform(get("/api/v1/public/tasks/items/" + draft)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/public/tasks/items/" + id)).andExpect(status().isOk())
                .andExpect(content().string(containsString("第一次进展")))
                .andExpect(content().string(not(containsString("尚待审核的进展"))));
        mvc.perform(get("/api/v1/public/tasks/" + w.slug())).andExpect(status().isOk())
                .andExpect(content().string(containsString("公开的任务")))
                .andExpect(content().string(not(containsString("尚未公开的任务"))));

        manage.publish(w.publisher(), id);
        mvc.perform(get("/tasks/" + id)).andExpect(status().isOk())
                .andExpect(content().string(containsString("尚待审核的进展")));
        assertThatThrownBy(() -> jdbc.sql("update svc_progress set summary = '改写' where task_id = ?").param(id).update())
                .hasMessageContaining("written once");
    }

    private ResultActions importFile(StaffUser user, byte[] bytes) throws Exception {
        return mvc.perform(multipart("/admin/services/tasks/import")
                .file(new MockMultipartFile("file", "progress.csv", "text/csv", bytes))
                .param("year", String.valueOf(YEAR)).with(csrf()).with(fixtures.as(user)));
    }

    private static String toCsv(List<List<String>> rows) {
        StringBuilder b = new StringBuilder();
        for (List<String> r : rows) {
            List<String> cells = new ArrayList<>();
            for (String c : r) {
                cells.add(c.contains(",") || c.contains("\"") || c.contains("，") ? "\"" + c.replace("\"", "\"\"") + "\"" : c);
            }
            b.append(String.join(",", cells)).append("\r\n");
        }
        return b.toString();
    }
}
