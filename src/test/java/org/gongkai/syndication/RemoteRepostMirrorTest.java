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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Between instances (ADR 0052). The other instance is this application seen through a loopback relay, as in
 * {@link RemoteSyndicationTest}. The source's mirror check recognises the subscriber's published re-post page as a
 * faithful re-post by the hashes and proof in its attribution; the same page with its text changed is a tampered
 * re-post; with a leaf or content hash the source's log does not hold, unverifiable. When the source amends the
 * original, the next poll updates the re-post by policy (a new edition, through review); until that is published the
 * old page names an edition that is no longer current.
 */
@IntegrationTest
class RemoteRepostMirrorTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired SyndicationFixture fx;
    @Autowired RemoteStore store;
    @Autowired RemoteCleaning cleaning;
    @Autowired RemoteSources sources;
    @Autowired RepostRules rules;
    @Autowired RuleRunner runner;
    @Autowired Repost repost;
    @Autowired ApplicationEventPublisher events;
    @Autowired JdbcClient jdbc;

    final String run = UUID.randomUUID().toString().substring(0, 8);
    final AtomicInteger fresh = new AtomicInteger();
    HttpServer server;
    String origin;
    RemotePoller poller;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::relay);
        server.start();
        int port = server.getAddress().getPort();
        origin = "http://127.0.0.1:" + port;
        poller = new RemotePoller(store, new RemoteFetcher(64 * 1024, Duration.ofSeconds(5),
                List.of("127.0.0.1:" + port)), cleaning, events, runner);
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void relay(HttpExchange ex) throws IOException {
        byte[] body;
        int code;
        try {
            MockHttpServletResponse r = mvc.perform(get(ex.getRequestURI().getPath())).andReturn().getResponse();
            body = r.getContentAsByteArray();
            code = r.getStatus();
            ex.getResponseHeaders().add("Content-Type", String.valueOf(r.getContentType()));
        } catch (Exception e) {
            body = new byte[0];
            code = 500;
        }
        ex.sendResponseHeaders(code, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            ex.getResponseBody().write(body);
        }
        ex.close();
    }

    /** The leaf hash of the document's latest PUBLISHED leaf once it differs from {@code not} (appended async). */
    String leaf(long documentId, String not) throws Exception {
        for (int i = 0; i < 300; i++) {
            MockHttpServletResponse r = mvc.perform(get("/api/v1/public/transparency/documents/" + documentId + "/latest"))
                    .andReturn().getResponse();
            if (r.getStatus() == 200) {
                var n = JSON.readTree(r.getContentAsString(StandardCharsets.UTF_8));
                String hash = n.get("inclusion").get("leafHash").asString();
                if (n.get("leaf").get("kind").asString().equals("PUBLISHED") && !hash.equals(not)) {
                    return hash;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no new PUBLISHED leaf for document " + documentId);
    }

    String check(String page) throws Exception {
        String address = "10.78." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);
        return Jsoup.parse(mvc.perform(multipart("/mirror-check").file(new MockMultipartFile("file", "repost.html",
                                "text/html", page.getBytes(StandardCharsets.UTF_8))).with(csrf())
                        .with(r -> { r.setRemoteAddr(address); return r; }))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .text();
    }

    String publicPage(long id) throws Exception {
        return mvc.perform(get("/documents/" + id + "?fresh" + fresh.incrementAndGet() + "=" + run)).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theMirrorCheckKnowsAFaithfulRepostAndTheRepostFollowsAnAmendment() throws Exception {
        PublishingSites.Site source = fx.site("镜像源教育厅" + run, null, OrganisationKind.PROVINCE);
        PublishingSites.Site county = fx.site("镜像县教育局" + run, null, OrganisationKind.COUNTY);
        StaffUser operator = fixtures.staff(county.org().id(), Role.SYSTEM_ADMIN);
        StaffUser publisherEditor = fixtures.staff(county.org().id(), Role.PUBLISHER, Role.EDITOR);
        rules.setPolicy(publisherEditor, "FLAG", "UPDATE");
        String title = "关于做好寒假安全工作的通知" + run;
        long doc = fx.published(source, SyndicationFixture.content(source, title,
                "<p>各市教育局：</p><p>请做好寒假安全工作，于1月10日前报送排查情况。</p>").build());
        String firstLeaf = leaf(doc, null);
        String pem = JSON.readTree(mvc.perform(get("/api/v1/public/transparency/public-key")).andReturn().getResponse()
                .getContentAsString()).get("pem").asString();
        long sourceId = sources.propose(county.editor(), origin, source.org().slug(),
                org.gongkai.transparency.RemoteEditionCheck.keyId(pem), "镜像源平台" + run);
        sources.decide(operator, sourceId, true, null);
        poller.poll(sourceId);
        RemoteItem item = store.list(county.org().id(), 1, 20).items().get(0);
        assertThat(item.leafHash()).isEqualTo(firstLeaf);
        long copy = repost.repost(county.editor(), QueueKind.REMOTE, item.id(), String.valueOf(county.node()));
        fx.approveAndPublish(county, copy);

        // the re-post's page shows the original's edition by hash
        String page = publicPage(copy);
        Document d = Jsoup.parse(page);
        assertThat(d.select(".repost.remote .source-leaf").text()).isEqualTo(firstLeaf);
        assertThat(d.select(".repost.remote .source-content").text()).isEqualTo(item.contentHash());

        // faithful: the source's log holds the leaf, the proof verifies, the content hash is the leaf's, same text
        assertThat(check(page)).contains("经核验的转载", "一致：与本平台发布的文件相同", "第 1 版")
                .doesNotContain("被改动的副本");
        // tampered: the same evidence over changed text
        assertThat(check(page.replace("1月10日", "1月30日"))).contains("自称经核验的转载，但已被改动", "被改动的副本");
        // unverifiable: a leaf the source's log does not hold, or a content hash that is not the leaf's
        String otherHash = "ab".repeat(32);
        assertThat(check(page.replace(firstLeaf, otherHash))).contains("转载证据无法核验")
                .doesNotContain("经核验的转载：");
        assertThat(check(page.replace(item.contentHash(), otherHash))).contains("转载证据无法核验");

        // the source amends the original; the next poll flags the re-post and, by policy, starts its new edition
        fx.amend(source, doc, SyndicationFixture.content(source, title,
                "<p>各市教育局：</p><p>请做好寒假安全工作，于1月15日前报送排查情况和台账。</p>").build());
        String secondLeaf = leaf(doc, firstLeaf);
        assertThat(check(page)).contains("转载的是旧版本");
        poller.poll(sourceId);
        RemoteItem updated = store.item(item.id()).orElseThrow();
        assertThat(updated.sourceChange()).isEqualTo(SourceChange.AMENDED);
        assertThat(updated.leafHash()).isEqualTo(secondLeaf);
        assertThat(fx.editionStatus(copy)).isEqualTo("SUBMITTED");
        Document pending = Jsoup.parse(publicPage(copy));
        assertThat(pending.select(".body-html").text()).contains("1月10日");
        assertThat(pending.select("div.banner.repost").text()).contains("修订");
        poller.poll(sourceId); // a further poll starts nothing twice
        assertThat(jdbc.sql("select count(*) from edition where document_id = ?").param(copy).query(Long.class).single())
                .isEqualTo(2);

        fx.approveAndPublish(county, copy);
        String after = publicPage(copy);
        Document a = Jsoup.parse(after);
        assertThat(a.select(".body-html").text()).contains("1月15日", "台账");
        assertThat(a.select("div.banner.repost")).isEmpty();
        assertThat(a.select(".repost.remote .source-leaf").text()).isEqualTo(secondLeaf);
        assertThat(store.item(item.id()).orElseThrow().sourceChange()).isNull();
        assertThat(check(after)).contains("经核验的转载", "第 2 版");
    }
}
