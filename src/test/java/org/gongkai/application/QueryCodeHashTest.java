package org.gongkai.application;

import org.gongkai.identity.Organisation;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.platform.GongkaiProperties;
import org.gongkai.support.Fixtures;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The query code is kept as HMAC-SHA-256 under a key in the data directory (ADR 0018); codes kept as bcrypt hashes
 * before still open their application, and are rewritten in the keyed form when they do.
 */
@IntegrationTest
class QueryCodeHashTest {

    @Autowired Fixtures fixtures;
    @Autowired OrganisationDirectory organisations;
    @Autowired ReceiveApplication receive;
    @Autowired ApplicantLookup lookup;
    @Autowired QueryCodeHashes hashes;
    @Autowired JdbcClient jdbc;
    @Autowired GongkaiProperties properties;

    private ReceiveApplication.Receipt submit() {
        Organisation org = organisations.get(fixtures.organisation("查询码机关"));
        return receive.online(org, ApplicationSamples.parts("查询人", "查询码测试"), List.of());
    }

    private String stored(long id) {
        return jdbc.sql("select query_code_hash from disclosure_application where id = ?").param(id)
                .query(String.class).single();
    }

    @Test
    void aNewCodeIsKeptAsAKeyedHashThatOnlyTheRightCodeMatches() throws Exception {
        ReceiveApplication.Receipt r = submit();
        assertThat(stored(r.id())).matches("hmac-sha256:[0-9a-f]{64}").doesNotContain(Codes.normaliseCode(r.queryCode()));
        assertThat(lookup.find(r.trackingNumber(), r.queryCode())).map(DisclosureApplication::id).contains(r.id());
        assertThat(lookup.find(r.trackingNumber(), r.queryCode().toLowerCase().replace("-", " "))).isPresent();
        assertThat(lookup.find(r.trackingNumber(), Codes.queryCode())).isEmpty();
        assertThat(lookup.find(r.trackingNumber(), "")).isEmpty();
        assertThat(lookup.find("GK-NOSUCH-20240101-ZZZZZZ", r.queryCode())).isEmpty();

        Path key = properties.dataDir().toAbsolutePath().resolve("keys/application-code.key");
        assertThat(key).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
    }

    @Test
    void aBcryptHashFromBeforeStillMatchesAndIsRewrittenKeyed() {
        ReceiveApplication.Receipt r = submit();
        String code = Codes.normaliseCode(r.queryCode());
        String bcrypt = new BCryptPasswordEncoder(4).encode(code);
        jdbc.sql("update disclosure_application set query_code_hash = ? where id = ?").params(bcrypt, r.id()).update();

        assertThat(lookup.find(r.trackingNumber(), Codes.queryCode())).isEmpty();
        assertThat(stored(r.id())).as("a wrong code changes nothing").isEqualTo(bcrypt);

        assertThat(lookup.find(r.trackingNumber(), r.queryCode())).map(DisclosureApplication::id).contains(r.id());
        assertThat(stored(r.id())).isEqualTo(hashes.hash(code));
        assertThat(lookup.find(r.trackingNumber(), r.queryCode())).isPresent();
    }

    @Test
    void aDamagedHashMatchesNothing() {
        assertThat(hashes.matches("ABCD", "hmac-sha256:not-hex")).isEqualTo(QueryCodeHashes.Match.NO);
        assertThat(hashes.matches("ABCD", null)).isEqualTo(QueryCodeHashes.Match.NO);
        assertThat(hashes.matches("ABCD", hashes.hash("ABCE"))).isEqualTo(QueryCodeHashes.Match.NO);
        assertThat(hashes.matches("ABCD", hashes.hash("ABCD"))).isEqualTo(QueryCodeHashes.Match.YES);
    }
}
