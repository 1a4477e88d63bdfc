package org.gongkai.platform;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Signals between the app nodes sharing one database (ADR 0034). {@link #send} inserts a row into
 * {@code node_signal} inside the caller's transaction; a trigger notifies channel {@code gongkai_signal} when it
 * commits. Every node keeps one dedicated connection (outside the pool) that LISTENs on that channel and hands each
 * signal of another node to the subscribers of its topic, on one thread per subscription, within milliseconds.
 * <p>
 * Notifications are lost while a node's listening connection is down, so after every (re)connection, and once a
 * minute as a safety net, the node reads the table over a trailing window and delivers what it has not seen (a row
 * whose id was taken before, but committed after, a newer one is inside the window too). Reconnection backs off from
 * 100 ms to 30 s. A node never hears its own signals: it acted on the change itself.
 */
@Component
public class NodeSignals implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(NodeSignals.class);
    static final String CHANNEL = "gongkai_signal";
    private static final Duration WINDOW = Duration.ofMinutes(2);
    private static final long MAX_BACKOFF_MS = 30_000;

    /** One signal: this topic changed for this subject. */
    public record Signal(long id, String origin, String topic, String subject) {
    }

    private record Subscription(String topic, Consumer<String> handler, ExecutorService executor) {
    }

    private final JdbcClient jdbc;
    private final DatabaseOwner owner;
    private final String origin;
    private final boolean enabled;
    private final List<Subscription> subscriptions = new CopyOnWriteArrayList<>();
    private final Map<Long, Instant> seen = new ConcurrentHashMap<>();
    private final Object catchUpLock = new Object();
    private volatile boolean running;
    private volatile Thread thread;
    private volatile Connection listening;
    private volatile Instant caughtUpTo;
    private volatile long connections;

    @org.springframework.beans.factory.annotation.Autowired
    NodeSignals(JdbcClient jdbc, DatabaseOwner owner, @Value("${gongkai.cli:false}") boolean cli) {
        this(jdbc, owner, UUID.randomUUID().toString(), !cli);
    }

    /** For tests that play a second node on the same database. */
    public NodeSignals(JdbcClient jdbc, DatabaseOwner owner, String origin, boolean enabled) {
        this.jdbc = jdbc;
        this.owner = owner;
        this.origin = origin;
        this.enabled = enabled;
    }

    /** This node's name in {@code node_signal.origin}. */
    public String origin() {
        return origin;
    }

    /**
     * Signals that {@code topic} changed for {@code subject} (no spaces), in the current transaction: the other
     * nodes hear it when the transaction commits, and not at all if it rolls back.
     */
    public void send(String topic, String subject) {
        jdbc.sql("insert into node_signal (origin, topic, subject) values (?, ?, ?)").params(origin, topic, subject).update();
    }

    /** Hands the subject of every signal of another node on {@code topic} to {@code handler}, one at a time. */
    public void subscribe(String topic, Consumer<String> handler) {
        ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "signal-" + topic);
            t.setDaemon(true);
            return t;
        });
        subscriptions.add(new Subscription(topic, handler, executor));
    }

    /** How many times the listening connection has been opened (1 after start, more after reconnections). */
    public long connections() {
        return connections;
    }

    /** The server process of the listening connection (tests cut it with {@code pg_terminate_backend}). */
    public Integer listeningBackend() {
        Connection c = listening;
        if (c == null) {
            return null;
        }
        try {
            return c.unwrap(PGConnection.class).getBackendPID();
        } catch (SQLException e) {
            return null;
        }
    }

    @Override
    public void start() {
        if (!enabled || running) {
            return;
        }
        running = true;
        Thread t = new Thread(this::listen, "node-signals");
        t.setDaemon(true);
        thread = t;
        t.start();
    }

    @Override
    public void stop() {
        running = false;
        Thread t = thread;
        if (t != null) {
            t.interrupt();
            try {
                t.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        closeQuietly(listening);
    }

    /**
     * The handlers' threads end with the context, not at {@link #stop()}: a stopped context may be started again
     * (Spring pauses test contexts that are not in use), and its subscriptions must still be served then.
     */
    @jakarta.annotation.PreDestroy
    void shutDown() {
        subscriptions.forEach(s -> s.executor().shutdownNow());
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Started late and stopped early: the pool and the database outlive it. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }

    private void listen() {
        long backoff = 100;
        while (running) {
            try (Connection c = connect()) {
                try (Statement s = c.createStatement()) {
                    s.execute("LISTEN " + CHANNEL);
                }
                listening = c;
                connections++;
                backoff = 100;
                catchUp();
                PGConnection pg = c.unwrap(PGConnection.class);
                int quiet = 0;
                while (running) {
                    PGNotification[] ns = pg.getNotifications(500);
                    if (ns == null || ns.length == 0) {
                        // a connection cut without a word (a dead network) is found by asking every 15 s
                        if (++quiet >= 30) {
                            quiet = 0;
                            try (Statement s = c.createStatement()) {
                                s.execute("select 1");
                            }
                        }
                        continue;
                    }
                    quiet = 0;
                    for (PGNotification n : ns) {
                        Signal signal = parse(n.getParameter());
                        if (signal != null) {
                            deliver(signal);
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                listening = null;
                if (!running) {
                    return;
                }
                log.warn("listening for signals of other nodes failed ({}); connecting again in {} ms", e.getMessage(), backoff);
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException ie) {
                    return;
                }
                backoff = Math.min(MAX_BACKOFF_MS, backoff * 2);
            }
        }
    }

    private Connection connect() throws SQLException {
        Properties p = new Properties();
        if (owner.runtimeUser() != null && !owner.runtimeUser().isBlank()) {
            p.setProperty("user", owner.runtimeUser());
            p.setProperty("password", owner.runtimePassword() == null ? "" : owner.runtimePassword());
        }
        p.setProperty("ApplicationName", "gongkai-signals");
        p.setProperty("tcpKeepAlive", "true");
        Connection c = new org.postgresql.Driver().connect(owner.url(), p);
        if (c == null) {
            throw new SQLException("not a PostgreSQL URL: " + owner.url());
        }
        c.setAutoCommit(true);
        return c;
    }

    static Signal parse(String payload) {
        String[] parts = payload == null ? new String[0] : payload.split(" ", 4);
        if (parts.length != 4) {
            return null;
        }
        try {
            return new Signal(Long.parseLong(parts[0]), parts[1], parts[2], parts[3]);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void deliver(Signal signal) {
        if (origin.equals(signal.origin()) || seen.putIfAbsent(signal.id(), Instant.now()) != null) {
            return;
        }
        for (Subscription s : subscriptions) {
            if (s.topic().equals(signal.topic())) {
                s.executor().execute(() -> {
                    try {
                        s.handler().accept(signal.subject());
                    } catch (RuntimeException e) {
                        log.error("handling the signal {} {} of another node failed", signal.topic(), signal.subject(), e);
                    }
                });
            }
        }
    }

    /**
     * Delivers what other nodes signalled and this node has not heard: the rows since the last catch-up, less a
     * window. The first catch-up only marks where to start (a starting node has nothing cached).
     */
    @Scheduled(fixedDelayString = "${gongkai.signals.catch-up:PT1M}", initialDelayString = "${gongkai.signals.catch-up:PT1M}")
    public void catchUp() {
        if (!running && enabled) {
            return;
        }
        synchronized (catchUpLock) {
            Instant dbNow = jdbc.sql("select now()").query(Timestamp.class).single().toInstant();
            Instant from = caughtUpTo;
            if (from != null) {
                jdbc.sql("select id, origin, topic, subject from node_signal where created_at >= ? and origin <> ? order by id")
                        .params(Timestamp.from(from.minus(WINDOW)), origin)
                        .query((rs, i) -> new Signal(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                        .list().forEach(this::deliver);
            }
            Instant forget = Instant.now().minus(WINDOW.multipliedBy(3));
            seen.values().removeIf(at -> at.isBefore(forget));
            caughtUpTo = dbNow;
        }
    }

    @Scheduled(cron = "${gongkai.signals.cleanup:0 17 3 * * *}")
    @net.javacrumbs.shedlock.spring.annotation.SchedulerLock(name = "node-signal-cleanup", lockAtMostFor = "PT10M")
    void cleanUp() {
        jdbc.sql("delete from node_signal where created_at < now() - interval '1 day'").update();
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing anyway
            }
        }
    }

    /** Waits until the subscriptions have handled what was delivered so far (tests). */
    public void awaitHandled(Duration max) throws InterruptedException {
        long deadline = System.nanoTime() + max.toNanos();
        for (Subscription s : subscriptions) {
            java.util.concurrent.Future<?> f = s.executor().submit(() -> { });
            try {
                f.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                return;
            }
        }
    }
}
