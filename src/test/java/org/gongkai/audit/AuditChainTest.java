package org.gongkai.audit;

import org.gongkai.platform.audit.StaffAction;
import org.gongkai.platform.GongkaiProperties;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class AuditChainTest {

    @Autowired ApplicationEventPublisher events;
    @Autowired JdbcClient jdbc;
    @Autowired org.gongkai.platform.DatabaseOwner owner;
    @Autowired TransactionTemplate tx;
    @Autowired AuditChainVerifier verifier;
    @Autowired AuditEntries entries;
    @Autowired AuditVerifyCommand command;
    @Autowired AuditChainKey chainKey;
    @Autowired GongkaiProperties properties;

    private String uniqueAction() {
        return "test.audit." + AuditFixtures.unique(10).toLowerCase();
    }

    private long append(String action, Map<String, Object> before, Map<String, Object> after) {
        tx.executeWithoutResult(s -> events.publishEvent(
                new StaffAction(42L, "tester", null, action, "thing", "7", before, after)));
        return jdbc.sql("select max(id) from audit_entry where action = ?").param(action).query(Long.class).single();
    }

    @Test
    void appendedEntriesFormAValidChain() {
        String action = uniqueAction();
        long first = append(action, Map.of(), Map.of("title", "通知"));
        long second = append(action, Map.of("title", "通知"), Map.of("title", "通知（修订）"));
        AuditEntry a = entries.find(first).orElseThrow();
        AuditEntry b = entries.find(second).orElseThrow();
        assertThat(b.prevHash()).isEqualTo(a.hash());
        assertThat(b.actorId()).isEqualTo(42L);
        assertThat(b.actorName()).isEqualTo("tester");
        assertThat(b.occurredAt()).isAfterOrEqualTo(a.occurredAt());
        AuditChainVerifier.Result result = verifier.verify();
        assertThat(result.intact()).as(String.valueOf(result.detail())).isTrue();
        assertThat(result.checked()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void awkwardJsonSurvivesTheDatabaseRoundTrip() {
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("zeta", List.of(1, 2.50, 1e20, -0.0, 1e-7, Long.MAX_VALUE));
        nested.put("a long key that jsonb sorts last", Map.of("k", "v"));
        nested.put("b", "引号\"反斜杠\\换行\n制表\t😀 \u0001");
        nested.put("nothing", null);
        nested.put("big", new BigDecimal("12345678901234567890.123456789"));
        append(uniqueAction(), null, nested);
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void anActionThatRollsBackLeavesNoEntry() {
        String action = uniqueAction();
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
            events.publishEvent(new StaffAction(1L, "tester", null, action, "thing", "1", Map.of(), Map.of()));
            throw new IllegalStateException("the action fails after publishing");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(jdbc.sql("select count(*) from audit_entry where action = ?").param(action).query(Long.class).single())
                .isZero();
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void theDatabaseRefusesUpdateDeleteAndTruncate() {
        long id = append(uniqueAction(), Map.of(), Map.of("x", 1));
        // even the table's owner (the application itself has no such privilege)
        JdbcClient jdbc = owner.jdbc();
        assertThatThrownBy(() -> jdbc.sql("update audit_entry set actor_name = 'mallory' where id = ?").param(id).update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_entry where id = ?").param(id).update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("truncate audit_entry").update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThat(entries.find(id).orElseThrow().actorName()).isEqualTo("tester");
    }

    @Test
    void anEntryEditedInTheDatabaseIsNamedByTheVerifier() {
        String action = uniqueAction();
        append(action, Map.of(), Map.of("n", 1));
        long victim = append(action, Map.of("n", 1), Map.of("n", 2));
        append(action, Map.of("n", 2), Map.of("n", 3));
        AuditEntry original = entries.find(victim).orElseThrow();
        try {
            behindTheApplicationsBack("update audit_entry set after = '{\"n\": 999}' where id = " + victim);
            AuditChainVerifier.Result result = verifier.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBrokenId()).isEqualTo(victim);
            assertThat(result.problem()).isEqualTo(AuditChainVerifier.Problem.HASH_MISMATCH);
            assertThat(runCommand()).startsWith("1:").contains("entry " + victim);

            // a careful forger also recomputes the hash, but without the key only as plain SHA-256: still caught
            AuditEntry edited = entries.find(victim).orElseThrow();
            behindTheApplicationsBack("update audit_entry set hash = '" + EntryHash.of(edited.content())
                    + "' where id = " + victim);
            AuditChainVerifier.Result relinked = verifier.verify();
            assertThat(relinked.problem()).isEqualTo(AuditChainVerifier.Problem.HASH_MISMATCH);
            assertThat(relinked.firstBrokenId()).isEqualTo(victim);
        } finally {
            behindTheApplicationsBack("update audit_entry set after = '" + original.after() + "', hash = '"
                    + original.hash() + "' where id = " + victim);
        }
        assertThat(verifier.verify().intact()).isTrue();
        assertThat(runCommand()).startsWith("0:").contains("intact");
    }

    @Test
    void entriesAreKeyedWithTheAuditKeyInTheDataDirectory() throws Exception {
        long id = append(uniqueAction(), Map.of(), Map.of("k", 1));
        AuditEntry e = entries.find(id).orElseThrow();
        assertThat(e.hashFormat()).isEqualTo(EntryHash.KEYED);
        AuditChainKey.Key key = chainKey.current().orElseThrow();
        assertThat(e.hash()).isEqualTo(EntryHash.keyed(e.content(), key.bytes())).isNotEqualTo(EntryHash.of(e.content()));
        Path file = properties.dataDir().toAbsolutePath().resolve("keys/audit-chain.key");
        assertThat(key.secret().file()).isEqualTo(file);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(runCommand()).startsWith("0:").contains("HMAC-SHA-256", key.secret().fingerprint(), file.toString());
    }

    /**
     * A database superuser rewrites an entry and recomputes the whole chain after it, correctly, as plain SHA-256
     * (the old format, the only one computable without the key). The verifier names the rewritten entry.
     */
    @Test
    void aChainRecomputedWithPlainSha256AfterAnEditIsCaught() {
        String action = uniqueAction();
        append(action, Map.of(), Map.of("n", 1));
        long victim = append(action, Map.of("n", 1), Map.of("n", 2));
        append(action, Map.of("n", 2), Map.of("n", 3));
        // the application's database role cannot switch the trigger off: the forger works as the owner, and
        // everything forged is put back afterwards so the shared test database's chain stays intact
        List<AuditEntry> originals = entries.batchAfter(victim - 1, 100_000);
        try {
            behindTheApplicationsBack("update audit_entry set after = '{\"n\": 999}' where id = " + victim);
            String prev = entries.find(victim).orElseThrow().prevHash();
            for (AuditEntry e : entries.batchAfter(victim - 1, 100_000)) {
                AuditEntry relinked = new AuditEntry(e.id(), e.occurredAt(), e.actorId(), e.actorName(),
                        e.organisationId(), e.action(), e.targetType(), e.targetId(), e.ipAddress(), e.before(),
                        e.after(), prev, null, EntryHash.PLAIN);
                String hash = EntryHash.of(relinked.content());
                behindTheApplicationsBack("update audit_entry set prev_hash = '" + prev + "', hash = '" + hash
                        + "', hash_format = 1 where id = " + e.id());
                prev = hash;
            }
            AuditChainVerifier.Result plain = verifier.verify();
            assertThat(plain.intact()).isFalse();
            assertThat(plain.firstBrokenId()).isEqualTo(victim);
            assertThat(plain.problem()).isEqualTo(AuditChainVerifier.Problem.UNKEYED_IN_KEYED_CHAIN);
            assertThat(runCommand()).startsWith("1:").contains("entry " + victim, "HMAC-SHA-256");
            // the same forger keeping the keyed format but a plain hash is caught too
            behindTheApplicationsBack("update audit_entry set hash_format = 2 where id = " + victim);
            AuditChainVerifier.Result keyedFormat = verifier.verify();
            assertThat(keyedFormat.firstBrokenId()).isEqualTo(victim);
            assertThat(keyedFormat.problem()).isEqualTo(AuditChainVerifier.Problem.HASH_MISMATCH);
        } finally {
            for (AuditEntry o : originals) {
                behindTheApplicationsBack("update audit_entry set after = " + (o.after() == null ? "null" : "'" + o.after() + "'")
                        + ", prev_hash = '" + o.prevHash() + "', hash = '" + o.hash() + "', hash_format = "
                        + o.hashFormat() + " where id = " + o.id());
            }
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void olderUnkeyedEntriesStillVerify() {
        EntryHash.Content c = new EntryHash.Content(EntryHash.GENESIS, java.time.Instant.parse("2025-01-01T00:00:00Z"),
                1L, "tester", null, "x", null, null, null, null, null);
        AuditEntry legacy = new AuditEntry(1, c.occurredAt(), 1L, "tester", null, "x", null, null, null, null, null,
                EntryHash.GENESIS, EntryHash.of(c), EntryHash.PLAIN);
        assertThat(EntryHash.of(legacy.content(), legacy.hashFormat(), null)).isEqualTo(legacy.hash());
    }

    @Test
    void concurrentAppendsStayOneChain() throws Exception {
        String action = uniqueAction();
        int threads = 4;
        int perThread = 15;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        int n = i;
                        // two entries per transaction: the lock is held until commit, not per statement
                        tx.executeWithoutResult(s -> {
                            events.publishEvent(new StaffAction(1L, "t" + thread, null, action, "n", thread + "-" + n,
                                    Map.of(), Map.of("i", n)));
                            events.publishEvent(new StaffAction(1L, "t" + thread, null, action, "n", thread + "-" + n,
                                    Map.of("i", n), Map.of("i", n + 1)));
                        });
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.sql("select count(*) from audit_entry where action = ?").param(action).query(Long.class).single())
                .isEqualTo(threads * perThread * 2L);
        assertThat(jdbc.sql("select count(*) from audit_entry where action = ? and ip_address is null").param(action)
                .query(Long.class).single()).as("no request, no address").isEqualTo(threads * perThread * 2L);
        AuditChainVerifier.Result result = verifier.verify();
        assertThat(result.intact()).as(String.valueOf(result.detail())).isTrue();
    }

    /** What an attacker with the owner's database access could do: switch the trigger off, edit, switch it on again. */
    private void behindTheApplicationsBack(String sql) {
        JdbcClient jdbc = owner.jdbc();
        jdbc.sql("alter table audit_entry disable trigger audit_entry_no_change").update();
        try {
            jdbc.sql(sql).update();
        } finally {
            jdbc.sql("alter table audit_entry enable trigger audit_entry_no_change").update();
        }
    }

    private String runCommand() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        command.printTo(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        int code = command.call();
        return code + ":" + buffer.toString(StandardCharsets.UTF_8);
    }
}
