package org.gongkai.syndication;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.gongkai.document.Validity;
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
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Re-posting between instances. The "other instance" is this application seen through a fixture HTTP server on
 * loopback: by default it relays each request to the application's own public feed and transparency API, and for
 * chosen paths it answers what a hostile source would (an oversized body, a wrong hash, a forged proof or
 * signature, a script in the text, redirects to loopback and to 169.254.169.254, bytes that are not UTF-8, a slow
 * answer, another key). The poller under test is built with the fixture's host:port on its allow-list.
 */
@IntegrationTest
class RemoteSyndicationTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired SyndicationFixture fx;
    @Autowired RemoteStore store;
    @Autowired RemoteCleaning cleaning;
    @Autowired RemotePoller springPoller;
    @Autowired RemoteSources sources;
    @Autowired ApplicationEventPublisher events;
    @Autowired JdbcClient jdbc;

    final String run = UUID.randomUUID().toString().substring(0, 8);
    final AtomicInteger fresh = new AtomicInteger();
    final Map<String, Function<HttpExchange, Answer>> overrides = new ConcurrentHashMap<>();
    HttpServer server;
    String origin;
    RemotePoller poller;

    record Answer(int status, Map<String, String> headers, byte[] body) {
        static Answer json(String s) {
            return new Answer(200, Map.of("Content-Type", "application/json"), s.getBytes(StandardCharsets.UTF_8));
        }

        static Answer redirect(String to) {
            return new Answer(302, Map.of("Location", to), new byte[0]);
        }
    }

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::serve);
        server.start();
        int port = server.getAddress().getPort();
        origin = "http://127.0.0.1:" + port;
        poller = new RemotePoller(store, new RemoteFetcher(64 * 1024, Duration.ofSeconds(5),
                List.of("127.0.0.1:" + port)), cleaning, events);
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void serve(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        Answer a;
        try {
            a = overrides.containsKey(path) ? overrides.get(path).apply(ex) : relay(path);
        } catch (Exception e) {
            a = new Answer(500, Map.of(), new byte[0]);
        }
        a.headers().forEach((k, v) -> ex.getResponseHeaders().add(k, v));
        ex.sendResponseHeaders(a.status(), a.body().length == 0 ? -1 : a.body().length);
        if (a.body().length > 0) {
            ex.getResponseBody().write(a.body());
        }
        ex.close();
    }

    private Answer relay(String path) throws Exception {
        MockHttpServletResponse r = mvc.perform(get(path)).andReturn().getResponse();
        return new Answer(r.getStatus(), Map.of("Content-Type", String.valueOf(r.getContentType())),
                r.getContentAsByteArray());
    }

    /** The application's proof answer for the document once its latest leaf has the kind (appended asynchronously). */
    String proof(long documentId, String kind) throws Exception {
        for (int i = 0; i < 300; i++) {
            MockHttpServletResponse r = mvc.perform(get(proofPath(documentId))).andReturn().getResponse();
            if (r.getStatus() == 200) {
                String body = r.getContentAsString(StandardCharsets.UTF_8);
                if (JSON.readTree(body).get("leaf").get("kind").asString().equals(kind)) {
                    return body;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no " + kind + " leaf for document " + documentId);
    }

    static String proofPath(long documentId) {
        return "/api/v1/public/transparency/documents/" + documentId + "/latest";
    }

    String keyId() throws Exception {
        String pem = JSON.readTree(mvc.perform(get("/api/v1/public/transparency/public-key")).andReturn().getResponse()
                .getContentAsString()).get("pem").asString();
        return org.gongkai.transparency.RemoteEditionCheck.keyId(pem);
    }

    String page(String path) throws Exception {
        return mvc.perform(get(path + "?fresh" + fresh.incrementAndGet() + "=" + run)).andReturn().getResponse()
                .getContentAsString();
    }

    String admin(StaffUser u, String path) throws Exception {
        return mvc.perform(get(path).with(fixtures.as(u))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    long approvedSource(PublishingSites.Site subscriber, String slug, String keyId, StaffUser operator) {
        long id = sources.propose(subscriber.editor(), origin, slug, keyId, "对方平台" + run);
        sources.decide(operator, id, true, null);
        return id;
    }

    List<String> reasons(long sourceId) {
        return store.trail(sourceId, 100).stream().map(RemoteFetch::reason).toList();
    }

    @Test
    void anotherInstancesDocumentIsProposedApprovedVerifiedRepostedAndFlaggedAtTheNextPoll() throws Exception {
        PublishingSites.Site source = fx.site("远端教育厅" + run, null, OrganisationKind.PROVINCE);
        PublishingSites.Site county = fx.site("订阅县教育局" + run, null, OrganisationKind.COUNTY);
        PublishingSites.Site other = fx.site("无关县教育局" + run, null, OrganisationKind.COUNTY);
        StaffUser operator = fixtures.staff(other.org().id(), Role.SYSTEM_ADMIN);
        String title = "关于做好寒假安全工作的通知" + run;
        long doc = fx.published(source, SyndicationFixture.content(source, title,
                "<p>各市教育局：</p><p>请做好寒假安全工作。</p>").build());
        long second = fx.published(source, SyndicationFixture.content(source, "关于课后服务的通知" + run,
                "<p>请做好课后服务。</p>").build());
        String leafHash = JSON.readTree(proof(doc, "PUBLISHED")).get("inclusion").get("leafHash").asString();
        proof(second, "PUBLISHED");
        String keyId = keyId();

        // the form: CSRF, a message per bad field, then proposed
        mvc.perform(post("/admin/syndication/remote/sources").with(fixtures.as(county.editor()))
                .param("baseUrl", origin)).andExpect(status().isForbidden());
        Document bad = Jsoup.parse(mvc.perform(post("/admin/syndication/remote/sources").with(fixtures.as(county.editor()))
                        .with(csrf()).param("baseUrl", "ftp://x/y").param("slug", "Bad Slug").param("keyId", "12")
                        .param("label", " ")).andExpect(status().isBadRequest()).andReturn().getResponse()
                .getContentAsString());
        assertThat(bad.select("#baseUrl-error").text()).contains("http(s)");
        assertThat(bad.select("#slug-error, #keyId-error, #label-error")).hasSize(3);
        assertThat(bad.select("[role=alert] a[href=#baseUrl]")).hasSize(1);
        mvc.perform(post("/admin/syndication/remote/sources").with(fixtures.as(county.editor())).with(csrf())
                        .param("baseUrl", origin + "/").param("slug", source.org().slug()).param("keyId", keyId.toUpperCase())
                        .param("label", "远端平台<script>alert(1)</script>"))
                .andExpect(status().is3xxRedirection());
        long sourceId = store.sourcesOf(county.org().id()).get(0).id();
        assertThat(store.source(sourceId).orElseThrow().baseUrl()).isEqualTo(origin);

        // nothing is fetched before approval; only the operator approves
        poller.poll(sourceId);
        assertThat(store.trail(sourceId, 10)).isEmpty();
        mvc.perform(post("/admin/syndication/remote/sources/" + sourceId + "/decision").with(fixtures.as(county.publisher()))
                .with(csrf()).param("decision", "approve")).andExpect(status().isForbidden());
        mvc.perform(get("/admin/syndication/remote/sources/" + sourceId).with(fixtures.as(other.editor())))
                .andExpect(status().isNotFound());
        Document approvals = Jsoup.parse(admin(operator, "/admin/syndication/remote/approvals"));
        assertThat(approvals.select("tbody th a").eachText()).contains("远端平台<script>alert(1)</script>");
        assertThat(approvals.select("script:containsData(alert(1))")).isEmpty();
        mvc.perform(post("/admin/syndication/remote/sources/" + sourceId + "/decision").with(fixtures.as(operator))
                .with(csrf()).param("decision", "reject")).andExpect(status().isBadRequest());
        mvc.perform(post("/admin/syndication/remote/sources/" + sourceId + "/decision").with(fixtures.as(operator))
                .with(csrf()).param("decision", "approve")).andExpect(status().is3xxRedirection());
        long audited = 0;
        for (int i = 0; i < 100 && audited == 0; i++) {
            audited = jdbc.sql("select count(*) from audit_entry where action = 'syndication.remote.approved' and target_id = ?")
                    .param(String.valueOf(sourceId)).query(Long.class).single();
            Thread.sleep(audited == 0 ? 100 : 0);
        }
        assertThat(audited).isEqualTo(1);

        // the scheduled poll (called here): both documents verified and queued with their evidence
        poller.poll(sourceId);
        assertThat(reasons(sourceId)).containsOnly("VERIFIED").hasSize(2);
        RemoteItem item = store.list(county.org().id(), 1, 20).items().stream()
                .filter(i -> i.remoteDocumentId() == doc).findFirst().orElseThrow();
        assertThat(item.leafHash()).isEqualTo(leafHash);
        assertThat(org.gongkai.transparency.RemoteEditionCheck.matches(item.canonicalJson(), item.contentHash())).isTrue();
        poller.poll(sourceId); // a second poll queues nothing twice
        assertThat(store.list(county.org().id(), 1, 20).total()).isEqualTo(2);

        Document detail = Jsoup.parse(admin(county.editor(), "/admin/syndication/remote/items/" + item.id()));
        assertThat(detail.text()).contains(item.contentHash(), source.org().name());
        mvc.perform(get("/admin/syndication/remote/items/" + item.id()).with(fixtures.as(other.editor())))
                .andExpect(status().isNotFound());
        Document overview = Jsoup.parse(admin(county.editor(), "/admin/syndication/remote"));
        assertThat(overview.select("tbody th a").eachText()).contains(title);

        // re-post through review: 400 without a column, then SUBMITTED, public only once published
        mvc.perform(post("/admin/syndication/remote/items/" + item.id() + "/repost").with(fixtures.as(county.editor()))
                .with(csrf())).andExpect(status().isBadRequest());
        mvc.perform(post("/admin/syndication/remote/items/" + item.id() + "/repost").with(fixtures.as(county.editor()))
                .with(csrf()).param("column", String.valueOf(county.node()))).andExpect(status().is3xxRedirection());
        long copy = store.item(item.id()).orElseThrow().repostDocumentId();
        assertThat(fx.editionStatus(copy)).isEqualTo("SUBMITTED");
        assertThat(mvc.perform(get("/documents/" + copy)).andReturn().getResponse().getStatus()).isEqualTo(404);
        fx.approveAndPublish(county, copy);
        Document page = Jsoup.parse(page("/documents/" + copy));
        assertThat(page.select(".repost.remote").text()).contains("转载", source.org().name(), "与原文一致", "127.0.0.1",
                item.contentHash());
        assertThat(page.select(".repost.remote a[rel~=nofollow]").attr("href")).isEqualTo(origin + "/documents/" + doc);
        assertThat(page.select("div.banner.repost")).isEmpty();

        // the source withdraws the first and repeals the second: flagged at the next poll, banner shown
        fx.withdraw(source, doc, "停止执行");
        proof(doc, "WITHDRAWN");
        fx.amend(source, second, SyndicationFixture.content(source, "关于课后服务的通知" + run, "<p>请做好课后服务。</p>")
                .validity(Validity.REPEALED).repealedOn(LocalDate.of(2026, 6, 1)).build());
        poller.poll(sourceId);
        assertThat(store.item(item.id()).orElseThrow().sourceChange()).isEqualTo(SourceChange.WITHDRAWN);
        assertThat(store.list(county.org().id(), 1, 20).items().stream().filter(i -> i.remoteDocumentId() == second)
                .findFirst().orElseThrow().sourceChange()).isEqualTo(SourceChange.REPEALED);
        assertThat(Jsoup.parse(page("/documents/" + copy)).select("div.banner.repost.remote").text())
                .contains("已被发布机关撤回");
        poller.poll(sourceId);
        assertThat(reasons(sourceId).stream().filter(r -> r.equals("WITHDRAWN") || r.equals("REPEALED"))).hasSize(2);
        Document trail = Jsoup.parse(admin(county.editor(), "/admin/syndication/remote/sources/" + sourceId));
        assertThat(trail.text()).contains("原文已撤回", "原文已废止或失效", "哈希与包含证明核验通过");
        // a flagged queued item can no longer be re-posted
        long repealed = store.list(county.org().id(), 1, 20).items().stream().filter(i -> i.remoteDocumentId() == second)
                .findFirst().orElseThrow().id();
        mvc.perform(post("/admin/syndication/remote/items/" + repealed + "/repost").with(fixtures.as(county.editor()))
                .with(csrf()).param("column", String.valueOf(county.node()))).andExpect(status().isConflict());
    }

    @Test
    void aHostileSourceGetsNothingInAndEveryRefusalIsRecordedWithItsReason() throws Exception {
        PublishingSites.Site source = fx.site("恶意来源厅" + run, null, OrganisationKind.PROVINCE);
        PublishingSites.Site county = fx.site("受害县教育局" + run, null, OrganisationKind.COUNTY);
        StaffUser operator = fixtures.staff(county.org().id(), Role.SYSTEM_ADMIN);
        long good = fx.published(source, SyndicationFixture.content(source, "正常文件" + run, "<p>正文。</p>").build());
        long hashed = fx.published(source, SyndicationFixture.content(source, "被改标题" + run, "<p>正文。</p>").build());
        long forged = fx.published(source, SyndicationFixture.content(source, "伪造证明" + run, "<p>正文。</p>").build());
        long signed = fx.published(source, SyndicationFixture.content(source, "伪造签名" + run, "<p>正文。</p>").build());
        long scripted = fx.published(source, SyndicationFixture.content(source,
                "关于通知<script>alert(1)</script>" + run, "<p>正文。</p>").build());
        long stuffed = fx.published(source, SyndicationFixture.content(source, "夹带文件" + run,
                "<p>各单位：请做好工作🎰🎰🎰。</p>").build());
        for (long d : new long[]{good, hashed, forged, signed, scripted, stuffed}) {
            proof(d, "PUBLISHED");
        }
        long big = 990_000_001L;
        long toLoopback = 990_000_002L;
        long toMetadata = 990_000_003L;
        long gbk = 990_000_004L;
        long slow = 990_000_005L;
        long other = 990_000_006L;
        long[] listed = {good, hashed, forged, signed, scripted, stuffed, big, toLoopback, toMetadata, gbk, slow, other};
        StringBuilder feed = new StringBuilder("<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">");
        for (long d : listed) {
            feed.append("<entry><link rel=\"alternate\" href=\"").append(origin).append("/documents/").append(d)
                    .append("\"/></entry>");
        }
        String slug = source.org().slug();
        overrides.put("/o/" + slug + "/feed.atom", ex -> new Answer(200, Map.of("Content-Type", "application/atom+xml"),
                feed.append("</feed>").toString().getBytes(StandardCharsets.UTF_8)));

        ObjectNode h = (ObjectNode) JSON.readTree(proof(hashed, "PUBLISHED"));
        ((ObjectNode) h.get("edition")).put("title", "被篡改的标题" + run);
        overrides.put(proofPath(hashed), ex -> Answer.json(h.toString()));
        ObjectNode f = (ObjectNode) JSON.readTree(proof(forged, "PUBLISHED"));
        ArrayNode path = (ArrayNode) f.get("inclusion").get("auditPath");
        path.insert(0, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(run.getBytes())));
        overrides.put(proofPath(forged), ex -> Answer.json(f.toString()));
        ObjectNode s = (ObjectNode) JSON.readTree(proof(signed, "PUBLISHED"));
        ObjectNode head = (ObjectNode) s.get("inclusion").get("treeHead");
        String sig = head.get("signature").asString();
        head.put("signature", (sig.charAt(0) == '0' ? "1" : "0") + sig.substring(1));
        overrides.put(proofPath(signed), ex -> Answer.json(s.toString()));
        overrides.put(proofPath(big), ex -> Answer.json("{\"pad\":\"" + "x".repeat(70 * 1024) + "\"}"));
        overrides.put(proofPath(toLoopback), ex -> Answer.redirect("http://127.0.0.1:" + server.getAddress().getPort()
                + proofPath(good)));
        overrides.put(proofPath(toMetadata), ex -> Answer.redirect("http://169.254.169.254/latest/meta-data/"));
        overrides.put(proofPath(gbk), ex -> new Answer(200, Map.of("Content-Type", "application/json"),
                "{\"标题\":\"关于通知\"}".getBytes(Charset.forName("GBK"))));
        overrides.put(proofPath(slow), ex -> {
            try {
                Thread.sleep(7000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Answer.json("{}");
        });
        overrides.put(proofPath(other), ex -> {
            try {
                return relay(proofPath(good));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });

        long sourceId = approvedSource(county, slug, keyId(), operator);
        poller.poll(sourceId);

        Map<Long, String> byDocument = new java.util.HashMap<>();
        store.trail(sourceId, 100).forEach(t -> byDocument.put(t.remoteDocumentId(), t.reason()));
        assertThat(byDocument).as(store.trail(sourceId, 100).toString()).containsEntry(good, "VERIFIED").containsEntry(hashed, "CONTENT_HASH")
                .containsEntry(forged, "PROOF").containsEntry(signed, "SIGNATURE").containsEntry(scripted, "MARKUP")
                .containsEntry(stuffed, "CLEANING").containsEntry(big, "TOO_LARGE")
                .containsEntry(toLoopback, "REDIRECT_REFUSED").containsEntry(toMetadata, "REDIRECT_REFUSED")
                .containsEntry(gbk, "ENCODING").containsEntry(slow, "TIMEOUT").containsEntry(other, "WRONG_DOCUMENT");
        assertThat(store.trail(sourceId, 100).stream().filter(t -> t.remoteDocumentId() == toMetadata).findFirst()
                .orElseThrow().detail()).contains("169.254.169.254", "not a public address");
        // only the good document came in
        assertThat(store.list(county.org().id(), 1, 50).items()).extracting(RemoteItem::remoteDocumentId)
                .containsExactly(good);
        Document trail = Jsoup.parse(admin(county.editor(), "/admin/syndication/remote/sources/" + sourceId));
        assertThat(trail.select("tr.refused")).hasSize(10); // and the timeout, a failure (tried again next time)
        assertThat(trail.text()).contains("包含证明不成立", "内容哈希不符", "内容含网页标记或脚本", "响应超过大小限制",
                "拒绝跳转");

        // another key answering at the source: the whole poll is refused
        var pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        String otherPem = "-----BEGIN PUBLIC KEY-----\n"
                + java.util.Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n";
        overrides.put("/api/v1/public/transparency/public-key", ex -> Answer.json("{\"pem\":\"" + otherPem.replace("\n", "\\n") + "\"}"));
        poller.poll(sourceId);
        assertThat(store.trail(sourceId, 1).get(0).reason()).isEqualTo("WRONG_KEY");

        // the application's own fetcher has no allow-list: a source on loopback is refused outright
        springPoller.poll(sourceId);
        assertThat(store.trail(sourceId, 1).get(0).reason()).isEqualTo("PRIVATE_ADDRESS");
        // a source not approved is never fetched
        long proposed = sources.propose(county.editor(), origin, "another", keyId(), "未批准");
        springPoller.poll(proposed);
        poller.poll(proposed);
        assertThat(store.trail(proposed, 10)).isEmpty();
    }
}
