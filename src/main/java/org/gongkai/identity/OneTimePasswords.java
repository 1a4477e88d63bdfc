package org.gongkai.identity;

import org.gongkai.platform.DurableFiles;
import org.gongkai.platform.GongkaiProperties;
import org.gongkai.platform.Zones;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * Hands over the one-time passwords of accounts created at the first start: written to
 * {@code <data dir>/one-time-passwords.txt} (owner-only, forced to disk before the accounts commit, so accounts
 * whose creation committed always have their password somewhere) and printed to the console once they commit.
 * Never through logging: log files are kept, rotated and shipped, and a password has no place in them.
 */
@Component
public class OneTimePasswords {

    static final String FILE_NAME = "one-time-passwords.txt";
    private static final String HEADER = """
            # Gongkai: one-time passwords of accounts created at the first start. Each must be changed at the
            # account's first sign-in; delete this file once every account has signed in.
            """;

    private final Path file;
    private final PrintStream console;

    @Autowired
    OneTimePasswords(GongkaiProperties properties) {
        this(properties.dataDir().toAbsolutePath().resolve(FILE_NAME), System.out);
    }

    OneTimePasswords(Path file, PrintStream console) {
        this.file = file;
        this.console = console;
    }

    public Path file() {
        return file;
    }

    /**
     * Adds a section to the file now, durably, and prints the banner when the current transaction commits (at once
     * without one). If the transaction rolls back, the section is taken out again: those accounts do not exist.
     */
    public void hand(String heading, Map<String, String> passwordsByAccount) {
        if (passwordsByAccount.isEmpty()) {
            return;
        }
        StringBuilder section = new StringBuilder("\n## ")
                .append(ZonedDateTime.now(Zones.CHINA).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
                .append(' ').append(heading).append('\n');
        passwordsByAccount.forEach((user, pw) -> section.append("%-32s %s%n".formatted(user, pw)));
        String before = read();
        DurableFiles.write(file, ((before.isEmpty() ? HEADER : before) + section).getBytes(StandardCharsets.UTF_8),
                DurableFiles.OWNER_ONLY);
        String banner = banner(heading, passwordsByAccount);
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            console.println(banner);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status == STATUS_COMMITTED) {
                    console.println(banner);
                } else if (before.isEmpty()) {
                    DurableFiles.deleteQuietly(file);
                } else {
                    DurableFiles.write(file, before.getBytes(StandardCharsets.UTF_8), DurableFiles.OWNER_ONLY);
                }
            }
        });
    }

    private String banner(String heading, Map<String, String> passwordsByAccount) {
        StringBuilder sb = new StringBuilder("\n================================================================\n ")
                .append(heading).append("\n (one-time passwords, to be changed at first sign-in; also in ")
                .append(file).append(")\n");
        passwordsByAccount.forEach((user, pw) -> sb.append("   %-32s %s%n".formatted(user, pw)));
        return sb.append("================================================================\n").toString();
    }

    private String read() {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
