package org.gongkai.platform;

import com.sun.net.httpserver.HttpServer;
import org.gongkai.identity.ApiTokenScope;
import org.gongkai.identity.ApiTokens;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.support.Browser;
import org.gongkai.support.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #11 §2 in a real browser: the victim is signed in to the back office (and has even typed their password
 * into a Basic dialog, as the old API invited), then opens a page on another site that auto-submits a form to each
 * state-changing API route. Every one is refused and nothing changes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrossSiteApiBrowserIT {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired ApiTokens tokens;
    @Autowired JdbcClient jdbc;

    Browser browser;
    WebDriver driver;
    HttpServer attacker;
    StaffUser victim;
    long org, submitted, approved, published, draft, nodeId;

    @BeforeAll
    void setUp() throws Exception {
        org = fixtures.organisation("跨站测试局");
        StaffUser editor = fixtures.staff(org, Role.EDITOR, Role.PUBLISHER);
        StaffUser reviewer = fixtures.staff(org, Role.REVIEWER);
        victim = fixtures.staff(org, Role.EDITOR, Role.REVIEWER, Role.PUBLISHER);
        String e = token(editor), r = token(reviewer), v = token(victim);
        submitted = document(e, "已提交");
        api(e, "/api/v1/documents/" + submitted + "/submit", null);
        approved = document(e, "已审核");
        api(e, "/api/v1/documents/" + approved + "/submit", null);
        api(r, "/api/v1/documents/" + approved + "/approve", null);
        published = document(e, "已发布");
        api(e, "/api/v1/documents/" + published + "/submit", null);
        api(r, "/api/v1/documents/" + published + "/approve", null);
        api(e, "/api/v1/documents/" + published + "/publish", null);
        draft = document(v, "草稿");
        nodeId = jdbc.sql("select id from catalog_node where organisation_id = ? order by id limit 1").param(org)
                .query(Long.class).optional().orElse(0L);

        attacker = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        attacker.createContext("/", exchange -> {
            String q = exchange.getRequestURI().getRawQuery();
            Map<String, String> p = new LinkedHashMap<>();
            for (String kv : q == null ? new String[0] : q.split("&")) {
                String[] parts = kv.split("=", 2);
                p.put(parts[0], parts.length > 1 ? java.net.URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
            }
            String html = "<!doctype html><html><body><form id=f method=post enctype=\"" + p.get("enctype")
                    + "\" action=\"http://localhost:" + port + p.get("path") + "\">"
                    + "<input name=opinion value=ok><input name=reason value=x><input name=lockVersion value=0>"
                    + "<input name=at value=2030-01-01T08:00:00Z><input name=direction value=DOWN>"
                    + "<input name=name value=evil><input name=content value=x>"
                    + "</form><script>document.getElementById('f').submit()</script></body></html>";
            byte[] body = html.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        attacker.start();
        browser = new Browser(port);
        driver = browser.driver();
    }

    @AfterAll
    void tearDown() {
        if (browser != null) {
            browser.close();
        }
        if (attacker != null) {
            attacker.stop(0);
        }
    }

    private String token(StaffUser u) {
        return tokens.issue(u, "browser test", ApiTokenScope.WRITE, Duration.ofDays(1)).secret();
    }

    private String api(String token, String path, String json) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json == null ? "{}" : json)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path + " " + r.body()).isBetween(200, 299);
        return r.body();
    }

    private long document(String token, String title) throws Exception {
        String body = api(token, "/api/v1/documents", "{\"content\":{\"title\":\"跨站" + title + "\",\"issuer\":\"跨站测试局\","
                + "\"disclosure\":\"PROACTIVE\",\"validity\":\"VALID\",\"bodyHtml\":\"<p>正文</p>\"}}");
        return Long.parseLong(body.replaceAll("\\D", ""));
    }

    private String state() {
        return jdbc.sql("""
                select string_agg(e.document_id || ':' || e.number || ':' || e.status || ':' || e.lock_version, ',' order by e.id)
                  from edition e join document d on d.id = e.document_id where d.organisation_id = ?""")
                .param(org).query(String.class).single()
                + "|" + jdbc.sql("select count(*) from attachment a join document d on d.id = a.document_id where d.organisation_id = ?")
                .param(org).query(Long.class).single()
                + "|" + jdbc.sql("select count(*) from document where organisation_id = ?").param(org).query(Long.class).single()
                + "|" + jdbc.sql("select coalesce(string_agg(id || ':' || position, ','), '') from catalog_node where organisation_id = ?")
                .param(org).query(String.class).single();
    }

    @Test
    void aPageOnAnotherSiteCannotDriveTheApiForASignedInVictim() {
        browser.signIn(victim.username(), Fixtures.PASSWORD);
        // what made the old API exploitable: the browser had Basic credentials for it
        driver.get("http://" + victim.username() + ":" + Fixtures.PASSWORD + "@localhost:" + port + "/api/v1/documents");
        String before = state();

        String d = "/api/v1/documents/";
        List<String[]> routes = new ArrayList<>(List.of(
                new String[] {"/api/v1/documents", "application/x-www-form-urlencoded"},
                new String[] {d + draft + "/submit", "application/x-www-form-urlencoded"},
                new String[] {d + submitted + "/approve", "application/x-www-form-urlencoded"},
                new String[] {d + submitted + "/reject", "text/plain"},
                new String[] {d + approved + "/publish", "application/x-www-form-urlencoded"},
                new String[] {d + approved + "/schedule", "text/plain"},
                new String[] {d + approved + "/unschedule", "application/x-www-form-urlencoded"},
                new String[] {d + published + "/new-edition", "application/x-www-form-urlencoded"},
                new String[] {d + published + "/withdraw", "text/plain"},
                new String[] {d + published + "/remove", "application/x-www-form-urlencoded"},
                new String[] {d + draft + "/attachments", "multipart/form-data"},
                new String[] {d + draft + "/findings/1/redact", "application/x-www-form-urlencoded"},
                new String[] {d + draft + "/findings/1/accept", "multipart/form-data"},
                new String[] {"/api/v1/organisations/" + org + "/catalog", "text/plain"},
                new String[] {"/api/v1/organisations/" + org + "/catalog/" + nodeId + "/move", "application/x-www-form-urlencoded"}));
        List<String> answers = new ArrayList<>();
        for (String[] route : routes) {
            driver.get("http://127.0.0.1:" + attacker.getAddress().getPort() + "/attack?path="
                    + java.net.URLEncoder.encode(route[0], StandardCharsets.UTF_8) + "&enctype="
                    + java.net.URLEncoder.encode(route[1], StandardCharsets.UTF_8));
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(w -> w.getCurrentUrl().startsWith("http://localhost:" + port + "/api/"));
            answers.add(route[0] + " -> " + driver.getPageSource());
        }
        assertThat(answers).allSatisfy(a -> assertThat(a).contains("\"status\":401"));
        assertThat(state()).isEqualTo(before);
        // the signed-in victim still works in the back office: the pages were never the way in
        browser.open("/admin/documents");
        assertThat(driver.getCurrentUrl()).contains("/admin/documents");
    }
}
