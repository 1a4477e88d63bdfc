package org.gongkai.participation;

import jakarta.servlet.http.Cookie;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.support.Fixtures;
import org.gongkai.support.IntegrationTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Rating questions (a scale of points, counted like a single choice, with their mean) and conditional questions
 * (asked only when an earlier option was chosen: answers from others are dropped, required only when asked), and the
 * XLSX export that keeps conditional and free-text answers as typed, as string cells.
 */
@IntegrationTest
class SurveyRatingAndConditionsTest {

    static final String FORMULA = "=HYPERLINK(\"http://x\")<script>alert(1)</script>";

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;

    org.springframework.test.web.servlet.ResultActions question(StaffUser u, long id, String kind, String prompt,
                                                                String options, String max, String scale,
                                                                Long condition) throws Exception {
        MockHttpServletRequestBuilder b = post("/admin/surveys/" + id + "/questions").with(csrf()).with(fixtures.as(u))
                .param("kind", kind).param("prompt", prompt).param("options", options).param("required", "true");
        if (max != null) {
            b.param("maxLength", max);
        }
        if (scale != null) {
            b.param("scale", scale);
        }
        if (condition != null) {
            b.param("conditionOption", String.valueOf(condition));
        }
        return mvc.perform(b);
    }

    List<Long> ids(String sql, long id) {
        return jdbc.sql(sql).param(id).query(Long.class).list();
    }

    MockHttpServletRequestBuilder answer(long id, Cookie cookie) {
        return post("/surveys/" + id).with(csrf()).param("website", "").cookie(cookie).with(r -> {
            r.setRemoteAddr(SurveysTest.ip());
            return r;
        });
    }

    @Test
    void ratingAndConditionalQuestionsFromFormToResultsAndXlsx() throws Exception {
        long org = fixtures.organisation("评分条件县教育局");
        StaffUser officer = fixtures.staff(org, Role.DISCLOSURE_OFFICER);
        StaffUser head = fixtures.staff(org, Role.PUBLISHER);
        String location = mvc.perform(post("/admin/surveys/new").with(csrf()).with(fixtures.as(officer))
                        .param("title", "课后服务评价").param("description", "")
                        .param("opensAt", SurveysTest.beijing(-2)).param("closesAt", SurveysTest.beijing(48)))
                .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.replaceAll(".*/admin/surveys/(\\d+).*", "$1"));
        question(officer, id, "SINGLE", "孩子是否参加课后服务", "参加\n未参加", null, null, null).andExpect(status().isFound());
        long q1 = ids("select id from survey_question where survey_id = ? order by position", id).get(0);
        List<Long> yesNo = ids("select id from survey_option where question_id = ? order by position", q1);

        // field errors: a scale out of range, a condition that is no earlier option
        String bad = question(officer, id, "RATING", "满意度", "", null, "11", null).andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        assertThat(bad).contains("评分等级数须在 2 至 10 之间", "aria-invalid=\"true\"");
        String badCondition = question(officer, id, "RATING", "满意度", "", null, "5", 999_999_999L)
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(badCondition).contains("作答条件须是前面某道选择题的选项");
        // CSRF
        mvc.perform(post("/admin/surveys/" + id + "/questions").with(fixtures.as(officer)).param("kind", "RATING")
                .param("prompt", "x").param("scale", "5")).andExpect(status().isForbidden());

        question(officer, id, "RATING", "您对课后服务的满意度", "", null, "5", yesNo.get(0)).andExpect(status().isFound());
        question(officer, id, "TEXT", "未参加的原因", "", "200", null, yesNo.get(1)).andExpect(status().isFound());
        List<Long> qs = ids("select id from survey_question where survey_id = ? order by position", id);
        long rating = qs.get(1);
        long reason = qs.get(2);
        List<Long> points = ids("select id from survey_option where question_id = ? order by position", rating);
        assertThat(jdbc.sql("select label from survey_option where question_id = ? order by position").param(rating)
                .query(String.class).list()).containsExactly("1", "2", "3", "4", "5");

