package org.gongkai.calendar;

import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.aMapWithSize;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.instanceOf;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** GET /api/v1/calendar/deadline: public, the promised JSON shape exactly, and 400 with a message for bad input. */
@IntegrationTest
class DeadlineApiTest {

    @Autowired
    MockMvc mvc;

    @Test
    void answersTheDocumentedShape() throws Exception {
        mvc.perform(get("/api/v1/calendar/deadline").param("from", "2024-09-27").param("workingDays", "7"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/json"))
                .andExpect(jsonPath("$", aMapWithSize(6)))
                .andExpect(jsonPath("$.from", is("2024-09-27")))
                .andExpect(jsonPath("$.workingDays", is(7)))
                .andExpect(jsonPath("$.workingDays", instanceOf(Integer.class)))
                .andExpect(jsonPath("$.due", is("2024-10-12")))
                .andExpect(jsonPath("$.provisional", is(false)))
                .andExpect(jsonPath("$.skipped", hasSize(8)))
                .andExpect(jsonPath("$.skipped[*]", everyItem(aMapWithSize(2))))
                .andExpect(jsonPath("$.skipped[0].date", is("2024-09-28")))
                .andExpect(jsonPath("$.skipped[0].reason", is("周末")))
                .andExpect(jsonPath("$.skipped[1].date", is("2024-10-01")))
                .andExpect(jsonPath("$.skipped[1].reason", is("国庆节")))
                .andExpect(jsonPath("$.madeUpWorkdays", contains("2024-09-29", "2024-10-12")));
    }

    @Test
    void provisionalForAYearWithoutCalendar() throws Exception {
        mvc.perform(get("/api/v1/calendar/deadline").param("from", "2026-12-20").param("workingDays", "20"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.due", is("2027-01-15")))
                .andExpect(jsonPath("$.provisional", is(true)));
    }

    @Test
    void englishReasonsOnRequest() throws Exception {
        mvc.perform(get("/api/v1/calendar/deadline").param("from", "2020-01-23").param("workingDays", "1").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.due", is("2020-02-03")))
                .andExpect(jsonPath("$.skipped", hasSize(10)))
                .andExpect(jsonPath("$.skipped[*].reason", everyItem(is("Spring Festival"))))
                .andExpect(jsonPath("$.madeUpWorkdays", hasSize(0)));
    }

    @Test
    void badParametersAnswer400WithAMessage() throws Exception {
        String[][] bad = {
                {null, "20", "from"}, {"", "20", "from"}, {"2026-02-30", "20", "from"}, {"abc", "20", "from"},
                {"2026/01/05", "20", "from"}, {"1800-01-01", "20", "from"},
                {"2026-01-05", null, "workingDays"}, {"2026-01-05", "abc", "workingDays"}, {"2026-01-05", "0", "workingDays"},
                {"2026-01-05", "367", "workingDays"}, {"2026-01-05", "-3", "workingDays"}, {"2026-01-05", "2.5", "workingDays"},
                {"2026-01-05", "99999999999", "workingDays"}};
        for (String[] b : bad) {
            var request = get("/api/v1/calendar/deadline");
            if (b[0] != null) {
                request.param("from", b[0]);
            }
            if (b[1] != null) {
                request.param("workingDays", b[1]);
            }
            mvc.perform(request)
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith("application/json"))
                    .andExpect(jsonPath("$.status", is(400)))
                    .andExpect(jsonPath("$.message", instanceOf(String.class)))
                    .andExpect(jsonPath("$.fields", hasKey(b[2])));
        }
        mvc.perform(get("/api/v1/calendar/deadline").param("from", "2026-02-30").param("workingDays", "5"))
                .andExpect(jsonPath("$.fields.from", containsString("2026-09-25")));
    }
}
