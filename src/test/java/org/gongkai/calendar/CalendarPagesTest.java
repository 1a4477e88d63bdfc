package org.gongkai.calendar;

import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The public calendar pages, rendered on the server without JavaScript. */
@IntegrationTest
class CalendarPagesTest {

    @Autowired
    MockMvc mvc;

    @Test
    void deadlineFormWithoutQuestion() throws Exception {
        mvc.perform(get("/calendar/deadline"))
                .andExpect(status().isOk())
                .andExpect(header().exists("Content-Security-Policy"))
                .andExpect(content().string(allOf(containsString("期限计算器"), containsString("name=\"workingDays\""),
                        containsString("/api/v1/calendar/deadline"), not(containsString("<script>")))));
    }

    @Test
    void deadlineExplainedDayByDay() throws Exception {
        mvc.perform(get("/calendar/deadline").param("from", "2024-09-27").param("workingDays", "7"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("2024-10-12"), containsString("不计：国庆节"),
                        containsString("不计：周末"), containsString("调休上班：国庆节"), containsString("第 6 个工作日"))))
                .andExpect(content().string(not(containsString("暂定结果"))));
    }

    @Test
    void provisionalWarningAndEnglish() throws Exception {
        mvc.perform(get("/calendar/deadline").param("from", "2026-12-20").param("workingDays", "20").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Provisional"), containsString("(2027)"),
                        containsString("2027-01-15"), containsString("Not counted: Weekend"))));
    }

    @Test
    void badInputRerendersTheFormWith400() throws Exception {
        mvc.perform(get("/calendar/deadline").param("from", "2026-02-30").param("workingDays", "abc"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("起算日不是有效日期"), containsString("工作日数须为整数"),
                        containsString("aria-invalid=\"true\""))));
    }

    @Test
    void holidayListOfAYear() throws Exception {
        mvc.perform(get("/calendar").param("year", "2024"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("2024-02-04"), containsString("调休上班"),
                        containsString("春节"), containsString("holiday-cn"))));
        mvc.perform(get("/calendar").param("year", "2027"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2027年的放假安排尚未载入")));
    }
}
