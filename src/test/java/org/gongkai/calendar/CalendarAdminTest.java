package org.gongkai.calendar;

import org.gongkai.platform.audit.StaffAction;
import org.gongkai.identity.OrganisationRegistry;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffRegistry;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Loading a year in the back office. Tests use years far beyond the shipped data (2101+), each its own, since the
 * database is shared by all integration tests.
 */
@IntegrationTest
@RecordApplicationEvents
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CalendarAdminTest {

    @Autowired MockMvc mvc;
    @Autowired WorkingDayCalendar calendar;
    @Autowired DeadlineCalculator calculator;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEvents events;
    @Autowired StaffRegistry staffRegistry;
    @Autowired OrganisationRegistry organisations;
    @Autowired UserDetailsService users;

    UserDetails admin;
    UserDetails editor;

    @BeforeAll
    void staff() {
        long org = CalendarTestStaff.organisation(organisations);
        admin = CalendarTestStaff.staff(staffRegistry, users, org, Role.SYSTEM_ADMIN);
        editor = CalendarTestStaff.staff(staffRegistry, users, org, Role.EDITOR);
    }

    static String notice(int year, String days) {
        return """
                {"year": %d, "papers": ["https://www.gov.cn/zhengce/example-%d.htm"], "days": [%s]}""".formatted(year, year, days);
    }

    @Test
    void pastedJsonIsLoadedAuditedAndUsedAtOnce() throws Exception {
        assertThat(calendar.isKnownYear(2101)).isFalse();
        assertThat(calculator.deadline(LocalDate.parse("2101-01-31"), 1).provisional()).isTrue();
        String json = notice(2101, json("2101-02-01", true, "春节") + "," + json("2101-02-02", true, "春节") + ","
                + json("2101-02-05", false, "春节") + "," + json("2100-12-31", true, "元旦"));
        mvc.perform(post("/admin/calendar/json").with(user(admin)).with(csrf()).param("json", json))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/calendar?loaded=2101"));
        assertThat(calendar.isKnownYear(2101)).isTrue();
        assertThat(calendar.dayInfo(LocalDate.parse("2101-02-01")).kind()).isEqualTo(DayKind.HOLIDAY);
        assertThat(calendar.dayInfo(LocalDate.parse("2101-02-05")).kind()).isEqualTo(DayKind.MAKEUP_WORKDAY);
        // 31 Jan 2101 is a Monday: 1–2 Feb off, 3 Feb (Thu) is the first working day
        mvc.perform(get("/api/v1/calendar/deadline").param("from", "2101-01-31").param("workingDays", "1"))
                .andExpect(jsonPath("$.due", is("2101-02-03")))
                .andExpect(jsonPath("$.provisional", is(false)))
                .andExpect(jsonPath("$.skipped[0].reason", is("春节")));
        assertThat(events.stream(StaffAction.class).filter(a -> a.action().equals("calendar.year.load")
                && a.targetId().equals("2101") && a.actorName().equals(admin.getUsername()))).hasSize(1);
        mvc.perform(get("/admin/calendar").with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("2101"), containsString("日历SYSTEM_ADMIN"),
                        containsString("随系统提供"))));

        mvc.perform(post("/admin/calendar/remove").with(user(admin)).with(csrf()).param("year", "2101"))
                .andExpect(redirectedUrl("/admin/calendar?removed=2101"));
        assertThat(calendar.isKnownYear(2101)).isFalse();
        assertThat(events.stream(StaffAction.class).filter(a -> a.action().equals("calendar.year.remove"))).hasSize(1);
    }

    @Test
    void uploadedUtf8FileWithByteOrderMark() throws Exception {
        byte[] body = (notice(2102, json("2102-10-01", true, "国庆节"))).getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        mvc.perform(multipart("/admin/calendar/json").file(new MockMultipartFile("file", "2102.json", "application/json", withBom))
                        .with(user(admin)).with(csrf()))
                .andExpect(redirectedUrl("/admin/calendar?loaded=2102"));
        assertThat(calendar.dayInfo(LocalDate.parse("2102-10-01")).reason()).isEqualTo("国庆节");
        assertThat(calendar.dayInfo(LocalDate.parse("2102-10-01")).reason(java.util.Locale.ENGLISH)).isEqualTo("National Day");
    }

    @Test
    void gbkUploadIsRefusedWithTheReason() throws Exception {
        byte[] gbk = notice(2103, json("2103-01-01", true, "元旦")).getBytes(Charset.forName("GBK"));
        mvc.perform(multipart("/admin/calendar/json").file(new MockMultipartFile("file", "2103.json", "application/json", gbk))
                        .with(user(admin)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("看起来是 GBK/GB18030 编码")));
        assertThat(calendar.isKnownYear(2103)).isFalse();
    }

    @Test
    void malformedJsonIsRefusedWithThePlace() throws Exception {
        mvc.perform(post("/admin/calendar/json").with(user(admin)).with(csrf()).param("json", "{\"year\": 2104,\n \"days\": [}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("第 2 行")));
        mvc.perform(post("/admin/calendar/json").with(user(admin)).with(csrf()).param("json", "[1, 2]"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("最外层须为对象")));
        assertThat(calendar.isKnownYear(2104)).isFalse();
    }

    @Test
    void schemaAndRuleViolationsAreEachNamed() throws Exception {
        String json = "{\"year\": 2104, \"papers\": [], \"days\": ["
                + "{\"name\": \"元旦\", \"date\": \"2104-01-01\"},"
                + "{\"name\": \"春节\", \"date\": \"2104-02-30\", \"isOffDay\": true},"
                + "{\"name\": \"春节\", \"date\": \"2105-02-01\", \"isOffDay\": \"yes\"}]}";
        mvc.perform(post("/admin/calendar/json").with(user(admin)).with(csrf()).param("json", json))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("days 第 1 项缺少字段“isOffDay”"),
                        containsString("第 2 条：“2104-02-30”不是有效日期"),
                        containsString("days 第 3 项的“isOffDay”类型应为 boolean"))));
        String outside = notice(2104, json("2105-03-01", true, "清明节") + "," + json("2104-04-05", true, "清明节")
                + "," + json("2104-04-05", true, "清明节"));
        mvc.perform(post("/admin/calendar/json").with(user(admin)).with(csrf()).param("json", outside))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("日期 2105-03-01 不在 2104 年内"),
                        containsString("日期 2104-04-05 重复出现"))));
        mvc.perform(post("/admin/calendar/json").with(user(admin)).with(csrf()).param("json", "{\"papers\": [\"javascript:alert(1)\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("缺少必填字段“year”"), containsString("不是网址"))));
        assertThat(calendar.isKnownYear(2104)).isFalse();
    }

    @Test
    void emptyYearOnlyWhenExplicitlyAllowed() throws Exception {
        mvc.perform(post("/admin/calendar/json").with(user(admin)).with(csrf()).param("json", notice(2105, "")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("没有任何日期")));
        mvc.perform(post("/admin/calendar/json").with(user(admin)).with(csrf()).param("json", notice(2105, ""))
                        .param("allowEmpty", "true"))
                .andExpect(redirectedUrl("/admin/calendar?loaded=2105"));
        assertThat(calendar.isKnownYear(2105)).isTrue();
    }

    @Test
    void aKnownYearIsReplacedOnlyWhenAsked() throws Exception {
        mvc.perform(post("/admin/calendar/json").with(user(admin)).with(csrf()).param("json", notice(2024, json("2024-10-01", true, "国庆节"))))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("2024年已有随系统提供的数据")));
        mvc.perform(post("/admin/calendar/manual").with(user(admin)).with(csrf()).param("year", "2106")
                        .param("days", "2106-01-01 off 元旦\n# comment\n2106-01-03 on 元旦"))
                .andExpect(redirectedUrl("/admin/calendar?loaded=2106"));
        mvc.perform(post("/admin/calendar/manual").with(user(admin)).with(csrf()).param("year", "2106")
                        .param("days", "2106-01-01 off 元旦"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("2106年已载入过数据")));
        mvc.perform(post("/admin/calendar/manual").with(user(admin)).with(csrf()).param("year", "2106")
                        .param("days", "2106-01-01\t休\t元旦\n2106-01-02,off,元旦").param("replace", "true"))
                .andExpect(redirectedUrl("/admin/calendar?loaded=2106"));
        assertThat(calendar.dayInfo(LocalDate.parse("2106-01-02")).kind()).isEqualTo(DayKind.HOLIDAY);
        assertThat(calendar.dayInfo(LocalDate.parse("2106-01-03")).kind()).isEqualTo(DayKind.WEEKEND);
    }

    @Test
    void manualLinesWithMistakesAreNamedByLine() throws Exception {
        mvc.perform(post("/admin/calendar/manual").with(user(admin)).with(csrf()).param("year", "2107")
                        .param("days", "2107-01-01 off 元旦\n2107-13-01 off 元旦\n2107-01-03 maybe 元旦\n2107-01-04"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("第 2 行：“2107-13-01”不是有效日期"),
                        containsString("第 3 行：“maybe”应为 off"), containsString("第 4 行：应为"))));
        mvc.perform(post("/admin/calendar/manual").with(user(admin)).with(csrf()).param("year", "abc").param("days", ""))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请填写年份")));
        assertThat(calendar.isKnownYear(2107)).isFalse();
    }

    @Test
    void onlyTheSystemAdministratorMayLoad() throws Exception {
        mvc.perform(get("/admin/calendar").with(user(editor))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/calendar/json").with(user(editor)).with(csrf()).param("json", notice(2108, json("2108-01-01", true, "元旦"))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/calendar/manual").with(user(editor)).with(csrf()).param("year", "2108").param("days", "2108-01-01 off 元旦"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/calendar")).andExpect(status().is3xxRedirection());
        assertThat(calendar.isKnownYear(2108)).isFalse();
    }

    @Test
    void anotherNodesLoadIsSeenThroughTheVersion() {
        assertThat(calendar.isKnownYear(2109)).isFalse();
        // what another node's load leaves in the shared database
        jdbc.sql("insert into calendar_year (year, source, loaded_by_name) values (2109, 'MANUAL', 'node-b')").update();
        jdbc.sql("insert into calendar_day (year, day, off, name) values (2109, '2109-05-01', true, '劳动节')").update();
        assertThat(calendar.isKnownYear(2109)).as("no version bump yet: cache still used").isFalse();
        jdbc.sql("update calendar_version set version = version + 1").update();
        assertThat(calendar.isKnownYear(2109)).isTrue();
        assertThat(calendar.dayInfo(LocalDate.parse("2109-05-01")).reason(java.util.Locale.ENGLISH)).isEqualTo("Labour Day");
    }

    static String json(String date, boolean off, String name) {
        return "{\"name\": \"" + name + "\", \"date\": \"" + date + "\", \"isOffDay\": " + off + "}";
    }
}
