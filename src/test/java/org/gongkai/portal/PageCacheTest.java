package org.gongkai.portal;

import org.gongkai.catalog.CatalogNode;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** Pages rendered once and served from the cache with ETag and gzip; changes evict exactly what they affect. */
@IntegrationTest
class PageCacheTest {

    @Autowired MockMvc mvc;
    @Autowired PortalFixture fx;
    @Autowired PageCache cache;
    @Autowired SiteChanges changes;
    @Autowired ReadCounter reads;
    @Autowired JdbcClient jdbc;
    @Autowired org.gongkai.platform.NodeSignals signals;

    private void signalsDrained() throws InterruptedException {
        signals.awaitHandled(java.time.Duration.ofSeconds(10));
    }

    PortalFixture.Site site;
    CatalogNode notices;

    @BeforeEach
    void setUp() {
        site = fx.site("缓存县教育局");
        notices = fx.node(site, "通知公告");
    }

    MockHttpServletResponse fetch(String url) throws Exception {
        return mvc.perform(get(url)).andReturn().getResponse();
    }

    @Test
    void aCachedDocumentPageGetsItsTransparencyBadgeOnceTheLogHasTheLeaf() throws Exception {
        long id = fx.approved(site, PortalFixture.content(notices.id(), "透明日志徽标通知", "徽标", LocalDate.of(2026, 5, 2)));
        var handled = changes.nextChangeOf(id);
        var logged = changes.nextTransparencyOf(id);
        fx.publish.publishNow(site.publisher(), id);
        handled.get(60, java.util.concurrent.TimeUnit.SECONDS);
        fetch("/documents/" + id); // may be rendered and cached before the leaf is appended
        logged.get(60, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(fetch("/documents/" + id).getContentAsString()).contains("/transparency/verify?document=" + id);
    }

    @Test
    void secondRequestIsAHitWithTheSameETagAndIfNoneMatchAnswers304() throws Exception {
        long id = fx.published(site, PortalFixture.content(notices.id(), "缓存测试通知", "缓存", LocalDate.of(2026, 5, 1)));
        MockHttpServletResponse first = fetch("/documents/" + id);
        MockHttpServletResponse second = fetch("/documents/" + id);
        assertThat(first.getStatus()).isEqualTo(200);
        assertThat(first.getHeader("X-Page-Cache")).isEqualTo("miss");
        assertThat(second.getHeader("X-Page-Cache")).isEqualTo("hit");
        assertThat(second.getHeader("ETag")).isEqualTo(first.getHeader("ETag")).startsWith("\"");
        assertThat(second.getHeader("Cache-Control")).isEqualTo("public, no-cache");
        assertThat(second.getHeader("Content-Security-Policy")).contains("script-src 'self'");
        assertThat(second.getContentAsString()).isEqualTo(first.getContentAsString()).contains("缓存测试通知");

        MockHttpServletResponse notModified = mvc.perform(get("/documents/" + id)
                .header("If-None-Match", first.getHeader("ETag"))).andReturn().getResponse();
        assertThat(notModified.getStatus()).isEqualTo(304);
        assertThat(notModified.getContentAsByteArray()).isEmpty();
        assertThat(mvc.perform(get("/documents/" + id).header("If-None-Match", "\"other\""))
                .andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void gzipIsPrecompressedAndDecompressesToTheSameBytes() throws Exception {
        String url = "/o/" + site.slug() + "/catalog";
        byte[] plain = fetch(url).getContentAsByteArray();
        MockHttpServletResponse gz = mvc.perform(get(url).header("Accept-Encoding", "br, gzip;q=0.8"))
                .andReturn().getResponse();
        assertThat(gz.getHeader("Content-Encoding")).isEqualTo("gzip");
        assertThat(gz.getHeader("Vary")).contains("Accept-Encoding");
        assertThat(gz.getHeader("ETag")).endsWith("-gz\"");
        try (var in = new GZIPInputStream(new ByteArrayInputStream(gz.getContentAsByteArray()))) {
            assertThat(in.readAllBytes()).isEqualTo(plain);
        }
        assertThat(mvc.perform(get(url).header("Accept-Encoding", "gzip;q=0")).andReturn().getResponse()
                .getHeader("Content-Encoding")).isNull();
        // A client holding the gzip variant's tag gets 304 too.
        assertThat(mvc.perform(get(url).header("Accept-Encoding", "gzip").header("If-None-Match", gz.getHeader("ETag")))
                .andReturn().getResponse().getStatus()).isEqualTo(304);
    }

    @Test
    void publishingEvictsTheOrganisationsListingsButNotOtherDocumentsOrOtherSites() throws Exception {
        long first = fx.published(site, PortalFixture.content(notices.id(), "第一份通知", "甲", LocalDate.of(2026, 5, 1)));
        PortalFixture.Site other = fx.site("另一缓存县教育局");
        long elsewhere = fx.published(other, PortalFixture.content(fx.node(other, "通知公告").id(), "别处的通知", "乙",
                LocalDate.of(2026, 5, 1)));
        String[] urls = {"/o/" + site.slug(), "/o/" + site.slug() + "/catalog", "/o/" + site.slug() + "/catalog/" + notices.id(),
                "/o/" + site.slug() + "/feed.atom", "/sitemap.xml", "/documents/" + first, "/documents/" + elsewhere,
                "/o/" + other.slug()};
        for (String u : urls) {
            fetch(u);
            assertThat(fetch(u).getHeader("X-Page-Cache")).as(u).isEqualTo("hit");
        }
        long second = fx.published(site, PortalFixture.content(notices.id(), "第二份通知", "丙", LocalDate.of(2026, 5, 2)));

        for (String u : new String[]{urls[0], urls[1], urls[2], urls[3], urls[4]}) {
            MockHttpServletResponse r = fetch(u);
            assertThat(r.getHeader("X-Page-Cache")).as(u).isEqualTo("miss");
            if (u.endsWith("/sitemap.xml")) {
                assertThat(r.getContentAsString()).contains("/documents/" + second + "<");
            } else if (!u.endsWith("/catalog")) {
                assertThat(r.getContentAsString()).as(u).contains("第二份通知");
            }
        }
        assertThat(PortalPagesTest.countAfter(fetch(urls[1]).getContentAsString(), "通知公告")).isEqualTo("2");
        // Not shown on those pages, not evicted.
        assertThat(fetch("/documents/" + first).getHeader("X-Page-Cache")).isEqualTo("hit");
        assertThat(fetch("/documents/" + elsewhere).getHeader("X-Page-Cache")).isEqualTo("hit");
        assertThat(fetch("/o/" + other.slug()).getHeader("X-Page-Cache")).isEqualTo("hit");
    }

    @Test
    void withdrawingAndRemovingEvictTheDocumentAndThePagesLinkingToIt() throws Exception {
        long id = fx.published(site, PortalFixture.content(notices.id(), "会被撤回的通知", "撤回测试", LocalDate.of(2026, 5, 1)));
        long sibling = fx.published(site, PortalFixture.content(notices.id(), "同栏目的通知", "撤回测试", LocalDate.of(2026, 5, 2)));
        assertThat(fetch("/documents/" + sibling).getContentAsString()).contains("会被撤回的通知"); // related
        fetch("/documents/" + id);
        fetch("/o/" + site.slug());

        fx.withdraw(site, id);
        MockHttpServletResponse page = fetch("/documents/" + id);
        assertThat(page.getHeader("X-Page-Cache")).isEqualTo("miss");
        assertThat(page.getContentAsString()).contains("本信息已撤回");
        assertThat(fetch("/o/" + site.slug()).getContentAsString()).doesNotContain("会被撤回的通知");
        assertThat(fetch("/documents/" + sibling).getContentAsString()).doesNotContain("会被撤回的通知");

        fx.remove(site, id);
        assertThat(fetch("/documents/" + id).getStatus()).isEqualTo(410);
        assertThat(fetch("/sitemap.xml").getContentAsString()).doesNotContain("/documents/" + id + "<");
    }

    @Test
    void anotherNodesChangeReachesThisNodeThroughTheSignalsTable() throws Exception {
        String url = "/o/" + site.slug() + "/catalog";
        fetch(url);
        assertThat(fetch(url).getHeader("X-Page-Cache")).isEqualTo("hit");
        changes.poll(); // establishes the window start, if this is the first catch-up
        // Another node signalled a change of this organisation's site. The catch-up reads it from the table; its
        // notification arrives as well, and the signal is delivered once whichever comes first.
        jdbc.sql("insert into node_signal (origin, topic, subject) values ('another-node', 'site', ?)")
                .param(Long.toString(site.org().id())).update();
        changes.poll();
        signalsDrained();
        assertThat(fetch(url).getHeader("X-Page-Cache")).isEqualTo("miss");
        // Seen once, not evicted again by the next catch-up.
        changes.poll();
        signalsDrained();
        assertThat(fetch(url).getHeader("X-Page-Cache")).isEqualTo("hit");
    }

    @Test
    void pagesThatSetACookieOrFailAreNotCached() throws Exception {
        String url = "/o/" + site.slug() + "/guide?lang=en";
        assertThat(fetch(url).getHeader("X-Page-Cache")).isNull();
        assertThat(fetch(url).getHeader("X-Page-Cache")).isNull();
        assertThat(fetch("/o/no-such-site").getHeader("X-Page-Cache")).isNull();
    }

    @Test
    void readsAreCountedInMemoryOnHitsAndFlushedAsIncrements() throws Exception {
        long id = fx.published(site, PortalFixture.content(notices.id(), "阅读计数通知", "计数", LocalDate.of(2026, 5, 1)));
        reads.flush();
        for (int i = 0; i < 5; i++) {
            fetch("/documents/" + id);
        }
        mvc.perform(get("/documents/" + id).header("If-None-Match", fetch("/documents/" + id).getHeader("ETag")));
        assertThat(reads.pending(id)).isEqualTo(7);
        assertThat(reads.stored(id)).isZero();
        reads.flush();
        assertThat(reads.stored(id)).isEqualTo(7);
        // A second node flushes its own increments on top.
        ReadCounter otherNode = new ReadCounter(jdbc);
        otherNode.increment(id);
        otherNode.increment(id);
        otherNode.flush();
        assertThat(reads.stored(id)).isEqualTo(9);
        // The page shows the count as of its rendering: the next render, after a change, shows the nine.
        cache.evict(java.util.List.of(CacheTags.document(id)));
        assertThat(fetch("/documents/" + id).getContentAsString())
                .contains("阅读次数：9").contains("公开方式：主动公开");
    }

    @Test
    void aRenderThatStartedBeforeAnEvictionIsNotStored() {
        long before = cache.generation();
        cache.evict(java.util.List.of("org:-1"));
        cache.put("test-key", before, "old".getBytes(StandardCharsets.UTF_8), "text/html", java.util.List.of(),
                java.util.Set.of("org:-1"), null);
        assertThat(cache.get("test-key")).isNull();
    }
}
