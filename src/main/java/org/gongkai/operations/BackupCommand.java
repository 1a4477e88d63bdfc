package org.gongkai.operations;

import org.gongkai.platform.cli.GongkaiCommand;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.file.Path;

/** {@code backup <file>}: one consistent archive of the database, files and keys, taken while the application runs. */
@Component
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Writes one consistent archive of the database, the files and the keys (the application may run).")
class BackupCommand implements GongkaiCommand {

    private final BackupService backups;
    private PrintStream out = System.out;

    @Parameters(index = "0", paramLabel = "FILE", description = "the archive to write; FILE.sha256 is written beside it")
    Path file;

    BackupCommand(BackupService backups) {
        this.backups = backups;
    }

    @Override
    public String name() {
        return "backup";
    }

    @Override
    public String summary() {
        return "write a consistent backup archive (database, files, keys) while the application runs";
    }

    void printTo(PrintStream stream) {
        this.out = stream;
    }

    @Override
    public Integer call() {
        try (ConsoleProgress progress = new ConsoleProgress("backup")) {
            BackupWriter.Written w = backups.backUp(file, "command", progress);
            progress.close();
            out.printf("backup written: %s (%,d bytes, %,d rows, %,d files)%nSHA-256 %s (in %s)%n", w.file(), w.bytes(),
                    w.rows(), w.files(), w.sha256(), BackupWriter.checksumFile(w.file()).getFileName());
            return 0;
        } catch (Exception e) {
            out.println("backup FAILED: " + e.getMessage());
            return 1;
        }
    }
}
