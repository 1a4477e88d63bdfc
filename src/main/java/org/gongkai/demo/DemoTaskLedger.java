package org.gongkai.demo;

import org.gongkai.services.ManageTaskLedger;
import org.gongkai.services.TaskForm;
import org.gongkai.services.TaskStatus;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

/**
 * The demo's task ledger (执行公开): four key tasks of the county's year — one done, one under way with a milestone
 * and a published update (and one waiting for the publisher), one overdue, one draft the public never sees.
 */
@Component
@org.springframework.core.annotation.Order(90)
class DemoTaskLedger implements DemoPart {

    private final ManageTaskLedger tasks;

    DemoTaskLedger(ManageTaskLedger tasks) {
        this.tasks = tasks;
    }

    @Override
    public void build(DemoSite site) {
        build(site.countyTeam(), site.today(), site.docIds().get("qx-zone"));
    }

    void build(DemoContent.Team team, LocalDate today, Long evidenceDocument) {
        int year = today.getYear();
        String source = year + " 年清溪县教育工作要点";

        long done = task(team, year, "1", "完成义务教育学校招生入学划片并向社会公布", source, "基础教育股", "各学区中心校",
                today.minusDays(20), TaskStatus.DONE, today.minusDays(25));
        tasks.addProgress(team.editor(), done, today.minusDays(25).toString(), "100",
                "全县义务教育学校招生范围已经县教育局局务会审定，在门户网站和各校公示栏同步公布。",
                evidenceDocument == null ? null : "/documents/" + evidenceDocument);
        tasks.publish(team.publisher(), done);

        long going = task(team, year, "2", "推进“双减”落地，学校作业公示制度全覆盖", source, "基础教育股", "督导室、各中小学",
                today.plusDays(60), TaskStatus.IN_PROGRESS, null);
        long m = tasks.addMilestone(team.editor(), going, "出台作业管理实施细则", today.minusDays(15).toString());
        tasks.completeMilestone(team.editor(), going, m, today.minusDays(16).toString());
        tasks.addMilestone(team.editor(), going, "全县中小学作业公示全覆盖", today.plusDays(45).toString());
        tasks.addProgress(team.editor(), going, today.minusDays(14).toString(), "40",
                "《清溪县中小学作业管理实施细则》已印发，32 所学校建立作业公示栏。", null);
        tasks.publish(team.publisher(), going);
        tasks.addProgress(team.editor(), going, today.minusDays(1).toString(), "60",
                "第二轮督查覆盖 48 所学校，作业公示率 75%。", null);

        long late = task(team, year, "3", "完成农村学校校舍安全隐患排查整改", source, "计划财务股", "安全股、各乡镇中心校",
                today.minusDays(10), TaskStatus.IN_PROGRESS, null);
        tasks.addProgress(team.editor(), late, today.minusDays(30).toString(), "70",
                "已排查农村学校校舍 126 栋，整改完成 88 栋，其余 38 栋待资金到位。", null);
        tasks.publish(team.publisher(), late);

        task(team, year, "4", "制定学前教育普惠发展三年行动方案（草稿）", source, "基础教育股", null,
                today.plusDays(120), TaskStatus.NOT_STARTED, null);
    }

    private long task(DemoContent.Team team, int year, String code, String title, String source, String lead,
                      String co, LocalDate deadline, TaskStatus status, LocalDate doneOn) {
        return tasks.create(team.editor(), new TaskForm(String.valueOf(year), code, title, source, lead, co,
                deadline.toString(), status.name(), doneOn == null ? null : doneOn.toString(), null));
    }
}
