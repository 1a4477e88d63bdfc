package org.gongkai.syndication;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.gongkai.identity.OrganisationKind;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.support.Fixtures;
import org.gongkai.support.PublishingSites;
import org.gongkai.support.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MockMvc;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Outside (non-Gongkai) sites as sources: an RSS/Atom feed or a page, proposed by staff, approved by the operator,
 * fetched only by the poller (here one whose allow-list holds the fixture server on loopback), cleaned by the
 * import cleaning, queued, re-posted through review with an honest attribution. The fixture server plays hostile
 * sources: scripts, a title with markup, a script link, emoji stuffing, an oversized feed, redirects to loopback and
 * to 169.254.169.254, GBK declared and GBK undeclared, a slow answer, something that is no feed, an XXE attempt.
 */
@IntegrationTest
class OutsideSourcesTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired SyndicationFixture fx;
    @Autowired RemoteStore store;
    @Autowired RemoteCleaning cleaning;
    @Autowired RemotePoller springPoller;
    @Autowired RemoteSources sources;
    @Autowired ApplicationEventPublisher events;

    final String run = UUID.randomUUID().toString().substring(0, 8);
    final Map<String, byte[]> bodies = new ConcurrentHashMap<>();
    final Map<String, String> types = new ConcurrentHashMap<>();
    final Map<String, Integer> statuses = new ConcurrentHashMap<>();
    final AtomicInteger fresh = new AtomicInteger();
    HttpServer server;
    String origin;
    RemotePoller poller;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::serve);
        server.start();
        int port = server.getAddress().getPort();
        origin = "http://127.0.0.1:" + port;
        poller = new RemotePoller(store, new RemoteFetcher(64 * 1024, Duration.ofSeconds(3),
                List.of("127.0.0.1:" + port)), cleaning, events);
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void serve(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        if (path.equals("/slow.xml")) {
            try {
                Thread.sleep(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (path.startsWith("/to-loopback")) {
            ex.getResponseHeaders().add("Location", origin + "/feed.xml");
            ex.sendResponseHeaders(302, -1);
        } else if (path.startsWith("/to-metadata")) {
            ex.getResponseHeaders().add("Location", "http://169.254.169.254/latest/meta-data/");
            ex.sendResponseHeaders(302, -1);
        } else if (statuses.containsKey(path)) {
            ex.sendResponseHeaders(statuses.get(path), -1);
        } else {
            byte[] body = bodies.getOrDefault(path, new byte[0]);
            ex.getResponseHeaders().add("Content-Type", types.getOrDefault(path, "application/rss+xml"));
            ex.sendResponseHeaders(body.length == 0 ? 404 : 200, body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                ex.getResponseBody().write(body);
            }
        }
        ex.close();
    }

    static String item(String title, String link, String description) {
        return "<item><title>" + title + "</title><link>" + link + "</link><guid>" + link + "</guid>"
                + "<pubDate>Mon, 30 Nov 2026 09:00:00 +0800</pubDate><description><![CDATA[" + description
                + "]]></description></item>";
    }

    static String rss(String encoding, String... items) {
        return "<?xml version=\"1.0\" encoding=\"" + encoding + "\"?><rss version=\"2.0\"><channel><title>省教育厅</title>"
                + String.join("", items) + "</channel></rss>";
    }

    long approved(PublishingSites.Site s, String kind, String url, StaffUser operator) {
        long id = sources.proposeOutside(s.editor(), kind, url, "外部网站" + run + url.hashCode());
        sources.decide(operator, id, true, null);
        return id;
    }

    List<String> reasons(long sourceId) {
        return store.trail(sourceId, 100).stream().map(RemoteFetch::reason).toList();
    }

    String admin(StaffUser u, String path) throws Exception {
        return mvc.perform(get(path).with(fixtures.as(u))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    @Test
    void anOutsideFeedIsApprovedCleanedQueuedAndRepostedWithAnHonestAttribution() throws Exception {
        PublishingSites.Site county = fx.site("外部订阅县教育局" + run, null, OrganisationKind.COUNTY);
        PublishingSites.Site other = fx.site("外部无关县教育局" + run, null, OrganisationKind.COUNTY);
        StaffUser operator = fixtures.staff(other.org().id(), Role.SYSTEM_ADMIN);
        String good = "关于做好冬季校园安全工作的通知" + run;
        String scripted = "关于开展读书月活动的通知" + run;
        bodies.put("/feed.xml", rss("UTF-8",
                item(good, "https://jyt.example.gov.cn/a/1.html",
                        "<p>各市、县教育局：</p><p>请做好冬季校园安全工作。</p><p>某省教育厅</p>"),
                item(scripted, "https://jyt.example.gov.cn/a/2.html",
                        "<p>请组织开展读书月活动。</p><script>alert(document.cookie)</script>"
                                + "<p onclick=\"alert(2)\">各校认真落实。</p><iframe src=\"https://evil.example/\"></iframe>"),
                item("&lt;img src=x onerror=alert(1)&gt;标题" + run, "https://jyt.example.gov.cn/a/3.html", "<p>正文。</p>"),
                item("链接是脚本" + run, "javascript:alert(1)", "<p>正文。</p>"),
                item("夹带文件" + run, "https://jyt.example.gov.cn/a/5.html", "<p>各单位：请做好工作🎰🎰🎰。</p>"))
                .getBytes(StandardCharsets.UTF_8));

        // the form: CSRF, a message per bad field, the operator's approval before anything is fetched
        mvc.perform(post("/admin/syndication/remote/outside").with(fixtures.as(county.editor()))
                .param("kind", "FEED").param("sourceUrl", origin + "/feed.xml")).andExpect(status().isForbidden());
        Document bad = Jsoup.parse(mvc.perform(post("/admin/syndication/remote/outside").with(fixtures.as(county.editor()))
                        .with(csrf()).param("kind", "SHELL").param("sourceUrl", "javascript:alert(1)")
                        .param("outsideLabel", " ")).andExpect(status().isBadRequest()).andReturn().getResponse()
                .getContentAsString());
        assertThat(bad.select("#kind-error, #sourceUrl-error, #outsideLabel-error")).hasSize(3);
        assertThat(bad.select("#sourceUrl-error").text()).contains("http://");
        String location = mvc.perform(post("/admin/syndication/remote/outside").with(fixtures.as(county.editor()))
                        .with(csrf()).param("kind", "FEED").param("sourceUrl", origin + "/feed.xml")
                        .param("outsideLabel", "某省教育厅网站<script>alert(1)</script>"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long sourceId = Long.parseLong(location.replaceAll(".*/sources/(\\d+).*", "$1"));
        poller.poll(sourceId);
        assertThat(store.trail(sourceId, 10)).isEmpty(); // not approved: not fetched
        Document approvals = Jsoup.parse(admin(operator, "/admin/syndication/remote/approvals"));
        assertThat(approvals.text()).contains("外部网站 RSS/Atom 订阅源", origin + "/feed.xml");
        assertThat(approvals.select("script:containsData(alert(1))")).isEmpty();
        sources.decide(operator, sourceId, true, null);

        poller.poll(sourceId);
        List<RemoteFetch> polled = store.trail(sourceId, 100);
        assertThat(reasons(sourceId)).as(polled.toString()).hasSize(5).contains("MARKUP", "FIELDS", "CLEANING")
                .filteredOn(r -> r.startsWith("OUTSIDE")).hasSize(2);
        assertThat(polled.stream().filter(t -> t.detail().startsWith(scripted)).findFirst().orElseThrow())
                .satisfies(t -> {
                    assertThat(t.reason()).isEqualTo("OUTSIDE_CLEANED");
                    assertThat(t.detail()).contains("HTML_CHROME");
                });
        List<RemoteItem> items = store.list(county.org().id(), 1, 20).items();
        assertThat(items).extracting(RemoteItem::title).containsExactlyInAnyOrder(good, scripted);
        RemoteItem cleaned = items.stream().filter(i -> i.title().equals(scripted)).findFirst().orElseThrow();
        assertThat(cleaned.bodyHtml()).contains("请组织开展读书月活动。").doesNotContain("script", "onclick", "iframe");
        assertThat(cleaned.verified()).isFalse();
        poller.poll(sourceId); // nothing twice
        assertThat(store.list(county.org().id(), 1, 20).total()).isEqualTo(2);

        // the one item page: origin, the original's address (nofollow), the fingerprint; other counties 404
        RemoteItem first = items.stream().filter(i -> i.title().equals(good)).findFirst().orElseThrow();
        Document detail = Jsoup.parse(admin(county.editor(), first.adminPath()));
        assertThat(detail.select("a[rel~=nofollow]").attr("href")).isEqualTo("https://jyt.example.gov.cn/a/1.html");
        assertThat(detail.select("code").text()).isEqualTo(first.contentHash());
        mvc.perform(get(first.adminPath()).with(fixtures.as(other.editor()))).andExpect(status().isNotFound());
        Document overview = Jsoup.parse(admin(county.editor(), "/admin/syndication/remote"));
        assertThat(overview.select("tbody th a").eachText()).contains(good, scripted);

        // re-post the cleaned one through review; public only once published, attributed, said to be unverified
        mvc.perform(post(cleaned.adminPath() + "/repost").with(fixtures.as(county.editor())).with(csrf())
                .param("column", String.valueOf(county.node()))).andExpect(status().is3xxRedirection());
        long copy = store.item(cleaned.id()).orElseThrow().repostDocumentId();
        assertThat(fx.editionStatus(copy)).isEqualTo("SUBMITTED");
        assertThat(mvc.perform(get("/documents/" + copy)).andReturn().getResponse().getStatus()).isEqualTo(404);
        fx.approveAndPublish(county, copy);
        Document page = Jsoup.parse(mvc.perform(get("/documents/" + copy + "?fresh=" + run)).andReturn().getResponse()
                .getContentAsString());
        assertThat(page.select(".repost.remote").text()).contains("转载", "无法通过透明日志核验").doesNotContain("与原文一致");
        assertThat(page.select(".repost.remote a[rel~=nofollow]").attr("href")).isEqualTo("https://jyt.example.gov.cn/a/2.html");
        assertThat(page.select("script:containsData(document.cookie), [onclick], iframe")).isEmpty();

        // the source changes the entry's text: flagged at the next poll, banner on the re-post
        bodies.put("/feed.xml", rss("UTF-8", item(scripted, "https://jyt.example.gov.cn/a/2.html",
                "<p>读书月活动延期举行。</p>")).getBytes(StandardCharsets.UTF_8));
        poller.poll(sourceId);
        assertThat(store.item(cleaned.id()).orElseThrow().sourceChange()).isEqualTo(SourceChange.AMENDED);
        assertThat(Jsoup.parse(mvc.perform(get("/documents/" + copy + "?again=" + run)).andReturn().getResponse()
                .getContentAsString()).select("div.banner.repost.remote").text()).contains("原文已修订");

        // the application's own poller has no allow-list: the loopback source is refused outright
        springPoller.poll(sourceId);
        assertThat(store.trail(sourceId, 1).get(0).reason()).isEqualTo("PRIVATE_ADDRESS");
    }

    @Test
    void hostileOutsideSourcesAreRefusedWithAClearReasonAndAPageIsWatched() throws Exception {
        PublishingSites.Site county = fx.site("外部恶意县教育局" + run, null, OrganisationKind.COUNTY);
        StaffUser operator = fixtures.staff(county.org().id(), Role.SYSTEM_ADMIN);
        String gbkTitle = "关于印发学校食堂管理办法的通知" + run;
        bodies.put("/gbk.xml", rss("GBK", item(gbkTitle, "https://jyt.example.gov.cn/b/1.html", "<p>各地：请遵照执行。</p>"))
                .getBytes(Charset.forName("GBK")));
        bodies.put("/lying.xml", rss("UTF-8", item("编码不符" + run, "https://jyt.example.gov.cn/b/2.html", "<p>正文</p>"))
                .getBytes(Charset.forName("GBK")));
        bodies.put("/big.xml", rss("UTF-8", item("超大" + run, "https://jyt.example.gov.cn/b/3.html",
                "<p>" + "很长的正文。".repeat(12_000) + "</p>")).getBytes(StandardCharsets.UTF_8));
        bodies.put("/slow.xml", rss("UTF-8").getBytes(StandardCharsets.UTF_8));
        bodies.put("/html.xml", "<html><body><p>这不是订阅源</p></body></html>".getBytes(StandardCharsets.UTF_8));
        bodies.put("/broken.xml", "<rss><channel><item><title>未闭合的条目".getBytes(StandardCharsets.UTF_8));
        bodies.put("/xxe.xml", ("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<rss><channel><item><title>&xxe;</title><link>https://x.example/1</link></item></channel></rss>")
                .getBytes(StandardCharsets.UTF_8));
        Map<String, String> expected = new java.util.LinkedHashMap<>();
        expected.put("/lying.xml", "ENCODING");
        expected.put("/big.xml", "TOO_LARGE");
        expected.put("/to-loopback.xml", "REDIRECT_REFUSED");
        expected.put("/to-metadata.xml", "REDIRECT_REFUSED");
        expected.put("/slow.xml", "TIMEOUT");
        expected.put("/html.xml", "MALFORMED");
        expected.put("/broken.xml", "FIELDS");
        expected.put("/xxe.xml", "DOCTYPE");
        for (var e : expected.entrySet()) {
            long id = approved(county, "FEED", origin + e.getKey(), operator);
            poller.poll(id);
            assertThat(reasons(id)).as(e.getKey() + " " + store.trail(id, 10)).containsExactly(e.getValue());
        }
        long metadata = store.sourcesOf(county.org().id()).stream()
                .filter(s -> s.sourceUrl().endsWith("/to-metadata.xml")).findFirst().orElseThrow().id();
        assertThat(store.trail(metadata, 1).get(0).detail()).contains("169.254.169.254", "not a public address");
        // GBK, declared as such, is read
        long gbk = approved(county, "FEED", origin + "/gbk.xml", operator);
        poller.poll(gbk);
        assertThat(reasons(gbk)).containsExactly("OUTSIDE");
        assertThat(store.list(county.org().id(), 1, 20).items()).extracting(RemoteItem::title).containsExactly(gbkTitle);
        // the trail says it in words
        Document trail = Jsoup.parse(admin(county.editor(), "/admin/syndication/remote/sources/" + metadata));
        assertThat(trail.text()).contains("拒绝跳转");

        // a page: cleaned (scripts and navigation out), watched for changes and for removal
        String pageTitle = "关于公布2026年义务教育招生结果的公告" + run;
        bodies.put("/notice.html", ("<html><head><meta charset=\"utf-8\"><title>" + pageTitle + "</title>"
                + "<script>alert(1)</script></head><body><nav>首页 | 通知公告</nav><h1>" + pageTitle + "</h1>"
                + "<p>现将招生结果公布如下。</p><p>某市教育局</p><p>2026年11月30日</p></body></html>")
                .getBytes(StandardCharsets.UTF_8));
        types.put("/notice.html", "text/html; charset=utf-8");
        long page = approved(county, "PAGE", origin + "/notice.html", operator);
        poller.poll(page);
        assertThat(reasons(page)).hasSize(1).first().isIn("OUTSIDE", "OUTSIDE_CLEANED");
        RemoteItem item = store.list(county.org().id(), 1, 20).items().stream()
                .filter(i -> i.sourceId() == page).findFirst().orElseThrow();
        assertThat(item.title()).isEqualTo(pageTitle);
        assertThat(item.bodyHtml()).contains("现将招生结果公布如下").doesNotContain("alert");
        poller.poll(page);
        assertThat(store.item(item.id()).orElseThrow().sourceChange()).isNull();
        statuses.put("/notice.html", 410);
        poller.poll(page);
        assertThat(store.item(item.id()).orElseThrow().sourceChange()).isEqualTo(SourceChange.REMOVED);
    }
}
