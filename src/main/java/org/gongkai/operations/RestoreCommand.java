package org.gongkai.operations;

import org.gongkai.platform.cli.GongkaiCommand;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.file.Path;

/** {@code restore <file>}: an archive into an empty data directory or an empty server database. */
@Component
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Restores a backup archive into an empty data directory (GONGKAI_DATA_DIR) or an empty server "
                + "database (GONGKAI_DB_URL); the application must not run on it.")
class RestoreCommand implements GongkaiCommand {

    private final BackupRestorer restorer;
    private PrintStream out = System.out;

    @Parameters(index = "0", paramLabel = "FILE", description = "the archive written by the backup command")
    Path file;

    RestoreCommand(BackupRestorer restorer) {
        this.restorer = restorer;
    }

    @Override
    public String name() {
        return "restore";
    }

    @Override
    public String summary() {
        return "restore a backup archive into an empty data directory or server database";
    }

    void printTo(PrintStream stream) {
        this.out = stream;
    }

    @Override
    public Integer call() {
        try (ConsoleProgress progress = new ConsoleProgress("restore")) {
            BackupRestorer.Restored r = restorer.restore(file, progress);
            progress.close();
            out.printf("restored: %,d rows, %,d files (schema version %s, migrated to this version's)%n",
                    r.rows(), r.files(), r.schemaVersion());
            return 0;
        } catch (Exception e) {
            out.println("restore FAILED: " + e.getMessage());
            return 1;
        }
    }
}
