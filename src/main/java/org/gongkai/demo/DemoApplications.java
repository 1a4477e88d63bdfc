package org.gongkai.demo;

import org.gongkai.application.ApplicationDesk;
import org.gongkai.application.ApplicationDesk.Request;
import org.gongkai.application.Channel;
import org.gongkai.application.ReplyOutcome;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.identity.StaffUser;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;

/**
 * The county bureau's applications for disclosure (依申请公开) in every state an office meets, received so many
 * working days before the demo is built and taken through the office's real actions, so that their deadlines, history
 * and audit are what the office would see: new, awaiting correction, in third-party consultation, extended, due soon,
 * overdue, awaiting a fee, and answered with each outcome staff may choose (and 逾期不补正, 逾期未缴费 by periods that lapsed).
 * Applicants, ID numbers and addresses are invented.
 */
@Component
@org.springframework.core.annotation.Order(20)
class DemoApplications implements DemoPart {

    private final ApplicationDesk desk;
    private final WorkingDayCalendar calendar;

    DemoApplications(ApplicationDesk desk, WorkingDayCalendar calendar) {
        this.desk = desk;
        this.calendar = calendar;
    }

    @Override
    public void build(DemoSite site) {
        build(site.county(), site.officer(), site.countyTeam().publisher(), site.today());
    }

    void build(long org, StaffUser officer, StaffUser head, LocalDate today) {
        desk.receiveOnline(org, person("陈思远", 1, "13800000001", null,
                "申请公开城东小学今年秋季一年级的招生计划人数和学区内已登记的适龄儿童人数。", "城东小学招生计划",
                "了解孩子能否在学区内入学"));
        register(officer, org, workingDaysAgo(today, 1), Channel.POST, person("周建华", 2, null, "清溪县城关镇东门社区5幢2单元301室",
                "申请公开县第一中学新建食堂工程的招标公告和中标结果。", "县第一中学食堂工程招标结果", null));

        long correction = register(officer, org, workingDaysAgo(today, 3), Channel.IN_PERSON, person("吴海燕", 3, "13800000003", null,
                "申请公开学校的那个收费文件。", null, null));
        desk.requestCorrection(officer, correction, "请写明所需信息的学校名称、学期和文件名称或文号，以便查找。", today);

        long consulting = register(officer, org, workingDaysAgo(today, 6), Channel.IN_PERSON, person("郑立群", 4, "13800000004", null,
                "申请公开县教育局与校外配餐企业签订的学生营养餐供餐合同，包括单价和质量条款。", "学生营养餐供餐合同", null));
        desk.startConsultation(officer, consulting, workingDaysAgo(today, 2),
                "合同涉及供餐企业的报价和经营信息，已书面征求该企业意见，第三方15个工作日内答复。");

        long extended = register(officer, org, workingDaysAgo(today, 16), Channel.POST, person("孙明", 5, null, "清溪县溪口镇中心街12号",
                "申请公开近三年全县各中小学校舍安全鉴定报告。", "校舍安全鉴定报告", null));
        desk.requestExtension(officer, extended, "所需信息涉及全县四十余所学校、三个年度的鉴定报告，需要逐校调取、核对。");
        desk.approveExtension(head, extended, "因所需信息数量较大、需逐校调取，经政务公开办公室负责人同意，答复期限延长20个工作日。");

        register(officer, org, workingDaysAgo(today, 17), Channel.IN_PERSON, person("何晓东", 6, "13800000006", null,
                "申请公开本县乡村教师生活补助的发放标准和发放对象范围。", "乡村教师生活补助发放标准", null));
        register(officer, org, workingDaysAgo(today, 24), Channel.EMAIL, person("冯雪", 7, "13800000007", null,
                "申请公开去年全县义务教育阶段学校课后服务收费的批准文件。", "课后服务收费批准文件", null));

        long fee = register(officer, org, workingDaysAgo(today, 5), Channel.IN_PERSON, person("蒋文涛", 8, "13800000008", null,
                "申请提供近五年全县中小学校舍维修工程的全部竣工验收资料复印件。", "校舍维修工程竣工验收资料", null));
        desk.noticePageFee(officer, fee, 160, workingDaysAgo(today, 1));

        long paid = register(officer, org, workingDaysAgo(today, 14), Channel.IN_PERSON, person("沈佳", 9, "13800000010", null,
                "申请提供去年全县教育系统政府采购合同的复印件。", "教育系统政府采购合同", null));
        desk.noticePageFee(officer, paid, 60, workingDaysAgo(today, 12));
        desk.feePaid(officer, paid, workingDaysAgo(today, 9));
        desk.reply(officer, paid, ReplyOutcome.DISCLOSED, "您已缴纳信息处理费，现将所申请的政府采购合同复印件共60页随本告知书提供给您。",
                workingDaysAgo(today, 8));

        long unpaid = register(officer, org, workingDaysAgo(today, 26), Channel.IN_PERSON, person("韩冰", 11, "13800000011", null,
                "申请提供全县幼儿园近三年收费备案材料的复印件。", "幼儿园收费备案材料", null));
        desk.noticePageFee(officer, unpaid, 120, workingDaysAgo(today, 24));
        desk.lapseFee(officer, unpaid);

        int serial = 20;
        for (Answer a : ANSWERS) {
            long id = register(officer, org, workingDaysAgo(today, a.receivedAgo()), Channel.IN_PERSON,
                    person(a.name(), serial, "138000000" + serial, null, a.description(), null, null));
            // answered a few working days after receipt, as an office does, not all on the day the demo is built
            desk.reply(officer, id, a.outcome(), a.reply(), workingDaysAgo(today, a.receivedAgo() / 2));
            serial++;
        }

        long lapsed = register(officer, org, workingDaysAgo(today, 23), Channel.IN_PERSON, person("钱大勇", 9, "13800000009", null,
                "申请公开有关学校的那些材料。", null, null));
        desk.requestCorrection(officer, lapsed, "请写明所需信息的名称、文号或其他便于查找的特征描述。", workingDaysAgo(today, 21));
        desk.lapseCorrection(officer, lapsed);
    }

