package org.gongkai.portal;

import org.gongkai.identity.Organisation;
import org.gongkai.identity.Role;
import org.gongkai.support.IntegrationTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The 年报 section: every published annual report by year, and for a higher level those of the organisations
 * below; a report still in draft never appears, and the section is linked only once it has something to show.
 */
@IntegrationTest
class AnnualReportListTest {

    @Autowired MockMvc mvc;
    @Autowired PortalFixture fx;

    String html(String url) throws Exception {
        return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void aProvinceListsItsOwnReportAndItsCountiesByYear() throws Exception {
        PortalFixture.Site province = fx.site("年报省教育厅");
        Organisation countyOrg = fx.organisations.get(fx.fixtures.organisation("年报县教育局", province.org().id()));
        PortalFixture.Site county = new PortalFixture.Site(countyOrg, fx.fixtures.staff(countyOrg.id(), Role.EDITOR),
                fx.fixtures.staff(countyOrg.id(), Role.REVIEWER),
                fx.fixtures.staff(countyOrg.id(), Role.PUBLISHER));
        assertThat(html("/o/" + county.slug() + "/reports")).contains("尚未发布政府信息公开工作年度报告");
        assertThat(html("/o/" + county.slug())).doesNotContain("/o/" + county.slug() + "/reports");

        long own = report(province, 2025, "年报省教育厅2025年政府信息公开工作年度报告");
        long countys = report(county, 2025, "年报县教育局2025年政府信息公开工作年度报告");
        long older = report(county, 2024, "年报县教育局2024年政府信息公开工作年度报告");
        long draft = fx.approved(county, PortalFixture.content(null, "年报县教育局2023年报告稿", "年报", LocalDate.of(2024, 1, 10)));
        fx.jdbc.sql("insert into annual_report (organisation_id, year, document_id) values (?, 2023, ?)")
                .params(countyOrg.id(), draft).update();

        var page = Jsoup.parse(html("/o/" + province.slug() + "/reports"));
        assertThat(page.select("h2").eachText()).containsExactly("2025 年度", "2024 年度");
        assertThat(page.select("a[href^=/documents/]").eachAttr("href")).containsExactly(
                "/documents/" + own, "/documents/" + countys, "/documents/" + older);
        assertThat(page.text()).doesNotContain("2023年报告稿");
        assertThat(html("/o/" + province.slug())).contains("/o/" + province.slug() + "/reports");
        fx.changes.poll();
        assertThat(html("/o/" + county.slug() + "/reports")).contains("年报县教育局2024年")
                .doesNotContain("/documents/" + own);
        assertThat(html("/o/" + county.slug())).contains("/o/" + county.slug() + "/reports");

        // the province's list carries its counties' cache tags: a change below refreshes it
        long later = report(county, 2022, "年报县教育局2022年政府信息公开工作年度报告");
        fx.published(county, PortalFixture.content(null, "年报县教育局通知", "通知", LocalDate.of(2026, 3, 1)));
        assertThat(html("/o/" + province.slug() + "/reports")).contains("/documents/" + later);
    }

    /**
     * A report as the report module records it: its document published and the report row pointing at it (the row
     * comes after the publication, since the report's publication gate only lets a generated report through).
     */
    private long report(PortalFixture.Site site, int year, String title) {
        long id = fx.published(site, PortalFixture.content(null, title, "年度报告", LocalDate.of(year + 1, 1, 20)));
        fx.jdbc.sql("insert into annual_report (organisation_id, year, document_id) values (?, ?, ?)")
                .params(site.org().id(), year, id).update();
        return id;
    }
}
