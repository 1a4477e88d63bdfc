package org.gongkai.transparency;

import org.gongkai.platform.GongkaiProperties;
import org.gongkai.platform.SharedDirectory;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several nodes starting at once on one shared directory end up with one transparency key: creation is serialised
 * by a database lock and whoever comes second reads the key made (ADR 0034).
 */
@IntegrationTest
class SigningKeyRaceTest {

    @Autowired GongkaiProperties properties;
    @Autowired DataSource dataSource;
    @TempDir Path shared;

    @Test
    void nodesCreatingTheKeyAtOnceGetOneKey() throws Exception {
        int nodes = 4;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(nodes);
        try {
            List<Future<String>> ids = new ArrayList<>();
            for (int i = 0; i < nodes; i++) {
                // each one a node of its own: its own SigningKey on the same shared directory and database
                SigningKey key = new SigningKey(new SharedDirectory(properties, shared.toString()), dataSource);
                ids.add(pool.submit(() -> {
                    go.await();
                    return HexFormat.of().formatHex(key.keyId());
                }));
            }
            go.countDown();
            Set<String> distinct = new java.util.HashSet<>();
            for (Future<String> f : ids) {
                distinct.add(f.get());
            }
            assertThat(distinct).hasSize(1);
            assertThat(shared.resolve("keys").toFile().list()).filteredOn(n -> n.endsWith(".key"))
                    .containsExactly("transparency-ed25519.key");
        } finally {
            pool.shutdown();
        }
    }
}
