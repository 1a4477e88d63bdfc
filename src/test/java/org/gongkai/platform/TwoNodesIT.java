package org.gongkai.platform;

import org.gongkai.GongkaiApplication;
import org.gongkai.audit.AuditChainVerifier;
import org.gongkai.document.CreateDocument;
import org.gongkai.document.DocumentContent;
import org.gongkai.document.PublishEdition;
import org.gongkai.document.ReviewEdition;
import org.gongkai.document.SubmitForReview;
import org.gongkai.document.WithdrawOrRemove;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.support.Fixtures;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two app nodes (two Spring contexts, each with its own data directory, web server on a random port and Lucene
 * index, or OpenSearch when GONGKAI_SEARCH_URL is set) on one PostgreSQL: the embedded one started by node 1, or the
 * server named by GONGKAI_DB_URL. Both share one directory for files and keys (ADR 0034). Everything is read through
 * a real HTTP client; writes go through each node's own services. Run by {@code mvn -B verify -Pnodes} (.ci/run).
 * <p>
 * What crosses from one node to the other is awaited by polling up to {@link #DEADLINE}: the promise is "served by
 * the other node within a second" (the signal itself arrives in milliseconds); set {@code -Dgongkai.nodes.deadline=PT5S}
 * on a machine too loaded to keep it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodesIT {

    private static final Duration DEADLINE = Duration.parse(System.getProperty("gongkai.nodes.deadline", "PT1S"));
    private static final Path ROOT = Path.of("target", "two-nodes").toAbsolutePath();

    private ConfigurableApplicationContext node1;
    private ConfigurableApplicationContext node2;
    private String base1;
    private String base2;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private Fixtures fixtures;
    private long org;
    private String slug;
    private StaffUser editor;
    private StaffUser reviewer;
    private StaffUser publisher;

    @BeforeAll
    void startTwoNodes() throws IOException {
        // the keys and files of an earlier run belong to its database, which node 1 is about to clean
        FileSystemUtils.deleteRecursively(ROOT.resolve("shared"));
        boolean server = System.getenv("GONGKAI_DB_URL") != null && !System.getenv("GONGKAI_DB_URL").isBlank();
        String index = "gongkai-nodes-" + System.nanoTime();
        node1 = start("node1", index, Map.of());
        DatabaseOwner owner = node1.getBean(DatabaseOwner.class);
        Map<String, Object> join = new LinkedHashMap<>();
        join.put("gongkai.db.clean-on-start", "false");
        if (!server) {
            // the embedded PostgreSQL of node 1, as a server for node 2, which connects as the application's user
            join.put("gongkai.db.url", owner.url());
            join.put("gongkai.db.user", owner.runtimeUser());
            join.put("gongkai.db.password", owner.runtimePassword());
        }
        node2 = start("node2", index, join);
        base1 = "http://localhost:" + ((WebServerApplicationContext) node1).getWebServer().getPort();
        base2 = "http://localhost:" + ((WebServerApplicationContext) node2).getWebServer().getPort();

        fixtures = node1.getAutowireCapableBeanFactory().createBean(Fixtures.class);
        org = fixtures.organisation("双节点县教育局" + System.nanoTime() % 100000);
        slug = node1.getBean(OrganisationDirectory.class).get(org).slug();
        editor = fixtures.staff(org, Role.EDITOR);
        reviewer = fixtures.staff(org, Role.REVIEWER);
        publisher = fixtures.staff(org, Role.PUBLISHER);
    }

    private static ConfigurableApplicationContext start(String name, String index, Map<String, Object> extra) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("server.port", "0");
        p.put("gongkai.data-dir", ROOT.resolve(name).toString());
        p.put("gongkai.shared-dir", ROOT.resolve("shared").toString());
        // both nodes look for due scheduled publications twice a second
        p.put("gongkai.publish.poll", "PT0.5S");
        p.put("gongkai.publish.initial-delay", "PT0.5S");
        String search = System.getenv("GONGKAI_SEARCH_URL");
        if (search != null && !search.isBlank()) {
            p.put("gongkai.search.backend", "opensearch");
            p.put("gongkai.search.url", search);
            p.put("gongkai.search.index", index);
        }
        p.putAll(extra);
        // as arguments, so they win over the test profile's data directory and the environment
        return new SpringApplicationBuilder(GongkaiApplication.class).profiles("test")
                .run(p.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
    }

    @AfterAll
    void stopBoth() {
        if (node2 != null) {
            node2.close();
        }
        if (node1 != null) {
            node1.close();
        }
    }

    @Test
    void anEditionPublishedThroughNode1IsServedByNode2PageSearchAndFeed() {
        String word = "Kx" + System.nanoTime() % 1_000_000;
        // node 2 has the site's home page and feed in its cache before the publication
        get(base2, "/o/" + slug);
        String feed = "/o/" + slug + "/feed.atom";
        get(base2, feed);
        assertThat(get(base2, "/o/" + slug).headers().firstValue("X-Page-Cache")).contains("hit");

        long id = approved("关于双节点" + word + "测试的通知", word);
        Instant published = Instant.now();
        node1.getBean(PublishEdition.class).publishNow(publisher, id);

        String page = "/documents/" + id;
        Duration pageAfter = await(base2, page, r -> r.statusCode() == 200 && r.body().contains(word));
        Duration homeAfter = await(base2, "/o/" + slug, r -> r.body().contains(word));
        Duration feedAfter = await(base2, feed, r -> r.body().contains(word));
        Duration indexedAfter = awaitIndexed(node2, id);
        Duration searchAfter = await(base2, "/o/" + slug + "/search?q=" + enc(word), r -> r.body().contains(page));
        System.out.printf("node 2 served the page after %d ms, the home page %d ms, the feed %d ms, indexed %d ms, search %d ms (publish returned %s)%n",
                pageAfter.toMillis(), homeAfter.toMillis(), feedAfter.toMillis(), indexedAfter.toMillis(), searchAfter.toMillis(), published);
    }

    @Test
    void aWithdrawalOnNode2IsNotServedStaleByNode1() {
        String word = "Wd" + System.nanoTime() % 1_000_000;
        long id = approved("关于撤回" + word + "的通知", word);
        node1.getBean(PublishEdition.class).publishNow(publisher, id);
        String page = "/documents/" + id;
        String search = "/o/" + slug + "/search?q=" + enc(word);
        await(base1, search, r -> r.body().contains(page));
        await(base2, page, r -> r.statusCode() == 200 && r.body().contains(word));
        // node 1 has the document page in its cache
        get(base1, page);
        assertThat(get(base1, page).headers().firstValue("X-Page-Cache")).contains("hit");

        node2.getBean(WithdrawOrRemove.class).withdraw(publisher, id, "双节点测试撤回");

        await(base1, page, r -> r.body().contains("本信息已撤回"));
        await(base1, search, r -> r.statusCode() == 200 && !r.body().contains(page));
        await(base1, "/o/" + slug, r -> !r.body().contains(word));
    }

    @Test
    void aSignInOnNode1IsValidOnNode2() {
        StaffUser user = fixtures.staff(org, Role.EDITOR);
        HttpResponse<String> form = get(base1, "/login");
        String cookies = cookies(form, "");
        String csrf = Jsoup.parse(form.body()).select("input[name=_csrf]").attr("value");
        HttpResponse<String> signedIn = send(HttpRequest.newBuilder(URI.create(base1 + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", cookies)
                .POST(HttpRequest.BodyPublishers.ofString("username=" + enc(user.username()) + "&password="
                        + enc(Fixtures.PASSWORD) + "&_csrf=" + enc(csrf))).build());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
        String session = cookies(signedIn, cookies);

        HttpResponse<String> onNode2 = send(HttpRequest.newBuilder(URI.create(base2 + "/admin")).header("Cookie", session).build());
        assertThat(onNode2.statusCode()).isEqualTo(200);
        assertThat(onNode2.body()).as("the back office, signed in").contains("/logout");
        HttpResponse<String> anonymous = get(base2, "/admin");
        assertThat(anonymous.statusCode()).isEqualTo(302);
    }

    @Test
    void aScheduledPublicationFiresExactlyOnce() {
        String word = "Sc" + System.nanoTime() % 1_000_000;
        long id = approved("关于定时" + word + "的通知", word);
        node1.getBean(PublishEdition.class).schedule(publisher, id, Instant.now().plusMillis(1500));
        JdbcClient jdbc = node1.getBean(JdbcClient.class);
        long edition = jdbc.sql("select id from edition where document_id = ? and status = 'SCHEDULED'").param(id)
                .query(Long.class).single();
        // both nodes poll twice a second; whichever takes the job lock publishes
        await(base2, "/documents/" + id, r -> r.statusCode() == 200 && r.body().contains(word), Duration.ofSeconds(20));
        // a later run on either node finds nothing to do
        assertThat(node1.getBean(PublishEdition.class).publishScheduled(edition)).isFalse();
        assertThat(node2.getBean(PublishEdition.class).publishScheduled(edition)).isFalse();
        assertThat(jdbc.sql("select count(*) from edition_event where edition_id = ? and to_status = 'PUBLISHED'")
                .param(edition).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from node_signal where topic = 'document' and subject = ?")
                .param(org + "/" + id).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void publicationsOnBothNodesAtOnceKeepOneAuditChainAndOneLog() throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ids.add(approved("关于并发" + i + "-" + System.nanoTime() % 100000 + "的通知", "并发"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                ConfigurableApplicationContext node = i % 2 == 0 ? node1 : node2;
                long id = ids.get(i);
                done.add(pool.submit(() -> node.getBean(PublishEdition.class).publishNow(publisher, id)));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        JdbcClient jdbc = node1.getBean(JdbcClient.class);
        Long[] documents = ids.toArray(Long[]::new);
        long start = System.nanoTime();
        // each node's outbox appends the leaves of its own publications to the one log
        while (jdbc.sql("select count(*) from log_leaf where kind = 'PUBLISHED' and document_id = any(?)")
                .param(documents).query(Long.class).single() < ids.size()) {
            assertThat(System.nanoTime() - start).as("leaves within 30 s").isLessThan(30_000_000_000L);
            LockSupport.parkNanos(50_000_000);
        }
        assertThat(node1.getBean(AuditChainVerifier.class).verify().intact()).isTrue();
        assertThat(node2.getBean(AuditChainVerifier.class).verify().intact()).isTrue();
        assertThat(jdbc.sql("select min(index) = 0 and max(index) = count(*) - 1 from log_leaf").query(Boolean.class).single())
                .as("leaf indexes dense").isTrue();
        Object auditor = node2.getBean("logAuditor");
        java.lang.reflect.Method audit = auditor.getClass().getMethod("audit", java.util.function.LongConsumer.class);
        audit.setAccessible(true); // package-private class
        Object result = audit.invoke(auditor, (java.util.function.LongConsumer) n -> { });
        java.lang.reflect.Method intact = result.getClass().getMethod("intact");
        intact.setAccessible(true);
        assertThat(intact.invoke(result)).as(result.toString()).isEqualTo(true);
    }

    /** Until the node's own index records the document (its search index name differs from the other node's). */
    private Duration awaitIndexed(ConfigurableApplicationContext node, long id) {
        JdbcClient jdbc = node.getBean(JdbcClient.class);
        long start = System.nanoTime();
        while (jdbc.sql("select count(*) from search_indexed where document_id = ?").param(id).query(Long.class).single()
                < (System.getenv("GONGKAI_SEARCH_URL") == null ? 2 : 1)) {
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("document %d in both nodes' indexes", id)
                    .isLessThan(DEADLINE);
            LockSupport.parkNanos(20_000_000);
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private long approved(String title, String keywords) {
        DocumentContent content = DocumentContent.builder().title(title)
                .documentNumber("双教〔2026〕" + Math.abs(title.hashCode() % 1000) + "号").issuer("双节点县教育局")
                .writtenDate(LocalDate.now().minusDays(2)).publishDate(LocalDate.now()).theme("教育")
                .opennessClass("RESULT").keywords(keywords).summary("概述：" + title)
                .bodyHtml("<p>" + title + " 正文。</p>").build();
        long id = node1.getBean(CreateDocument.class).create(editor, org, content);
        node1.getBean(SubmitForReview.class).submit(editor, id);
        node1.getBean(ReviewEdition.class).approve(reviewer, id, null);
        return id;
    }

    private Duration await(String base, String path, Predicate<HttpResponse<String>> served) {
        return await(base, path, served, DEADLINE);
    }

    /** Asks until the answer is as expected, polling every 20 ms up to the deadline; answers how long it took. */
    private Duration await(String base, String path, Predicate<HttpResponse<String>> served, Duration deadline) {
        long start = System.nanoTime();
        HttpResponse<String> last;
        do {
            last = get(base, path);
            if (served.test(last)) {
                Duration took = Duration.ofNanos(System.nanoTime() - start);
                System.out.printf("TwoNodesIT: %s%s as expected after %d ms%n", base.equals(base1) ? "node 1 " : "node 2 ",
                        path, took.toMillis());
                return took;
            }
            LockSupport.parkNanos(20_000_000);
        } while (System.nanoTime() - start < deadline.toNanos());
        throw new AssertionError(base + path + " not as expected within " + deadline + "; last answer "
                + last.statusCode() + " " + last.headers().firstValue("X-Page-Cache").orElse(""));
    }

    private HttpResponse<String> get(String base, String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Language", "zh-CN").build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The cookies a response sets, added to those already held ({@code name=value; …}). */
    private static String cookies(HttpResponse<?> response, String held) {
        Map<String, String> jar = new LinkedHashMap<>();
        if (!held.isBlank()) {
            for (String c : held.split("; ")) {
                jar.put(c.substring(0, c.indexOf('=')), c.substring(c.indexOf('=') + 1));
            }
        }
        for (String set : response.headers().allValues("Set-Cookie")) {
            String pair = set.split(";", 2)[0];
            jar.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
        }
        return jar.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; "));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
