package org.gongkai.portal;

import org.gongkai.catalog.CatalogNode;
import org.gongkai.identity.OrganisationKind;
import org.gongkai.support.IntegrationTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A visitor who leaves a county's site for a public tool keeps the county's header, navigation and footer; the
 * footer and the site map lead to every public tool.
 */
@IntegrationTest
class SiteFrameTest {

    @Autowired MockMvc mvc;
    @Autowired PortalFixture fx;

    PortalFixture.Site site;
    CatalogNode notices;

    @BeforeEach
    void setUp() {
        site = fx.site("框架县教育局");
        notices = fx.node(site, "通知公告");
    }

    String html(String url) throws Exception {
        return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void toolPagesReachedFromACountyKeepItsFrame() throws Exception {
        String home = "/o/" + site.slug();
        for (String tool : List.of("/apply/status?site=", "/my?site=", "/transparency?site=", "/mirror-check?site=",
                "/calendar?site=", "/negative-list?org=", "/messages/track?site=", "/messages?org=",
                "/messages/published?org=", "/messages/statistics?org=")) {
            String page = html(tool + site.slug());
            assertThat(page).as(tool).contains(site.org().name(), "href=\"" + home + "\"", home + "/guide",
                    home + "/site-map");
        }
    }

    @Test
    void theCountysOwnLinksCarryItToTheTools() throws Exception {
        String home = html("/o/" + site.slug());
        String s = "site=" + site.slug();
        assertThat(home).contains("/apply/status?" + s, "/my?" + s, "/transparency?" + s, "/mirror-check?" + s,
                "/calendar?" + s, "/negative-list?org=" + site.slug(), "/messages?org=" + site.slug(), "/o/" + site.slug() + "/site-map",
                "/o/" + site.slug() + "/guide#contact", "我为政府网站找错", "网站地图", "联系我们");
    }

    @Test
    void anUnknownSiteFallsBackToTheTopSiteAndAHostileOneIsNotEchoed() throws Exception {
        String page = html("/transparency?site=%3Cscript%3Ealert(1)%3C%2Fscript%3E");
        assertThat(page).doesNotContain("<script>alert(1)</script>", "%3Cscript");
    }

    @Test
    void aSchoolSiteIsTitledForSchoolDisclosure() throws Exception {
        long school = fx.fixtures.organisation("框架县第一中学", site.org().id(), OrganisationKind.SCHOOL);
        String home = html("/o/" + fx.organisations.get(school).slug());
        assertThat(Jsoup.parse(home).select("h1").text()).endsWith("学校信息公开");
        assertThat(Jsoup.parse(html("/o/" + site.slug())).select("h1").text()).endsWith("政府信息公开");
    }

    @Test
    void theSiteMapListsSectionsColumnsToolsAndTheSitesBelow() throws Exception {
        fx.published(site, PortalFixture.content(notices.id(), "关于网站地图测试的通知", "地图", LocalDate.of(2026, 3, 1)));
        long child = fx.fixtures.organisation("框架镇中心学校", site.org().id());

        String map = html("/o/" + site.slug() + "/site-map");
        assertThat(map).contains("网站地图", "信息公开指南", "通知公告", "/o/" + site.slug() + "/catalog/" + notices.id(),
                "透明日志", "文件真伪核验", "负面清单", "工作日与答复期限计算",
                "/o/" + fx.organisations.get(child).slug());
        assertThat(html("/site-map")).contains("网站地图");
    }
}
