package org.gongkai.identity;

import jakarta.servlet.http.Cookie;
import org.gongkai.support.IntegrationTest;
import org.gongkai.support.StaffFixtures;
import org.gongkai.support.StaffFixtures.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Personal API tokens replace HTTP Basic on the API; nothing a browser sends cross-site can change anything (#11 §2). */
@IntegrationTest
class ApiTokenTest {

    static final String DOC = "{\"content\":{\"title\":\"令牌测试\",\"issuer\":\"甲县教育局\",\"disclosure\":\"PROACTIVE\","
            + "\"validity\":\"VALID\",\"bodyHtml\":\"<p>正文</p>\"}}";

    @Autowired MockMvc mvc;
    @Autowired OrganisationRegistry organisations;
    @Autowired StaffRegistry staffRegistry;
    @Autowired JdbcClient jdbc;

    StaffFixtures f;
    long org;
    Staff editor;
    Cookie session;

    @BeforeEach
    void fixtures() throws Exception {
        f = new StaffFixtures(organisations, staffRegistry, mvc);
        org = f.organisation(null, OrganisationKind.COUNTY);
        editor = f.user(org, Role.EDITOR, Role.PUBLISHER);
        session = f.signIn(editor);
    }

    private static RequestPostProcessor bearer(String token) {
        return r -> {
            r.addHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token);
            return r;
        };
    }

    private String createToken(String name, String scope) throws Exception {
        MockHttpServletResponse r = mvc.perform(post("/account/tokens").cookie(session).with(csrf())
                        .param("name", name).param("scope", scope).param("days", "30"))
                .andExpect(status().isOk()).andExpect(header().string(HttpHeaders.CACHE_CONTROL, containsString("no-store")))
                .andReturn().getResponse();
        Matcher m = Pattern.compile("<code id=\"token\">(gk_[A-Za-z0-9_-]{43})</code>").matcher(r.getContentAsString(StandardCharsets.UTF_8));
        assertThat(m.find()).as("the token is shown once").isTrue();
        return m.group(1);
    }

    private long documents() {
        return jdbc.sql("select count(*) from document where organisation_id = ?").param(org).query(Long.class).single();
    }

    private long audited(String action, long actor) {
        return jdbc.sql("select count(*) from audit_entry where action = ? and actor_id = ?").params(action, actor)
                .query(Long.class).single();
    }

    @Test
    void aStaffMemberCreatesUsesListsAndRevokesTheirTokens() throws Exception {
        String write = createToken("同步脚本", "WRITE");
        String read = createToken("只读看板", "READ");
        // stored as SHA-256 only
        assertThat(jdbc.sql("select count(*) from api_token where token_hash = ?").param(ApiTokens.hash(write))
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from api_token where token_hash = ? or hint = ?").params(write, write)
                .query(Long.class).single()).isZero();
        assertThat(audited("api-token.create", editor.id())).isEqualTo(2);

        mvc.perform(get("/api/v1/documents").with(bearer(read))).andExpect(status().isOk());
        mvc.perform(post("/api/v1/documents").with(bearer(write)).contentType(MediaType.APPLICATION_JSON).content(DOC))
                .andExpect(status().isCreated());
        assertThat(documents()).isEqualTo(1);
        // a read token cannot write
        mvc.perform(post("/api/v1/documents").with(bearer(read)).contentType(MediaType.APPLICATION_JSON).content(DOC))
                .andExpect(status().isForbidden());
        assertThat(documents()).isEqualTo(1);

        // listed with last use, never with the secret
        mvc.perform(get("/account").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("同步脚本")))
                .andExpect(content().string(containsString("只读看板")))
                .andExpect(content().string(not(containsString(write))))
                .andExpect(content().string(not(containsString(read))))
                .andExpect(content().string(not(containsString("从未使用"))));

        // last use is written at most once a minute
        long readId = jdbc.sql("select id from api_token where token_hash = ?").param(ApiTokens.hash(read)).query(Long.class).single();
        Timestamp recent = Timestamp.from(Instant.now().minusSeconds(20).truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        jdbc.sql("update api_token set last_used_at = ? where id = ?").params(recent, readId).update();
        mvc.perform(get("/api/v1/documents").with(bearer(read))).andExpect(status().isOk());
        assertThat(lastUsed(readId)).isEqualTo(recent.toInstant());
        jdbc.sql("update api_token set last_used_at = now() - interval '2 minutes' where id = ?").param(readId).update();
        mvc.perform(get("/api/v1/documents").with(bearer(read))).andExpect(status().isOk());
        assertThat(lastUsed(readId)).isAfter(Instant.now().minusSeconds(30));

        // someone else cannot revoke it; its owner can
        Staff other = f.user(org, Role.EDITOR);
        mvc.perform(post("/account/tokens/" + readId + "/revoke").cookie(f.signIn(other)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/documents").with(bearer(read))).andExpect(status().isOk());
        mvc.perform(post("/account/tokens/" + readId + "/revoke").cookie(session).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/documents").with(bearer(read))).andExpect(status().isUnauthorized());
        assertThat(audited("api-token.revoke", editor.id())).isEqualTo(1);
        mvc.perform(get("/account").cookie(session)).andExpect(content().string(containsString("已吊销")));
    }

    private Instant lastUsed(long id) {
        return jdbc.sql("select last_used_at from api_token where id = ?").param(id).query(Timestamp.class).single().toInstant();
    }

    @Test
    void badTokenFormsAnswer400AndExpiredOrDisabledTokensAreRefused() throws Exception {
        mvc.perform(post("/account/tokens").cookie(session).with(csrf()).param("name", " ").param("scope", "READ").param("days", "30"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/account/tokens").cookie(session).with(csrf()).param("name", "x").param("scope", "ADMIN").param("days", "30"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/account/tokens").cookie(session).with(csrf()).param("name", "x").param("scope", "READ").param("days", "99999"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/account/tokens").cookie(session).param("name", "x").param("scope", "READ").param("days", "30"))
                .andExpect(status().isForbidden());

        String token = createToken("过期", "READ");
        jdbc.sql("update api_token set created_at = now() - interval '2 days', expires_at = now() - interval '1 day' where token_hash = ?")
                .param(ApiTokens.hash(token)).update();
        mvc.perform(get("/api/v1/documents").with(bearer(token))).andExpect(status().isUnauthorized());

        String live = createToken("停用", "READ");
        mvc.perform(get("/api/v1/documents").with(bearer(live))).andExpect(status().isOk());
        jdbc.sql("update staff_user set enabled = false where id = ?").param(editor.id()).update();
        mvc.perform(get("/api/v1/documents").with(bearer(live))).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/documents").with(bearer("gk_" + "A".repeat(43)))).andExpect(status().isUnauthorized());
    }

    @Test
    void theApiNeverAsksForBasicCredentialsAndRefusesThem() throws Exception {
        String basic = "Basic " + Base64.getEncoder().encodeToString((editor.username() + ":" + StaffFixtures.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        for (var request : new org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder[] {
                get("/api/v1/documents"), get("/api/v1/documents").header(HttpHeaders.AUTHORIZATION, basic),
                post("/api/v1/documents").header(HttpHeaders.AUTHORIZATION, basic).contentType(MediaType.APPLICATION_JSON).content(DOC),
                post("/api/v1/documents").contentType(MediaType.APPLICATION_JSON).content(DOC)}) {
            MockHttpServletResponse r = mvc.perform(request).andExpect(status().isUnauthorized()).andReturn().getResponse();
            assertThat(r.getHeaders(HttpHeaders.WWW_AUTHENTICATE)).noneMatch(h -> h.toLowerCase().contains("basic"));
            assertThat(r.getContentType()).contains("json");
        }
        assertThat(documents()).isZero();
    }

    @Test
    void stateChangingCallsWithoutATokenAreRefusedWhateverTheyCarry() throws Exception {
        long id = Long.parseLong(mvc.perform(post("/api/v1/documents").with(StaffFixtures.basic(editor))
                        .contentType(MediaType.APPLICATION_JSON).content(DOC))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString().replaceAll("\\D", ""));
        String status = editionStatus(id);
        String[] routes = {"/submit", "/approve", "/reject", "/publish", "/schedule", "/unschedule", "/new-edition",
                "/withdraw", "/remove"};
        for (String route : routes) {
            String path = "/api/v1/documents/" + id + route;
            // the session cookie of the signed-in victim, as a cross-site form would send it
            mvc.perform(post(path).cookie(session).contentType(MediaType.APPLICATION_FORM_URLENCODED).param("x", "1"))
                    .andExpect(status().isUnauthorized());
            mvc.perform(post(path).cookie(session).with(csrf()).contentType(MediaType.TEXT_PLAIN).content("{}"))
                    .andExpect(status().isUnauthorized());
            mvc.perform(post(path).cookie(session).contentType(MediaType.APPLICATION_JSON).content("{}"))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(multipart("/api/v1/documents/" + id + "/attachments")
                        .file(new MockMultipartFile("file", "a.txt", "text/plain", "hello".getBytes())).param("lockVersion", "0")
                        .cookie(session)).andExpect(status().isUnauthorized());
        mvc.perform(put("/api/v1/documents/" + id + "/draft").cookie(session).contentType(MediaType.APPLICATION_JSON).content(DOC))
                .andExpect(status().isUnauthorized());
        mvc.perform(delete("/api/v1/documents/" + id).cookie(session)).andExpect(status().isUnauthorized());
        // a public path takes no form either
        mvc.perform(post("/api/v1/public/applications/status").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("trackingNumber", "x")).andExpect(status().isUnauthorized());
        assertThat(editionStatus(id)).isEqualTo(status);
        assertThat(jdbc.sql("select count(*) from attachment where document_id = ?")
                .param(id).query(Long.class).single()).isZero();
    }

    private String editionStatus(long documentId) {
        return jdbc.sql("select string_agg(status || ':' || lock_version, ',' order by id) from edition where document_id = ?")
                .param(documentId).query(String.class).single();
    }
}
