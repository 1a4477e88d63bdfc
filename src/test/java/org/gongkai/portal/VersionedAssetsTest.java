package org.gongkai.portal;

import org.gongkai.support.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Style sheets and scripts are named by their content, so browsers, nginx and a CDN may keep them for a year while the
 * pages that name them are still revalidated on every request (ADR 0011): a new release changes the names.
 */
@IntegrationTest
class VersionedAssetsTest {

    @Autowired MockMvc mvc;
    @Autowired PortalFixture fx;
    @Autowired org.springframework.web.servlet.resource.ResourceUrlProvider resourceUrls;

    @Test
    void pagesNameTheHashedStyleSheetWhichIsCachedForAYearAndThePageIsNot() throws Exception {
        PortalFixture.Site site = fx.site("静态资源县教育局");
        long id = fx.published(site, PortalFixture.content(fx.node(site, "通知公告").id(), "静态资源测试通知", "资源",
                LocalDate.of(2026, 3, 1)));
        var page = mvc.perform(get("/documents/" + id)).andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("no-cache"))).andReturn().getResponse();
        Document html = Jsoup.parse(page.getContentAsString());
        String css = html.select("link[rel=stylesheet]").attr("href");
        assertThat(css).matches("/css/site-[0-9a-f]{32}\\.css");

        byte[] bytes = new ClassPathResource("static/css/site.css").getContentAsByteArray();
        mvc.perform(get(css)).andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("max-age=31536000")))
                .andExpect(header().string("Cache-Control", containsString("public")))
                .andExpect(header().string("Cache-Control", containsString("immutable")))
                .andExpect(content().bytes(bytes));
        mvc.perform(get("/css/site-00000000000000000000000000000000.css")).andExpect(status().isNotFound());
        mvc.perform(get("/js/print.js")).andExpect(status().isOk()); // the plain name still answers (pages cached before)
    }

    /**
     * Only the asset folders are resource handlers: a catch-all {@code /**} mapping (Spring Boot's default) made the
     * URL-encoding filter look every link of every rendered page up on the class path — 75 % of an uncached
     * document page's time at a million documents (ADR 0055).
     */
    @Test
    void onlyTheAssetFoldersAreResourceHandlers() throws Exception {
        assertThat(resourceUrls.getHandlerMap().keySet()).containsExactlyInAnyOrder("/css/**", "/js/**", "/feed/**", "/tools/**");
        assertThat(resourceUrls.getForLookupPath("/documents/1")).isNull();
        mvc.perform(get("/feed/feed.xsl")).andExpect(status().isOk());
        mvc.perform(get("/application.yml")).andExpect(status().isNotFound());
    }
}
