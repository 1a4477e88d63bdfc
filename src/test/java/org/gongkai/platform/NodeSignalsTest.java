package org.gongkai.platform;

import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Signals between nodes: a second {@link NodeSignals} on the same database plays the other node. Arrival is awaited
 * up to a deadline (the promise is "well under a second"; the deadline is generous for a loaded build machine).
 */
@IntegrationTest
class NodeSignalsTest {

    @Autowired NodeSignals signals;
    @Autowired DatabaseOwner owner;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate tx;

    private NodeSignals other;
    private final List<String> heard = new CopyOnWriteArrayList<>();

    @BeforeEach
    void otherNode() {
        other = new NodeSignals(jdbc, owner, "other-node-" + System.nanoTime(), true);
        other.subscribe("test.ping", heard::add);
        other.start();
        awaitTrue(() -> other.listeningBackend() != null);
    }

    @AfterEach
    void stop() {
        other.stop();
    }

    @Test
    void aSignalIsHeardByTheOtherNodeWhenItsTransactionCommits() {
        String subject = "s" + System.nanoTime();
        tx.executeWithoutResult(s -> signals.send("test.ping", subject));
        awaitTrue(() -> heard.contains(subject));
        assertThat(heard).containsOnlyOnce(subject);
    }

    @Test
    void aRolledBackSignalIsNeverHeard() {
        String lost = "lost" + System.nanoTime();
        String after = "after" + System.nanoTime();
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
            signals.send("test.ping", lost);
            throw new IllegalStateException("roll back");
        })).isInstanceOf(IllegalStateException.class);
        tx.executeWithoutResult(s -> signals.send("test.ping", after));
        awaitTrue(() -> heard.contains(after));
        other.catchUp();
        awaitHandled();
        assertThat(heard).doesNotContain(lost);
    }

    @Test
    void aSignalSentWhileTheListeningConnectionIsCutArrivesAfterTheReconnect() {
        long before = other.connections();
        Integer pid = other.listeningBackend();
        // the runtime user may end its own sessions, on the embedded database and on a server
        jdbc.sql("select pg_terminate_backend(?)").param(pid).query(Boolean.class).single();
        String subject = "cut" + System.nanoTime();
        tx.executeWithoutResult(s -> signals.send("test.ping", subject));
        awaitTrue(() -> heard.contains(subject));
        assertThat(other.connections()).isGreaterThan(before);
        other.catchUp();
        awaitHandled();
        assertThat(heard).containsOnlyOnce(subject);
    }

    @Test
    void aNodeDoesNotHearItsOwnSignals() {
        String own = "own" + System.nanoTime();
        String theirs = "theirs" + System.nanoTime();
        tx.executeWithoutResult(s -> other.send("test.ping", own));
        tx.executeWithoutResult(s -> signals.send("test.ping", theirs));
        awaitTrue(() -> heard.contains(theirs));
        other.catchUp();
        awaitHandled();
        assertThat(heard).doesNotContain(own);
    }

    @Test
    void theTableRefusesMalformedSignals() {
        assertThatThrownBy(() -> jdbc.sql("insert into node_signal (origin, topic, subject) values ('n', 'Bad Topic', 'x')").update())
                .hasMessageContaining("node_signal_topic_check");
        assertThatThrownBy(() -> jdbc.sql("insert into node_signal (origin, topic, subject) values ('n', 'site', 'a b')").update())
                .hasMessageContaining("node_signal_subject_check");
    }

    private void awaitHandled() {
        try {
            other.awaitHandled(Duration.ofSeconds(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Polls the condition until it holds or ten seconds pass (no fixed sleeps). */
    private static void awaitTrue(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition within the deadline").isLessThan(deadline);
            java.util.concurrent.locks.LockSupport.parkNanos(10_000_000);
        }
    }
}