        String staff = mvc.perform(get("/admin/surveys/" + id).with(fixtures.as(officer))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(staff).contains("仅当第 1 题选择“参加”时作答", "1 至 5 分", "评分题");
        SurveysTest.snapshot("survey-rating-staff.html", staff);
        // a question another depends on cannot be removed
        mvc.perform(post("/admin/surveys/" + id + "/questions/" + q1 + "/remove").with(csrf()).with(fixtures.as(officer)))
                .andExpect(status().isConflict());
        // the database refuses a condition on a later question or another survey
        assertThatThrownBy(() -> jdbc.sql("update survey_question set condition_option_id = ? where id = ?")
                .params(points.get(0), q1).update()).isInstanceOf(DataIntegrityViolationException.class);

        int version = jdbc.sql("select version from survey where id = ?").param(id).query(Integer.class).single();
        mvc.perform(post("/admin/surveys/" + id + "/publish").with(csrf()).with(fixtures.as(head))
                .param("version", String.valueOf(version))).andExpect(status().isFound());

        String form = mvc.perform(get("/surveys/" + id)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(form).contains("（1 至 5 分，1 分最低）", "仅当第 1 题选择“参加”时作答");
        assertThat(Jsoup.parse(form).select("input[type=radio][name=q" + rating + "]")).hasSize(5);

        // asked and required: a participant must rate, and only one point
        Cookie c1 = browser(id);
        String missing = mvc.perform(answer(id, c1).param("q" + q1, "" + yesNo.get(0)))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(missing).contains("此题为必答题");
        mvc.perform(answer(id, c1).param("q" + q1, "" + yesNo.get(0)).param("q" + rating, "" + points.get(3), "" + points.get(4)))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.sql("select count(*) from survey_response where survey_id = ?").param(id).query(Long.class)
                .single()).isZero();
        // four answers: 4 and 5 from participants (the one also sends a reason: dropped), two non-participants
        mvc.perform(answer(id, c1).param("q" + q1, "" + yesNo.get(0)).param("q" + rating, "" + points.get(3))
                .param("q" + reason, "不该保存")).andExpect(status().isOk());
        mvc.perform(answer(id, browser(id)).param("q" + q1, "" + yesNo.get(0)).param("q" + rating, "" + points.get(4)))
                .andExpect(status().isOk());
        // not asked the rating: a rating sent anyway is dropped; the reason is required of them
        Cookie c3 = browser(id);
        mvc.perform(answer(id, c3).param("q" + q1, "" + yesNo.get(1))).andExpect(status().isBadRequest());
        mvc.perform(answer(id, c3).param("q" + q1, "" + yesNo.get(1)).param("q" + rating, "" + points.get(0))
                .param("q" + reason, FORMULA)).andExpect(status().isOk());
        mvc.perform(answer(id, browser(id)).param("q" + q1, "" + yesNo.get(1)).param("q" + reason, "时间冲突"))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("select count(*) from survey_answer where question_id = ?").param(rating).query(Long.class)
                .single()).isEqualTo(2);
        assertThat(jdbc.sql("select text from survey_answer where question_id = ? order by id").param(reason)
                .query(String.class).list()).containsExactly(FORMULA, "时间冲突");

        // XLSX: string cells kept exactly, the rating a number, "not asked" where the condition was not chosen
        MockHttpServletResponse x = mvc.perform(get("/admin/surveys/" + id + "/responses.xlsx").with(fixtures.as(officer)))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(x.getContentType()).isEqualTo(SurveyFiles.XLSX.toString());
        assertThat(x.getHeader("Content-Disposition")).startsWith("attachment");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(x.getContentAsByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getPhysicalNumberOfRows()).isEqualTo(5);
            assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("2. 您对课后服务的满意度");
            List<String> rows = new ArrayList<>();
            for (int i = 1; i <= 4; i++) {
                Row r = sheet.getRow(i);
                StringBuilder line = new StringBuilder();
                for (int c = 2; c <= 4; c++) {
                    Cell cell = r.getCell(c);
                    assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                    line.append(cell.getCellType() == CellType.NUMERIC ? String.valueOf((int) cell.getNumericCellValue())
                            : cell.getStringCellValue()).append('|');
                }
                rows.add(line.toString());
            }
            assertThat(rows).containsExactly("参加|4|（不适用）|", "参加|5|（不适用）|",
                    "未参加|（不适用）|" + FORMULA + "|", "未参加|（不适用）|时间冲突|");
            assertThat(sheet.getRow(3).getCell(4).getCellType()).isEqualTo(CellType.STRING);
        }
        mvc.perform(get("/admin/surveys/" + id + "/responses.xlsx")
                        .with(fixtures.as(fixtures.staff(fixtures.organisation("评分导出他县"), Role.DISCLOSURE_OFFICER))))
                .andExpect(status().isForbidden());

        // closed: the rating's counts are of those asked, with the mean
        jdbc.sql("update survey set closes_at = now() - interval '1 minute' where id = ?").param(id).update();
        var results = Jsoup.parse(mvc.perform(get("/surveys/" + id)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
        assertThat(results.getElementById("table-" + rating).select("tbody tr").eachText())
                .containsExactly("1 0 0.0%", "2 0 0.0%", "3 0 0.0%", "4 1 50.0%", "5 1 50.0%");
        assertThat(results.getElementById("mean-" + rating).text()).contains("4.50", "5");
        assertThat(results.text()).contains("本题仅由第 1 题选择“参加”的人作答");
        assertThat(results.html()).doesNotContain("<script>alert(1)");
    }

    Cookie browser(long id) throws Exception {
        MockHttpServletResponse r = mvc.perform(get("/surveys/" + id)).andExpect(status().isOk()).andReturn().getResponse();
        String header = r.getHeader("Set-Cookie");
        return new Cookie(SurveyBrowser.COOKIE, header.substring(header.indexOf('=') + 1, header.indexOf(';')));
    }
}
