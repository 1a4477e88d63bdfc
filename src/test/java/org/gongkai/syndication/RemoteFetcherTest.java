package org.gongkai.syndication;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The fetcher resolves each name once, checks the addresses and connects to exactly those: a name server that
 * answers a public address to the check and loopback to the connection (DNS rebinding) gets nowhere. The fixture
 * server on loopback counts the requests that reach it.
 */
class RemoteFetcherTest {

    HttpServer server;
    final AtomicInteger hits = new AtomicInteger();
    int port;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ex -> {
            hits.incrementAndGet();
            byte[] body = "<rss><channel><title>内网</title></channel></rss>".getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        server.start();
        port = server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aRebindingNameIsLookedUpOnceAndTheConnectionGoesOnlyWhereTheCheckAllowed() throws Exception {
        AtomicInteger lookups = new AtomicInteger();
        // first answer: a public (documentation) address; any later answer: loopback, where the fixture listens
        RemoteFetcher.Lookup rebinding = host -> new InetAddress[]{lookups.getAndIncrement() == 0
                ? InetAddress.getByAddress(host, new byte[]{(byte) 203, 0, 113, 7})
                : InetAddress.getByAddress(host, new byte[]{127, 0, 0, 1})};
        RemoteFetcher fetcher = new RemoteFetcher(64 * 1024, Duration.ofSeconds(2), List.of(), rebinding);
        assertThatThrownBy(() -> fetcher.fetch("http://rebind.example:" + port + "/feed.xml", "application/xml"))
                .isInstanceOfSatisfying(RemoteFetcher.Refused.class,
                        r -> assertThat(r.reason).isIn("NETWORK", "TIMEOUT"));
        assertThat(lookups.get()).isEqualTo(1);
        assertThat(hits.get()).isZero();
    }

    @Test
    void aNameAnsweringLoopbackIsRefusedBeforeAnyConnection() {
        RemoteFetcher.Lookup loopback = host -> new InetAddress[]{InetAddress.getByAddress(host, new byte[]{127, 0, 0, 1})};
        RemoteFetcher fetcher = new RemoteFetcher(64 * 1024, Duration.ofSeconds(2), List.of(), loopback);
        assertThatThrownBy(() -> fetcher.fetch("http://inside.example:" + port + "/feed.xml", "application/xml"))
                .isInstanceOfSatisfying(RemoteFetcher.Refused.class, r -> {
                    assertThat(r.reason).isEqualTo("PRIVATE_ADDRESS");
                    assertThat(r.getMessage()).contains("127.0.0.1", "not a public address");
                });
        RemoteFetcher metadata = new RemoteFetcher(64 * 1024, Duration.ofSeconds(2), List.of(),
                host -> new InetAddress[]{InetAddress.getByAddress(host, new byte[]{(byte) 169, (byte) 254, (byte) 169, (byte) 254})});
        assertThatThrownBy(() -> metadata.fetch("http://metadata.example/latest/meta-data/", "text/plain"))
                .isInstanceOfSatisfying(RemoteFetcher.Refused.class, r -> assertThat(r.reason).isEqualTo("PRIVATE_ADDRESS"));
        assertThat(hits.get()).isZero();
    }

    @Test
    void anAllowedOriginIsFetchedThroughTheCheckedAddress() throws Exception {
        AtomicInteger lookups = new AtomicInteger();
        RemoteFetcher fetcher = new RemoteFetcher(64 * 1024, Duration.ofSeconds(2), List.of("feed.example:" + port),
                host -> {
                    lookups.incrementAndGet();
                    return new InetAddress[]{InetAddress.getByAddress(host, new byte[]{127, 0, 0, 1})};
                });
        RemoteFetcher.Fetched f = fetcher.fetch("http://feed.example:" + port + "/feed.xml", "application/xml");
        assertThat(new String(f.body(), StandardCharsets.UTF_8)).contains("内网");
        assertThat(lookups.get()).isEqualTo(1);
        assertThat(hits.get()).isEqualTo(1);
    }

    @Test
    void javaScriptAndFileAddressesAreNeverFetched() {
        RemoteFetcher fetcher = new RemoteFetcher(64 * 1024, Duration.ofSeconds(2), List.of(), InetAddress::getAllByName);
        for (String url : List.of("file:///etc/passwd", "javascript:alert(1)", "ftp://example.org/x",
                "http://user:pw@example.org/")) {
            assertThatThrownBy(() -> fetcher.fetch(url, "*/*")).isInstanceOf(RemoteFetcher.Refused.class);
        }
    }
}
