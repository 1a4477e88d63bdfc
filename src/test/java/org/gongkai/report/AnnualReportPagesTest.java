package org.gongkai.report;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gongkai.identity.OrganisationKind;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.pdf.CjkFonts;
import org.gongkai.support.Fixtures;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The pages around the report: deadlines and reminders, the higher level's roll-up, the downloads. */
@IntegrationTest
class AnnualReportPagesTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired CjkFonts fonts;

    @Test
    void aProvinceSeesTheSumAndWhichSubordinatesHaveNotPublished() throws Exception {
        long province = fixtures.organisation("汇总省教育厅", null, OrganisationKind.PROVINCE);
        long city = fixtures.organisation("汇总市教育局", province, OrganisationKind.CITY);
        long university = fixtures.organisation("汇总大学", province, OrganisationKind.UNIVERSITY);
        long school = fixtures.organisation("汇总小学", city, OrganisationKind.SCHOOL);
        StaffUser cityEditor = fixtures.staff(city, Role.EDITOR);
        mvc.perform(post("/admin/report/2025?org=" + city).param("overview", "x").param("licences", "7")
                        .param("fees", "1.5").param("lockVersion", "0").with(fixtures.as(cityEditor)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        StaffUser officer = fixtures.staff(province, Role.DISCLOSURE_OFFICER);
        mvc.perform(get("/admin/report/rollup?year=2025&org=" + province).with(fixtures.as(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("汇总市教育局")))
                .andExpect(content().string(containsString("汇总大学")))
                .andExpect(content().string(containsString("2025—2026学年")))
                .andExpect(content().string(not(containsString("/admin/report/2025?org=" + school + "\""))))
                .andExpect(content().string(containsString("已发布 0 家，共 2 家")))
                .andExpect(content().string(containsString("<td colspan=\"3\">7</td>")))
                .andExpect(content().string(containsString("<td colspan=\"3\">1.5</td>")));
        mvc.perform(get("/admin/report/rollup?year=2025&org=" + province).with(fixtures.as(cityEditor)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/report/rollup?year=2025&page=99999999999&org=" + province).with(fixtures.as(officer)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/admin/report/rollup?year=2025&page=2147483647&org=" + province).with(fixtures.as(officer)))
                .andExpect(status().isOk());
        mvc.perform(get("/admin/report?org=" + school).with(fixtures.as(officer))).andExpect(status().isOk())
                .andExpect(content().string(containsString("不要求发布政府信息公开工作年度报告")));
    }

    @Test
    void theDeadlineIsOnTheLandingPageUntilTheReportIsPublished() throws Exception {
        long county = fixtures.organisation("提醒县教育局");
        StaffUser editor = fixtures.staff(county, Role.EDITOR);
        int due = ReportPeriod.latestEnded(OrganisationKind.COUNTY, LocalDate.now(org.gongkai.platform.Zones.CHINA)).year();
        mvc.perform(get("/admin").with(fixtures.as(editor))).andExpect(status().isOk())
                .andExpect(content().string(containsString(due + "年年度报告")))
                .andExpect(content().string(containsString("/admin/report/" + due)));
        mvc.perform(get("/admin").with(fixtures.as(fixtures.staff(county, Role.SYSTEM_ADMIN)))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("年度报告须于"))));
        long school = fixtures.organisation("提醒小学", county, OrganisationKind.SCHOOL);
        mvc.perform(get("/admin").with(fixtures.as(fixtures.staff(school, Role.EDITOR)))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("年年度报告"))));
    }

    @Test
    void theLiveTablesDownloadAsXlsxAndPdf() throws Exception {
        long county = fixtures.organisation("下载县教育局");
        StaffUser reviewer = fixtures.staff(county, Role.REVIEWER);
        byte[] xlsx = mvc.perform(get("/admin/report/2025/tables.xlsx?org=" + county).with(fixtures.as(reviewer)))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store"))
                .andReturn().getResponse().getContentAsByteArray();
        var sheets = AnnualReportFlowTest.xlsxTables(xlsx);
        assertThat(sheets).hasSize(3);
        assertThat(sheets.get(1)[0][0]).isEqualTo("本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和");
        assertThat(sheets.get(2)[0]).hasSize(15);
        if (fonts.font().isPresent()) {
            byte[] pdf = mvc.perform(get("/admin/report/2025/report.pdf?org=" + county).with(fixtures.as(reviewer)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            try (var doc = Loader.loadPDF(pdf)) {
                assertThat(new PDFTextStripper().getText(doc)).contains("2025年政府信息公开工作年度报告", "第二十条第（一）项",
                        "结转下年度继续办理", "复议后起诉");
            }
        } else {
            mvc.perform(get("/admin/report/2025/report.pdf?org=" + county).with(fixtures.as(reviewer)))
                    .andExpect(status().isServiceUnavailable());
        }
        mvc.perform(get("/admin/report/2025/tables.xlsx?org=" + county)).andExpect(status().is3xxRedirection());
    }

    @Test
    void theFiguresAreInTheApiWithTheSamePermissions() throws Exception {
        long city = fixtures.organisation("接口市教育局", null, OrganisationKind.CITY);
        long county = fixtures.organisation("接口县教育局", city);
        StaffUser officer = fixtures.staff(city, Role.DISCLOSURE_OFFICER);
        mvc.perform(get("/api/v1/organisations/" + county + "/annual-reports/2025").with(fixtures.basic(officer)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.deadline").value("2026-01-31"))
                .andExpect(jsonPath("$.table3['三.（七）'][6]").value(0))
                .andExpect(jsonPath("$.table4[2][4]").value(0))
                .andExpect(jsonPath("$.reconciles").value(true));
        mvc.perform(get("/api/v1/organisations/" + city + "/annual-reports/2025/rollup").with(fixtures.basic(officer)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.subordinates[0].status").value("NOT_STARTED"));
        mvc.perform(get("/api/v1/organisations/" + city + "/annual-reports/2025")
                        .with(fixtures.basic(fixtures.staff(county, Role.DISCLOSURE_OFFICER))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/organisations/" + city + "/annual-reports/2099").with(fixtures.basic(officer)))
                .andExpect(status().isBadRequest());
    }
}
