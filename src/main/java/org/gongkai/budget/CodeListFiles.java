package org.gongkai.budget;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An operator's official code lists in place of the bundled ones (ADR 0051): {@code gongkai.budget.functional-codes}
 * and {@code gongkai.budget.economic-codes} name files in the bundled format ({@code code TAB name TAB
 * checked|unverified}), read and checked at start. A file that is missing or has a malformed line stops the start
 * with the file and line named, rather than importing budgets against a list nobody meant. Check a file beforehand
 * with {@code budget-codes} ({@link BudgetCodesCommand}).
 */
@Component
class CodeListFiles {

    private static final Logger LOG = LoggerFactory.getLogger(CodeListFiles.class);

    CodeListFiles(@Value("${gongkai.budget.functional-codes:}") String functionalFile,
                  @Value("${gongkai.budget.economic-codes:}") String economicFile) {
        Classification functional = functionalFile.isBlank() ? null : read(Path.of(functionalFile.strip()));
        Classification economic = economicFile.isBlank() ? null : read(Path.of(economicFile.strip()));
        Classification.use(functional, economic);
        for (Classification c : new Classification[] {Classification.functional(), Classification.economic()}) {
            LOG.info("budget code list {}: {} codes, {} unverified", c.source(), c.size(), c.unverified());
        }
    }

    /** Reads and checks a list file; the exception names the file and the line of the first problem. */
    static Classification read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("budget code list " + file + ": no such file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return Classification.parse(file.toString(), in);
        } catch (IOException e) {
            throw new UncheckedIOException("budget code list " + file, e);
        }
    }
}
