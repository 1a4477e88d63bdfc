package org.gongkai.budget;

import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;

/**
 * {@code budget-codes <file>}: checks an official code list file before an operator names it in
 * {@code gongkai.budget.functional-codes} or {@code economic-codes} (ADR 0051): the first malformed line is named,
 * otherwise the counts by level and how many lines are still marked unverified. Changes nothing.
 */
@Component
@Command(name = "budget-codes", description = "Check a budget classification code list file (code TAB name TAB checked|unverified)")
class BudgetCodesCommand implements org.gongkai.platform.cli.GongkaiCommand {

    @Parameters(index = "0", description = "the list file (UTF-8, tab-separated)")
    Path file;

    @Override
    public String name() {
        return "budget-codes";
    }

    @Override
    public String summary() {
        return "check a budget classification code list file before using it";
    }

    @Override
    public Integer call() {
        try {
            Classification c = CodeListFiles.read(file);
            System.out.println(describe(c));
            return 0;
        } catch (RuntimeException e) {
            System.err.println(e.getMessage());
            return 1;
        }
    }

    static String describe(Classification c) {
        return c.source() + ": " + c.size() + " codes (类 " + c.count(3) + ", 款 " + c.count(5) + ", 项 " + c.count(7)
                + "), " + c.unverified() + " marked unverified";
    }
}
