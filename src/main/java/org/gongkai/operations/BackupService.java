package org.gongkai.operations;

import org.gongkai.platform.GongkaiProperties;
import org.gongkai.platform.Zones;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;

/** Takes backups and keeps their record; scheduled ones go to the backup directory, the oldest beyond the limit go. */
@Service
class BackupService {

    private static final Logger log = LoggerFactory.getLogger(BackupService.class);
    static final String PREFIX = "gongkai-backup-";
    static final String SUFFIX = ".zip";

    private final BackupWriter writer;
    private final BackupRuns runs;
    private final BackupSettings settings;
    private final Path dir;
    private final Clock clock;

    BackupService(BackupWriter writer, BackupRuns runs, BackupSettings settings, GongkaiProperties props, Clock clock) {
        this.writer = writer;
        this.runs = runs;
        this.settings = settings;
        this.dir = settings.dir() == null || settings.dir().isBlank()
                ? props.dataDir().toAbsolutePath().resolve("backups") : Path.of(settings.dir()).toAbsolutePath();
        this.clock = clock;
    }

    Path directory() {
        return dir;
    }

    BackupSettings settings() {
        return settings;
    }

    BackupWriter.Written backUp(Path file, String trigger, BackupWriter.Progress progress) throws IOException {
        long id = runs.started(trigger, file.toAbsolutePath().toString(), clock.instant());
        try {
            BackupWriter.Written w = writer.write(file, progress);
            runs.succeeded(id, clock.instant(), w.bytes(), w.sha256());
            log.info("backup written: {} ({} bytes, SHA-256 {})", w.file(), w.bytes(), w.sha256());
            return w;
        } catch (IOException | RuntimeException e) {
            runs.failed(id, clock.instant(), String.valueOf(e.getMessage()));
            log.error("backup to {} failed", file, e);
            throw e;
        }
    }

    /** A backup into the backup directory, named by the time (Beijing), then the retention. */
    BackupWriter.Written backUpNow(String trigger) throws IOException {
        String stamp = LocalDateTime.now(clock.withZone(Zones.CHINA)).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path file = dir.resolve(PREFIX + stamp + SUFFIX);
        for (int n = 2; Files.exists(file); n++) {
            file = dir.resolve(PREFIX + stamp + "-" + n + SUFFIX);
        }
        BackupWriter.Written w = backUp(file, trigger, BackupWriter.Progress.NONE);
        prune();
        return w;
    }

    /** Keeps the newest {@code keep} archives of the backup directory (names sort by time). */
    void prune() throws IOException {
        List<Path> archives = archives();
        for (Path old : archives.subList(Math.min(archives.size(), Math.max(1, settings.keep())), archives.size())) {
            Files.deleteIfExists(old);
            Files.deleteIfExists(BackupWriter.checksumFile(old));
        }
    }

    /** Archives in the backup directory, newest first. */
    List<Path> archives() throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith(PREFIX) && p.getFileName().toString().endsWith(SUFFIX))
                    .sorted((a, b) -> b.getFileName().toString().compareTo(a.getFileName().toString())).toList();
        }
    }
}
