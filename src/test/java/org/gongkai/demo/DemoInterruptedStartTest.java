package org.gongkai.demo;

import org.gongkai.GongkaiApplication;
import org.gongkai.platform.audit.StaffAction;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The first start dies late in building the demo (when the annual report is generated, after organisations,
 * accounts, catalogs and documents). The next start, on the same data directory, ends with the whole demo and a
 * one-time password for every account, in an owner-only file and not in the log file.
 */
class DemoInterruptedStartTest {

    private static final Path DATA = Path.of("target/demo-crash-test-data");

    /** Stands for the power cut: fails the transaction the first time the annual report is touched. */
    static class PowerCut {
        @EventListener
        void on(StaffAction action) {
            if (action.action().startsWith("report.")) {
                throw new IllegalStateException("power cut while building the demo");
            }
        }
    }

    private static String[] args(String embeddedClean) {
        return new String[]{"--spring.profiles.active=test", "--gongkai.demo=true", "--gongkai.data-dir=" + DATA,
                "--gongkai.db.url=", "--gongkai.db.clean-on-start=false", "--gongkai.db.embedded-clean=" + embeddedClean,
                "--server.port=0"};
    }

    @Test
    void aFirstStartThatDiesHalfWayIsCompletedByTheNextOne() throws IOException {
        deleteRecursively(DATA);
        SpringApplication first = new SpringApplication(GongkaiApplication.class);
        first.addInitializers(ctx -> ((GenericApplicationContext) ctx).registerBean(PowerCut.class));
        assertThatThrownBy(() -> first.run(args("true"))).hasStackTraceContaining("power cut");

        try (ConfigurableApplicationContext ctx = new SpringApplication(GongkaiApplication.class).run(args("false"))) {
            JdbcClient jdbc = ctx.getBean(JdbcClient.class);
            assertThat(count(jdbc, "select count(*) from organisation")).isEqualTo(9);
            assertThat(count(jdbc, "select count(*) from catalog_node")).isGreaterThan(50);
            assertThat(count(jdbc, "select count(*) from public_document where status = 'PUBLISHED'"
                    + " and title like '清溪县教育局%年政府信息公开工作年度报告'")).isEqualTo(1);

            Path file = DATA.toAbsolutePath().resolve("one-time-passwords.txt");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            Map<String, String> handed = passwords(Files.readString(file, StandardCharsets.UTF_8));
            PasswordEncoder encoder = ctx.getBean(PasswordEncoder.class);
            List<Map<String, Object>> accounts = jdbc.sql("select username, password_hash from staff_user").query().listOfRows();
            assertThat(accounts).hasSizeGreaterThan(20);
            for (Map<String, Object> a : accounts) {
                String user = (String) a.get("username");
                assertThat(handed).as("a one-time password for %s", user).containsKey(user);
                assertThat(encoder.matches(handed.get(user), (String) a.get("password_hash")))
                        .as("the handed password of %s opens the account", user).isTrue();
            }

            Path log = DATA.toAbsolutePath().resolve("logs/gongkai.log");
            assertThat(log).exists();
            String logged = Files.readString(log, StandardCharsets.UTF_8);
            assertThat(logged).contains("building the demo content");
            handed.values().forEach(pw -> assertThat(logged).doesNotContain(pw));
        }
    }

    /** The file's lines "user [(ROLE)] password", the latest section winning. */
    private static Map<String, String> passwords(String text) {
        Map<String, String> byUser = new HashMap<>();
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] words = line.strip().split("\\s+");
            byUser.put(words[0], words[words.length - 1]);
        }
        return byUser;
    }

    private static long count(JdbcClient jdbc, String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
