package org.gongkai.portal;

import org.gongkai.catalog.CatalogNode;
import org.gongkai.support.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** What the public document page says about a document, and where it sends the reader next. */
@IntegrationTest
class DocumentPageTest {

    @Autowired MockMvc mvc;
    @Autowired PortalFixture fx;

    Document page(long documentId) throws Exception {
        return Jsoup.parse(mvc.perform(get("/documents/" + documentId)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    @Test
    void relatedDocumentsNeverComeFromAnotherOrganisation() throws Exception {
        PortalFixture.Site county = fx.site("相关甲县教育局");
        PortalFixture.Site other = fx.site("相关乙县教育局");
        CatalogNode mine = fx.node(county, "通知公告");
        CatalogNode theirs = fx.node(other, "通知公告");
        long doc = fx.published(county, PortalFixture.content(mine.id(), "甲县2025年政府信息公开工作年度报告", "年度报告 信息公开", LocalDate.of(2026, 1, 20)));
        long sibling = fx.published(county, PortalFixture.content(mine.id(), "甲县信息公开工作要点", "信息公开", LocalDate.of(2026, 2, 1)));
        long foreign = fx.published(other, PortalFixture.content(theirs.id(), "乙县2025年政府信息公开工作年度报告", "年度报告 信息公开", LocalDate.of(2026, 1, 21)));

        Document page = page(doc);
        assertThat(page.select(".related a").eachAttr("href"))
                .contains("/documents/" + sibling).doesNotContain("/documents/" + foreign);
    }

    @Test
    void aWithdrawnDocumentIsNeverShownAsInForce() throws Exception {
        PortalFixture.Site site = fx.site("撤回页县教育局");
        CatalogNode notices = fx.node(site, "通知公告");
        long id = fx.published(site, PortalFixture.content(notices.id(), "撤回页测试通知", "撤回", LocalDate.of(2026, 3, 1)));
        assertThat(validity(page(id))).isEqualTo("有效");

        fx.withdraw(site, id);
        assertThat(validity(page(id))).isEqualTo("已撤回，不再有效");
    }

    @Test
    void thePageOffersPrintAndTextSize() throws Exception {
        PortalFixture.Site site = fx.site("打印县教育局");
        long id = fx.published(site, PortalFixture.content(fx.node(site, "通知公告").id(), "打印测试通知", "打印",
                LocalDate.of(2026, 3, 1)));
        Document page = page(id);
        assertThat(page.select("button.print-button").text()).isEqualTo("打印本页");
        assertThat(page.select(".doc-tools a").text()).isEqualTo("字号：放大");
        assertThat(page.select("script[src~=^/js/print-[0-9a-f]{32}\\.js$]")).hasSize(1);
    }

    private static String validity(Document page) {
        return page.select("table.meta th:contains(有效性) + td").text();
    }
}
