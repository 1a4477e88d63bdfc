package org.gongkai.demo;

import org.gongkai.document.PublishedDocuments;
import org.gongkai.services.DeputyReplyForm;
import org.gongkai.services.ManageCleanUps;
import org.gongkai.services.ManageDeputyReplies;
import org.gongkai.services.ManageWorkPlans;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Map;

/**
 * The demo's results openness (结果公开) on 清溪县: replies to deputies' suggestions and members' proposals (one in
 * full with a promise carried by ledger task 2 and one kept, one summarised with an overdue promise, one not yet
 * replied, one draft), the year's work plan linked to its document, and a published clean-up keeping the county's
 * normative document on training institutions. Names, numbers and sessions are invented.
 */
@Component
@org.springframework.core.annotation.Order(100)
class DemoServicesResults implements DemoPart {

    private final ManageDeputyReplies replies;
    private final ManageWorkPlans plans;
    private final ManageCleanUps cleanUps;
    private final PublishedDocuments published;

    DemoServicesResults(ManageDeputyReplies replies, ManageWorkPlans plans, ManageCleanUps cleanUps,
                        PublishedDocuments published) {
        this.replies = replies;
        this.plans = plans;
        this.cleanUps = cleanUps;
        this.published = published;
    }

    @Override
    public void build(DemoSite site) {
        build(site.countyTeam(), site.today(), site.docIds());
    }

    void build(DemoContent.Team team, LocalDate today, Map<String, Long> docIds) {
        int year = today.getYear();
        String y = String.valueOf(year);
        String npc = "县第十八届人民代表大会第五次会议";
        String cppcc = "政协清溪县第十一届委员会第四次会议";
        long full = replies.create(team.editor(), new DeputyReplyForm(y, "SUGGESTION", "12", npc,
                "关于减轻中小学生课业负担的建议", "张代表（示例）", "基础教育股", "督导室",
                today.minusDays(120).toString(), today.minusDays(30).toString(), today.minusDays(45).toString(), "FULL",
                "张代表：您提出的关于减轻中小学生课业负担的建议收悉。我局已印发《清溪县中小学作业管理实施细则》，"
                        + "建立作业公示制度，并将作业公示全覆盖列入今年重点工作任务。感谢您对教育工作的关心和支持。",
                null, "A", "SATISFIED", null));
        replies.addPromise(team.editor(), full, "全县中小学作业公示全覆盖", today.plusDays(45).toString(), "2");
        long kept = replies.addPromise(team.editor(), full, "出台作业管理实施细则", today.minusDays(15).toString(), null);
        replies.keepPromise(team.editor(), full, kept, today.minusDays(16).toString(), "《清溪县中小学作业管理实施细则》已印发。");
        replies.publish(team.publisher(), full);

        long summary = replies.create(team.editor(), new DeputyReplyForm(y, "PROPOSAL", "5", cppcc,
                "关于改善农村学校校舍条件的提案", "李委员（示例）", "计划财务股", "安全股",
                today.minusDays(110).toString(), today.minusDays(20).toString(), today.minusDays(18).toString(), "SUMMARY",
                "农村学校校舍隐患排查已全部完成，整改工作正在分批推进，资金已列入年度预算。", "答复中涉及尚在研究的资金安排方案",
                "B", "BASIC", null));
        replies.addPromise(team.editor(), summary, "完成剩余 38 栋校舍整改", today.minusDays(5).toString(), "3");
        replies.publish(team.publisher(), summary);

        long open = replies.create(team.editor(), new DeputyReplyForm(y, "SUGGESTION", "18", npc,
                "关于增加城区学前教育学位的建议", "王代表（示例）", "基础教育股", null,
                today.minusDays(20).toString(), today.plusDays(70).toString(), null, null, null, null, null, null, null));
        replies.publish(team.publisher(), open);
        replies.create(team.editor(), new DeputyReplyForm(y, "PROPOSAL", "9", cppcc, "关于校园周边交通安全的提案（办理中）",
                "赵委员（示例）", "安全股", null, today.minusDays(10).toString(), today.plusDays(80).toString(),
                null, null, null, null, null, null, null));

        Long plan = docIds.get("qx-plan");
        if (plan != null && published.find(plan).filter(d -> !d.withdrawn()).isPresent()) {
            plans.link(team.editor(), y, "PLAN", String.valueOf(plan));
        }
        Long rule = docIds.get("qx-tutoring-rule");
        if (rule != null && published.find(rule).filter(d -> !d.withdrawn()).isPresent()) {
            long c = cleanUps.create(team.editor(), "清溪县教育局" + year + "年规范性文件清理",
                    "按照上级关于开展规范性文件清理工作的通知，对本局制发的现行有效规范性文件进行清理。（示例）",
                    today.minusDays(7).toString());
            cleanUps.addItem(team.editor(), c, String.valueOf(rule), "KEPT", null, "与上位法一致，继续有效");
            cleanUps.apply(team.editor(), c);
            cleanUps.publish(team.publisher(), c);
        }
    }
}
