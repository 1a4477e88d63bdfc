package org.gongkai.integrity.web;

import me.tongfei.progressbar.ProgressBar;
import org.gongkai.identity.StaffLookup;
import org.gongkai.identity.StaffUser;
import org.gongkai.integrity.CleanedDocument;
import org.gongkai.integrity.DraftFromImport;
import org.gongkai.integrity.PageCleaner;
import org.gongkai.platform.cli.GongkaiCommand;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Bulk migration: saved pages (.html, .htm, .txt, or folders of them) are cleaned like the back office's import and
 * become drafts of the editor's organisation, each with its original bytes kept. Nothing is published: every draft
 * goes through review.
 */
@Component
@Command(name = "import-pages", mixinStandardHelpOptions = true,
        description = "Clean saved pages and create drafts from them (originals kept; drafts go through review).")
class ImportPagesCommand implements GongkaiCommand {

    @Option(names = {"-u", "--editor"}, required = true, description = "user name of the editor the drafts belong to")
    String editor;

    @Parameters(arity = "1..*", description = "files or folders of saved pages")
    List<Path> inputs;

    private final StaffLookup staff;
    private final DraftFromImport drafts;
    private final ImportStore originals;
    private final TransactionTemplate transactions;

    ImportPagesCommand(StaffLookup staff, DraftFromImport drafts, ImportStore originals, TransactionTemplate transactions) {
        this.staff = staff;
        this.drafts = drafts;
        this.originals = originals;
        this.transactions = transactions;
    }

    @Override
    public String name() {
        return "import-pages";
    }

    @Override
    public String summary() {
        return "clean saved pages into drafts, with a progress bar (bulk migration)";
    }

    @Override
    public Integer call() throws IOException {
        StaffUser user = staff.byUsername(editor).orElse(null);
        if (user == null || !user.has(org.gongkai.identity.Role.EDITOR)) {
            System.err.println("no enabled editor account named " + editor);
            return 2;
        }
        List<Path> files = expand(inputs);
        int created = 0;
        List<String> failed = new ArrayList<>();
        PageCleaner cleaner = new PageCleaner();
        try (ProgressBar bar = new ProgressBar("import-pages", files.size())) {
            for (Path file : files) {
                try {
                    byte[] bytes = Files.readAllBytes(file);
                    CleanedDocument doc = cleaner.clean(bytes, file.getFileName().toString());
                    transactions.executeWithoutResult(tx -> {
                        long importId = originals.save(user.organisationId(), user.id(), file.getFileName().toString(),
                                bytes, doc.originalSha256());
                        drafts.createDraft(user, doc, null);
                        originals.accept(importId, user.id());
                    });
                    created++;
                } catch (IOException | RuntimeException e) {
                    failed.add(file + ": " + e.getMessage());
                }
                bar.step();
            }
        }
        System.out.printf("%d drafts created, %d files failed%n", created, failed.size());
        failed.forEach(f -> System.out.println("  failed " + f));
        return failed.isEmpty() ? 0 : 1;
    }

    private static List<Path> expand(List<Path> inputs) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path p : inputs) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(Files::isRegularFile).filter(ImportPagesCommand::isPage).sorted().forEach(files::add);
                }
            } else {
                files.add(p);
            }
        }
        return files;
    }

    private static boolean isPage(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".txt");
    }
}