    /** An application answered with the outcome, received so many working days before and answered halfway since. */
    record Answer(ReplyOutcome outcome, int receivedAgo, String name, String description, String reply) {
    }

    /** One answer for every outcome staff may choose (the two lapses are reached by their periods instead). */
    static final List<Answer> ANSWERS = List.of(
            new Answer(ReplyOutcome.DISCLOSED, 8, "许文", "申请公开本县今年义务教育学区划分方案。",
                    "您申请的信息已主动公开，现将《清溪县义务教育学校学区划分方案》随本告知书提供给您。"),
            new Answer(ReplyOutcome.PARTLY_DISCLOSED, 10, "林可", "申请公开县教育局去年公务用车运行维护费的支出明细。",
                    "现向您提供公务用车运行维护费的支出总额和分项金额；明细中涉及驾驶员个人信息的部分，依法不予公开。"),
            new Answer(ReplyOutcome.WITHHELD_STATE_SECRET, 11, "曹原", "申请公开今年初中学业水平考试启用前的数学试题。",
                    "您申请的信息属于国家秘密，依据《政府信息公开条例》第十四条，不予公开。"),
            new Answer(ReplyOutcome.WITHHELD_PROHIBITED_BY_LAW, 11, "彭涛", "申请公开某学生的未成年人保护案件调查材料。",
                    "依据《未成年人保护法》有关规定，该信息属于法律禁止公开的信息，不予公开。"),
            new Answer(ReplyOutcome.WITHHELD_THREE_SECURITIES_ONE_STABILITY, 12, "袁立", "申请公开全县学校安保力量部署和监控点位图。",
                    "该信息公开后可能危及公共安全，依据《政府信息公开条例》第十四条，不予公开。"),
            new Answer(ReplyOutcome.WITHHELD_THIRD_PARTY_RIGHTS, 12, "高远", "申请公开某民办培训机构的财务审计报告。",
                    "该审计报告涉及第三方商业秘密，第三方不同意公开，且不公开不会对公共利益造成重大影响，依法不予公开。"),
            new Answer(ReplyOutcome.WITHHELD_INTERNAL_AFFAIRS, 9, "邓明", "申请公开县教育局机关干部考勤记录。",
                    "您申请的信息属于行政机关内部事务信息，依据《政府信息公开条例》第十六条第一款，可以不予公开。"),
            new Answer(ReplyOutcome.WITHHELD_PROCESS_INFORMATION, 9, "傅磊", "申请公开学区调整方案讨论过程中的会议记录。",
                    "您申请的信息属于讨论记录等过程性信息，依据《政府信息公开条例》第十六条第二款，可以不予公开。"),
            new Answer(ReplyOutcome.WITHHELD_ENFORCEMENT_FILE, 8, "谢斌", "申请公开对某校外培训机构行政处罚案件的全部案卷。",
                    "您申请的信息属于行政执法案卷信息，依据《政府信息公开条例》第十六条第二款，可以不予公开；处罚决定已另行公开。"),
            new Answer(ReplyOutcome.WITHHELD_ADMINISTRATIVE_QUERY, 7, "董强", "申请公开本人子女在县第一中学的学籍档案信息。",
                    "学籍信息可以通过学籍管理的查询程序获取，属于行政查询事项，请携带身份证件和户口簿到学校或县教育局学籍管理窗口查询。"),
            new Answer(ReplyOutcome.CANNOT_PROVIDE_NOT_HELD, 9, "马丽", "申请公开二〇〇五年县第二中学的建校审批文件。",
                    "经检索本局档案，本局未制作或获取该信息；县第二中学建校审批由原县计划委员会办理，建议向县档案馆查询。"),
            new Answer(ReplyOutcome.CANNOT_PROVIDE_NEEDS_CREATION, 6, "程伟", "申请本局统计近十年每位教师的年度培训学时并制作汇总表。",
                    "您申请的信息需要本局对现有信息进行加工、分析后方能形成，依据《政府信息公开条例》第三十八条，不予提供。"),
            new Answer(ReplyOutcome.CANNOT_PROVIDE_STILL_UNCLEAR, 13, "萧然", "申请公开关于学校的有关文件。",
                    "您的申请内容不明确，经电话联系仍无法确定所需信息的名称或特征，本局无法提供。"),
            new Answer(ReplyOutcome.NOT_HANDLED_PETITION, 6, "潘红", "反映某小学食堂饭菜质量问题并要求处理相关人员。",
                    "您的来信属于信访、投诉事项，不属于政府信息公开申请，已转县教育局安全稳定股依法办理。"),
            new Answer(ReplyOutcome.NOT_HANDLED_REPEATED, 7, "许文", "再次申请公开本县今年义务教育学区划分方案。",
                    "您的申请与此前已答复的申请内容相同，本局不再重复处理。"),
            new Answer(ReplyOutcome.NOT_HANDLED_PUBLICATION, 5, "田野", "申请获取县教育志的正式出版物。",
                    "您申请获取的是公开出版物，依据《政府信息公开条例》第三十六条，告知您获取的途径：县新华书店和县图书馆。"),
            new Answer(ReplyOutcome.NOT_HANDLED_EXCESSIVE, 15, "韦东", "一个月内第31次申请公开各校各班每日的课程表。",
                    "您的申请数量、频次明显超过合理范围，且未能说明理由，依据《政府信息公开条例》第三十五条，不予处理。"),
            new Answer(ReplyOutcome.NOT_HANDLED_CONFIRMATION, 4, "罗琳", "要求本局确认一份自行整理的学校收费清单内容属实。",
                    "您的申请是要求行政机关确认或者重新出具已获取的信息，依据《政府信息公开条例》第三十九条，不作为政府信息公开申请处理。"),
            new Answer(ReplyOutcome.OTHER, 4, "梁静", "申请撤回此前提交的关于课后服务收费的申请。",
                    "您已申请撤回，本局终止办理。"));

    private long register(StaffUser officer, long org, LocalDate receivedOn, Channel channel, Request request) {
        return desk.register(officer, org, request, channel, receivedOn);
    }

    /** The working day {@code n} working days before today, on the working-day calendar. */
    LocalDate workingDaysAgo(LocalDate today, int n) {
        LocalDate d = today;
        for (int counted = 0; counted < n; ) {
            d = d.minusDays(1);
            if (calendar.isWorkingDay(d)) {
                counted++;
            }
        }
        return d;
    }

    private static Request person(String name, int serial, String phone, String address, String description,
                                  String infoName, String purpose) {
        return new Request(name, residentId(serial), phone, address, description, infoName, purpose);
    }

    /** An invented resident ID (area code 330127, the demo county) with a valid check digit. */
    static String residentId(int serial) {
        String base = "330127" + (1975 + serial) + "0612" + "%03d".formatted(serial);
        int[] w = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (base.charAt(i) - '0') * w[i];
        }
        return base + "10X98765432".charAt(sum % 11);
    }
}
