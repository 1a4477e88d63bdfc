package org.gongkai.identity;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** One-time passwords go to an owner-only file and the console, and never to logging. */
class OneTimePasswordsTest {

    @TempDir Path dir;

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();

    private OneTimePasswords passwords() {
        return new OneTimePasswords(dir.resolve(OneTimePasswords.FILE_NAME), new PrintStream(console, true, StandardCharsets.UTF_8));
    }

    private String consoleText() {
        return console.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theFileIsOwnerOnlyAndTheConsoleHearsThemButTheLogDoesNot() throws IOException {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        root.addAppender(logged);
        try {
            OneTimePasswords p = passwords();
            p.hand("first start", Map.of("admin (SYSTEM_ADMIN)", "Pw-One-1234567", "secadmin", "Pw-Two-7654321"));
            Path file = p.file();
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            assertThat(Files.readString(file)).contains("admin (SYSTEM_ADMIN)", "Pw-One-1234567", "secadmin", "Pw-Two-7654321");
            assertThat(consoleText()).contains("Pw-One-1234567", "Pw-Two-7654321", file.toString());
            assertThat(logged.list).noneMatch(e -> e.getFormattedMessage().contains("Pw-"));
        } finally {
            root.detachAppender(logged);
        }
    }

    @Test
    void inATransactionTheConsoleWaitsForTheCommitAndARollbackTakesTheSectionOut() throws IOException {
        OneTimePasswords p = passwords();
        p.hand("earlier", Map.of("kept", "Kept-Pw-12345"));
        String before = Files.readString(p.file());

        TransactionSynchronizationManager.initSynchronization();
        try {
            p.hand("demo", Map.of("demo-editor", "Demo-Pw-12345"));
            assertThat(Files.readString(p.file())).as("on disk before the commit").contains("Demo-Pw-12345");
            assertThat(consoleText()).doesNotContain("Demo-Pw-12345");
            TransactionSynchronizationManager.getSynchronizations()
                    .forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_ROLLED_BACK));
        } finally {
            TransactionSynchronizationManager.clearSynchronization();
        }
        assertThat(Files.readString(p.file())).isEqualTo(before);
        assertThat(consoleText()).doesNotContain("Demo-Pw-12345");

        TransactionSynchronizationManager.initSynchronization();
        try {
            p.hand("demo", Map.of("demo-editor", "Demo-Pw-67890"));
            TransactionSynchronizationManager.getSynchronizations()
                    .forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));
        } finally {
            TransactionSynchronizationManager.clearSynchronization();
        }
        assertThat(Files.readString(p.file())).contains("Kept-Pw-12345", "Demo-Pw-67890");
        assertThat(consoleText()).contains("Demo-Pw-67890");
    }
}
