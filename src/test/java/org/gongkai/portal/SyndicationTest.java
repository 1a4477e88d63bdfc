package org.gongkai.portal;

import org.gongkai.catalog.CatalogNode;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** Atom and RSS feeds, the sitemap and robots.txt, parsed as XML. */
@IntegrationTest
class SyndicationTest {

    static final String ATOM = "http://www.w3.org/2005/Atom";

    @Autowired MockMvc mvc;
    @Autowired PortalFixture fx;

    PortalFixture.Site site;
    CatalogNode notices;
    long noticeId;
    long newsId;

    @BeforeEach
    void setUp() {
        site = fx.site("订阅县教育局");
        notices = fx.node(site, "通知公告");
        noticeId = fx.published(site, PortalFixture.content(notices.id(), "订阅通知 <&> \"引号\"", "订阅", LocalDate.of(2026, 6, 1)));
        newsId = fx.published(site, PortalFixture.content(fx.node(site, "工作动态").id(), "订阅动态", "订阅", LocalDate.of(2026, 6, 2)));
    }

    Document xml(String url, String contentType) throws Exception {
        MockHttpServletResponse r = mvc.perform(get(url)).andReturn().getResponse();
        assertThat(r.getStatus()).as(url).isEqualTo(200);
        assertThat(r.getContentType()).startsWith(contentType);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(r.getContentAsByteArray()));
    }

    static List<String> texts(Document d, String ns, String name) {
        NodeList list = ns == null ? d.getElementsByTagName(name) : d.getElementsByTagNameNS(ns, name);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            out.add(list.item(i).getTextContent());
        }
        return out;
    }

    @Test
    void atomFeedOfTheOrganisation() throws Exception {
        Document atom = xml("/o/" + site.slug() + "/feed.atom", "application/atom+xml");
        assertThat(atom.getDocumentElement().getNamespaceURI()).isEqualTo(ATOM);
        assertThat(atom.getDocumentElement().getLocalName()).isEqualTo("feed");
        assertThat(texts(atom, ATOM, "title")).contains(site.org().name(), "订阅通知 <&> \"引号\"", "订阅动态");
        assertThat(texts(atom, ATOM, "id")).contains("http://localhost/documents/" + noticeId);
        assertThat(texts(atom, ATOM, "entry")).hasSize(2);
        Element self = (Element) atom.getElementsByTagNameNS(ATOM, "link").item(0);
        assertThat(self.getAttribute("rel")).isEqualTo("self");
        assertThat(self.getAttribute("href")).isEqualTo("http://localhost/o/" + site.slug() + "/feed.atom");
    }

    @Test
    void rssFeedOfACatalogNodeHasOnlyItsDocuments() throws Exception {
        Document rss = xml("/o/" + site.slug() + "/catalog/" + notices.id() + "/feed.rss", "application/rss+xml");
        assertThat(rss.getDocumentElement().getTagName()).isEqualTo("rss");
        assertThat(rss.getDocumentElement().getAttribute("version")).isEqualTo("2.0");
        assertThat(texts(rss, null, "item")).hasSize(1);
        assertThat(texts(rss, null, "link")).contains("http://localhost/documents/" + noticeId);
        assertThat(texts(rss, null, "pubDate").get(0)).matches("\\w{3}, \\d{1,2} \\w{3} \\d{4} .*GMT");
        Document atom = xml("/o/" + site.slug() + "/catalog/" + notices.id() + "/feed.atom", "application/atom+xml");
        assertThat(texts(atom, ATOM, "title")).doesNotContain("订阅动态");
        Document orgRss = xml("/o/" + site.slug() + "/feed.rss", "application/rss+xml");
        assertThat(texts(orgRss, null, "item")).hasSize(2);
    }

    @Test
    void aFeedOpenedInABrowserIsShownAsAPageByItsStylesheet() throws Exception {
        for (String feed : List.of("/feed.atom", "/feed.rss")) {
            MockHttpServletResponse r = mvc.perform(get("/o/" + site.slug() + feed)).andReturn().getResponse();
            String xml = r.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
            assertThat(xml).contains("<?xml-stylesheet type=\"text/xsl\" href=\"/feed/feed.xsl\"?>");
            MockHttpServletResponse xsl = mvc.perform(get("/feed/feed.xsl")).andReturn().getResponse();
            assertThat(xsl.getStatus()).isEqualTo(200);
            var transformer = javax.xml.transform.TransformerFactory.newInstance().newTransformer(
                    new javax.xml.transform.stream.StreamSource(new ByteArrayInputStream(xsl.getContentAsByteArray())));
            var out = new java.io.StringWriter();
            transformer.transform(new javax.xml.transform.stream.StreamSource(new java.io.StringReader(xml)),
                    new javax.xml.transform.stream.StreamResult(out));
            org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(out.toString());
            assertThat(page.selectFirst("h1").text()).as(feed).isEqualTo(site.org().name());
            assertThat(page.select("ol.feed-items a").eachText()).as(feed)
                    .contains("订阅通知 <&> \"引号\"", "订阅动态");
            assertThat(page.select("ol.feed-items a").eachAttr("href")).as(feed)
                    .contains("http://localhost/documents/" + noticeId);
            assertThat(page.select("script")).as("a title is text, never markup").isEmpty();
            assertThat(page.select("code").text()).isEqualTo("http://localhost/o/" + site.slug() + feed);
        }
    }

    @Test
    void aBrowserOpeningAFeedIsShownWhatItIsWhileReadersGetTheFeed() throws Exception {
        String feed = "/o/" + site.slug() + "/catalog/" + notices.id() + "/feed.rss";
        String browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
        for (String reader : List.of("application/rss+xml, application/atom+xml;q=0.9, */*;q=0.1", "*/*")) {
            MockHttpServletResponse xml = mvc.perform(get(feed).header("Accept", reader)).andReturn().getResponse();
            assertThat(xml.getStatus()).as(reader).isEqualTo(200);
            assertThat(xml.getContentType()).as(reader).startsWith("application/rss+xml");
            assertThat(xml.getHeader("Vary")).contains("Accept,");
        }
        // after the XML was cached, a browser is still answered as a browser
        MockHttpServletResponse page = mvc.perform(get(feed).header("Accept", browser)).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(303);
        String location = page.getHeader("Location");
        assertThat(location).isEqualTo("http://localhost/o/" + site.slug() + "/site-map?feed=" + feed + "#feeds");
        String map = mvc.perform(get(location.replace("http://localhost", "").replace("#feeds", "")))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(map);
        assertThat(html.select("#feeds code").text()).isEqualTo("http://localhost" + feed);
        assertThat(html.select("#feeds").text()).contains("订阅源");

        for (String hostile : List.of("<script>x</script>", "/o/another-site/feed.atom", "https://evil.example/feed.atom")) {
            String other = mvc.perform(get("/o/" + site.slug() + "/site-map").param("feed", hostile)).andReturn()
                    .getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
            assertThat(org.jsoup.Jsoup.parse(other).select("#feeds")).as(hostile).isEmpty();
            assertThat(other).as(hostile).doesNotContain("<script>x", "evil.example");
        }
    }

    @Test
    void sitemapListsSitePagesAndPublicDocuments() throws Exception {
        Document map = xml("/sitemap.xml", "application/xml");
        List<String> locs = texts(map, "http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
        assertThat(locs).contains("http://localhost/o/" + site.slug(), "http://localhost/o/" + site.slug() + "/catalog",
                "http://localhost/o/" + site.slug() + "/guide", "http://localhost/o/" + site.slug() + "/catalog/" + notices.id(),
                "http://localhost/documents/" + noticeId, "http://localhost/documents/" + newsId);
        assertThat(locs).doesNotHaveDuplicates();
    }

    @Test
    void robotsAllowsThePublicSiteAndPointsAtTheSitemap() throws Exception {
        String robots = mvc.perform(get("/robots.txt")).andReturn().getResponse().getContentAsString();
        assertThat(robots).contains("User-agent: *", "Disallow: /admin", "Disallow: /api/", "Allow: /api/v1/public/",
                "Sitemap: http://localhost/sitemap.xml");
    }
}
