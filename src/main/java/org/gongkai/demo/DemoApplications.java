package org.gongkai.demo;

import org.gongkai.application.ApplicationDesk;
import org.gongkai.application.ApplicationDesk.Request;
import org.gongkai.application.Channel;
import org.gongkai.application.ReplyOutcome;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.identity.StaffUser;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

/**
 * The county bureau's applications for disclosure (依申请公开) in every state an office meets, received so many
 * working days before the demo is built and taken through the office's real actions, so that their deadlines, history
 * and audit are what the office would see: new, awaiting correction, in third-party consultation, extended, due soon,
 * overdue, and answered with an outcome of each group of table 三 (the 其他处理 one by a correction period that lapsed).
 * Applicants, ID numbers and addresses are invented.
 */
@Component
class DemoApplications {

    private final ApplicationDesk desk;
    private final WorkingDayCalendar calendar;

    DemoApplications(ApplicationDesk desk, WorkingDayCalendar calendar) {
        this.desk = desk;
        this.calendar = calendar;
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

        answered(officer, org, today, 8, "许文", "申请公开本县今年义务教育学区划分方案。", ReplyOutcome.DISCLOSED,
                "您申请的信息已主动公开，现将《清溪县义务教育学校学区划分方案》随本告知书提供给您。");
        answered(officer, org, today, 10, "林可", "申请公开县教育局去年公务用车运行维护费的支出明细。", ReplyOutcome.PARTLY_DISCLOSED,
                "现向您提供公务用车运行维护费的支出总额和分项金额；明细中涉及驾驶员个人信息的部分，依法不予公开。");
        answered(officer, org, today, 12, "高远", "申请公开某民办培训机构的财务审计报告。", ReplyOutcome.WITHHELD_THIRD_PARTY_RIGHTS,
                "经征求第三方意见，该审计报告涉及其商业秘密，第三方不同意公开，且不公开不会对公共利益造成重大影响，依法不予公开。");
        answered(officer, org, today, 9, "马丽", "申请公开二〇〇五年县第二中学的建校审批文件。", ReplyOutcome.CANNOT_PROVIDE_NOT_HELD,
                "经检索本局档案，本局未制作或获取该信息；县第二中学建校审批由原县计划委员会办理，建议向县档案馆查询。");
        answered(officer, org, today, 7, "许文", "再次申请公开本县今年义务教育学区划分方案。", ReplyOutcome.NOT_HANDLED_REPEATED,
                "您的申请与此前已答复的申请内容相同，本局不再重复处理。");

        long lapsed = register(officer, org, workingDaysAgo(today, 23), Channel.IN_PERSON, person("钱大勇", 9, "13800000009", null,
                "申请公开有关学校的那些材料。", null, null));
        desk.requestCorrection(officer, lapsed, "请写明所需信息的名称、文号或其他便于查找的特征描述。", workingDaysAgo(today, 21));
        desk.lapseCorrection(officer, lapsed);
    }

    private void answered(StaffUser officer, long org, LocalDate today, int receivedAgo, String name, String description,
                          ReplyOutcome outcome, String reply) {
        long id = register(officer, org, workingDaysAgo(today, receivedAgo), Channel.IN_PERSON,
                person(name, 10 + receivedAgo, "138000000" + (10 + receivedAgo), null, description, null, null));
        desk.reply(officer, id, outcome, reply);
    }

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
