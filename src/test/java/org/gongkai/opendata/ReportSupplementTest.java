package org.gongkai.opendata;

import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.Zones;
import org.gongkai.support.Fixtures;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;

/**
 * The annual report's page shows open data's figures of the organisation beside section 六 (report.ReportSupplement):
 * published datasets now, and the data requests received in the report's year with how they were answered; an
 * organisation without open data gets no such block, and a draft dataset is not counted. The self-inspection page
 * lists open data's figures too (inspection.InspectionFigures).
 */
@IntegrationTest
class ReportSupplementTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired ManageDatasets manage;
    @Autowired UploadResource upload;
    @Autowired ReceiveDataRequest receive;

    @Test
    void theAnnualReportPageOffersTheYearsOpenDataFigures() throws Exception {
        long org = fixtures.organisation("年报开放数据局");
        StaffUser editor = fixtures.staff(org, Role.EDITOR);
        StaffUser publisher = fixtures.staff(org, Role.PUBLISHER);
        long id = manage.create(editor, SeriesTest.yearly("2025 年教育经费预算", 2025));
        upload.addResource(editor, id, "预算表", null, "b.csv", OpenDataTest.utf8("科目,金额\n人员经费,100\n"));
        manage.publish(publisher, id);
        manage.create(editor, SeriesTest.yearly("2026 年教育经费预算（草稿）", 2026));
        DataRequestDraft draft = new DataRequestDraft("校车线路", "各校校车线路。", "研究", "张三", null, "z@example.com");
        receive.receive(org, draft, LocalDate.of(2025, 6, 2).atTime(10, 0).atZone(Zones.CHINA).toInstant());
        receive.receive(org, draft, LocalDate.of(2025, 7, 1).atTime(10, 0).atZone(Zones.CHINA).toInstant());
        receive.receive(org, draft, LocalDate.of(2024, 7, 1).atTime(10, 0).atZone(Zones.CHINA).toInstant());

        String page = mvc.perform(get("/admin/report/2025").with(fixtures.as(editor))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("数据开放（数据集与下载为当前数，申请按报告期统计）")
                .contains("<span>已发布数据集</span>：<span>1</span>")
                .contains("<span>收到数据开放申请</span>：<span>2</span>")
                .contains("<span>逾期未答复</span>：<span>2</span>")
                .contains("/data/statistics?year=2025");
        // the self-inspection lists them too (this year's requests), below the checks and never as a veto
        mvc.perform(get("/admin/inspection").with(fixtures.as(editor))).andExpect(status().isOk())
                .andExpect(content().string(containsString("已发布数据集</span>：<strong>1</strong>")))
                .andExpect(content().string(matchesPattern("(?s).*开放数据（\\d{4} 年申请，数据集为当前数）.*")));

        long other = fixtures.organisation("没有开放数据的局");
        assertThat(mvc.perform(get("/admin/report/2025").with(fixtures.as(fixtures.staff(other, Role.EDITOR))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .doesNotContain("数据开放（数据集与下载为当前数");
    }
}
