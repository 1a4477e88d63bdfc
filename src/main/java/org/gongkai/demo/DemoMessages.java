package org.gongkai.demo;

import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.identity.StaffUser;
import org.gongkai.participation.HandleMessage;
import org.gongkai.participation.MessageDraft;
import org.gongkai.participation.MessageType;
import org.gongkai.participation.ReceiveMessage;
import org.gongkai.platform.Zones;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The county bureau's messages from the public, received so many working days before the demo is built: a new one,
 * one near its reply date, one past it, and an answered exchange the writer let be published and the head published
 * (so the public listing and the statistics are not empty). Names and numbers are invented.
 */
@Component
class DemoMessages {

    private final ReceiveMessage receive;
    private final HandleMessage handle;
    private final WorkingDayCalendar calendar;

    DemoMessages(ReceiveMessage receive, HandleMessage handle, WorkingDayCalendar calendar) {
        this.receive = receive;
        this.handle = handle;
        this.calendar = calendar;
    }

    void build(long org, StaffUser officer, StaffUser head, LocalDate today) {
        receive.receive(org, new MessageDraft(MessageType.CONSULTATION, "转学需要哪些材料",
                "孩子随父母工作调动到清溪县，想转入城东小学四年级，需要准备哪些材料？在哪里办理？", "林小燕",
                "13900000011", null, true), at(today));
        receive.receive(org, new MessageDraft(MessageType.SUGGESTION, "建议延长学校图书馆开放时间",
                "建议寒暑假期间学校图书馆每周开放两天，方便学生借阅。", "黄志强", null, "demo-reader@example.org", false),
                at(workingDaysAgo(today, 8)));
        receive.receive(org, new MessageDraft(MessageType.COMPLAINT, "校门口上下学时段交通拥堵",
                "县第二小学门口每天下午放学时车辆乱停，孩子过马路很危险，希望协调交警疏导。", "马俊",
                "13900000012", null, true), at(workingDaysAgo(today, 12)));
        long answered = receive.receive(org, new MessageDraft(MessageType.CONSULTATION, "课后服务如何收费",
                "请问今年秋季学期课后服务的收费标准是多少？低保家庭能否减免？", "罗琳", "13900000013", null, true),
                at(workingDaysAgo(today, 6))).id();
        handle.reply(officer, answered, 0, """
                您好！本县义务教育阶段课后服务按每生每学期不超过300元收取，具体标准以各校公示为准。
                低保家庭、特困供养家庭和建档立卡家庭的学生免收课后服务费用，请向就读学校提出申请。
                感谢您的关注。""");
        handle.publish(head, answered, 1);
    }

    private static Instant at(LocalDate day) {
        return day.atTime(9, 30).atZone(Zones.CHINA).toInstant();
    }

    private LocalDate workingDaysAgo(LocalDate today, int n) {
        LocalDate d = today;
        for (int counted = 0; counted < n; ) {
            d = d.minusDays(1);
            if (calendar.isWorkingDay(d)) {
                counted++;
            }
        }
        return d;
    }
}
