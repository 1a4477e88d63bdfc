package org.gongkai.demo;

import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.identity.Departments;
import org.gongkai.identity.StaffUser;
import org.gongkai.participation.BuildSurvey;
import org.gongkai.participation.SurveyQuestionKind;
import org.gongkai.participation.HandleIncident;
import org.gongkai.participation.HandleMessage;
import org.gongkai.participation.IncidentSeverity;
import org.gongkai.participation.MessageDraft;
import org.gongkai.participation.MessageType;
import org.gongkai.participation.ReceiveMessage;
import org.gongkai.platform.Zones;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The county bureau's messages from the public, received so many working days before the demo is built: a new one,
 * one near its reply date, one past it, and an answered exchange the writer let be published and the head published
 * (so the public listing and the statistics are not empty). Names and numbers are invented. Two public-concern
 * incidents: a general one found 40 hours before the demo was built (its 48-hour clock warns), and a larger one of ten
 * days ago answered at a press conference and closed with a review. Two departments, the overdue message assigned to
 * one of them and its officer; an open survey with a question of each kind.
 */
@Component
@org.springframework.core.annotation.Order(30)
class DemoMessages implements DemoPart {

    private final ReceiveMessage receive;
    private final HandleMessage handle;
    private final WorkingDayCalendar calendar;
    private final HandleIncident incidents;
    private final Clock clock;

    private final Departments departments;
    private final BuildSurvey surveys;

    DemoMessages(ReceiveMessage receive, HandleMessage handle, WorkingDayCalendar calendar, HandleIncident incidents,
                 Clock clock, Departments departments, BuildSurvey surveys) {
        this.departments = departments;
        this.surveys = surveys;
        this.receive = receive;
        this.handle = handle;
        this.calendar = calendar;
        this.incidents = incidents;
        this.clock = clock;
    }

    @Override
    public void build(DemoSite site) {
        build(site.county(), site.officer(), site.countyTeam().publisher(), site.today());
    }

    void build(long org, StaffUser officer, StaffUser head, LocalDate today) {
        receive.receive(org, new MessageDraft(MessageType.CONSULTATION, "转学需要哪些材料",
                "孩子随父母工作调动到清溪县，想转入城东小学四年级，需要准备哪些材料？在哪里办理？", "林小燕",
                "13900000011", null, true), at(today));
        receive.receive(org, new MessageDraft(MessageType.SUGGESTION, "建议延长学校图书馆开放时间",
                "建议寒暑假期间学校图书馆每周开放两天，方便学生借阅。", "黄志强", null, "demo-reader@example.org", false),
                at(workingDaysAgo(today, 8)));
        long overdue = receive.receive(org, new MessageDraft(MessageType.COMPLAINT, "校门口上下学时段交通拥堵",
                "县第二小学门口每天下午放学时车辆乱停，孩子过马路很危险，希望协调交警疏导。", "马俊",
                "13900000012", null, true), at(workingDaysAgo(today, 12))).id();
        departments.seed(org, "办公室", List.of(head.id()));
        long safety = departments.seed(org, "安全稳定科", List.of(officer.id()));
        handle.assign(officer, overdue, 0, safety, officer.id());
        long answered = receive.receive(org, new MessageDraft(MessageType.CONSULTATION, "课后服务如何收费",
                "请问今年秋季学期课后服务的收费标准是多少？低保家庭能否减免？", "罗琳", "13900000013", null, true),
                at(workingDaysAgo(today, 6))).id();
        handle.reply(officer, answered, 0, """
                您好！本县义务教育阶段课后服务按每生每学期不超过300元收取，具体标准以各校公示为准。
                低保家庭、特困供养家庭和建档立卡家庭的学生免收课后服务费用，请向就读学校提出申请。
                感谢您的关注。""");
        handle.publish(head, answered, 1);
        incidents(officer);
        survey(officer, head);
    }

    /**
     * An open survey of 清溪县 (opened three days ago, closing in two weeks) with every kind of question, the rating
     * asked only of parents.
     */
    private void survey(StaffUser officer, StaffUser head) {
        Instant now = clock.instant();
        long id = surveys.create(officer, new BuildSurvey.Draft("课后服务满意度调查",
                "为改进义务教育阶段课后服务，现征集家长和学生的意见。调查不记名，结果将在调查结束后公布。",
                now.minus(Duration.ofDays(3)), now.plus(Duration.ofDays(14))));
        surveys.addQuestion(officer, id, new BuildSurvey.QuestionDraft(SurveyQuestionKind.SINGLE, "您的身份", true,
                "学生家长\n学生\n教师\n其他", null));
        surveys.addQuestion(officer, id, new BuildSurvey.QuestionDraft(SurveyQuestionKind.MULTIPLE,
                "您希望课后服务增加哪些内容", true, "作业辅导\n体育活动\n艺术兴趣\n科技实践\n阅读", null));
        surveys.addQuestion(officer, id, new BuildSurvey.QuestionDraft(SurveyQuestionKind.TEXT,
                "对课后服务的其他意见和建议", false, null, 300));
        surveys.addQuestion(officer, id, new BuildSurvey.QuestionDraft(SurveyQuestionKind.RATING,
                "您对孩子所在学校课后服务的总体满意度", true, null, null, 5,
                surveys.optionId(id, 1, "学生家长")));
        surveys.publish(head, id, 4);
    }

    private void incidents(StaffUser officer) {
        Instant now = clock.instant();
        incidents.record(officer, "县政务服务热线与网络留言", null,
                "多名家长反映城东小学新学期课后服务报名系统无法登录，网上出现“报名名额已内定”的说法。",
                IncidentSeverity.GENERAL, now.minus(Duration.ofHours(40)));
        Instant found = now.minus(Duration.ofDays(10));
        long closed = incidents.record(officer, "本地新闻网站报道", "https://news.example.org/qingxi/school-bus",
                "媒体报道县第二小学校车超员，引发家长关注。", IncidentSeverity.LARGER, found);
        incidents.addPressConference(officer, closed, 0, "县教育局就校车安全答记者问", "县教育局三楼会议室",
                found.plus(Duration.ofHours(20)));
        incidents.close(officer, closed, 1, "20小时内召开答记者问回应关切，校车已增派车辆并开展专项检查。");
    }

    // 09:30 Beijing time on the day, but not later than now: built before 09:30 (e.g. 01:00 Beijing), today's
    // message would otherwise be received in the future
    private Instant at(LocalDate day) {
        return Zones.atButNotAfter(day, java.time.LocalTime.of(9, 30), clock.instant());
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
