package org.gongkai.budget;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An operator's official code list (ADR 0051): checked line by line before use (the start stops naming the line),
 * counted by the {@code budget-codes} command, and, once in use, the list the importer checks codes against.
 */
class CodeListFilesTest {

    @TempDir Path dir;

    Path file(String text) throws Exception {
        Path p = Files.createTempFile(dir, "codes", ".tsv");
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void aWellFormedListIsCountedAndAMalformedOneIsRefusedNamingItsLine() throws Exception {
        Path good = file("# official\n205\t教育支出\tchecked\n20502\t普通教育\tchecked\n2050202\t小学教育\tunverified\n");
        assertThat(BudgetCodesCommand.describe(CodeListFiles.read(good)))
                .endsWith(": 3 codes (类 1, 款 1, 项 1), 1 marked unverified");
        assertThatThrownBy(() -> CodeListFiles.read(file("205\t教育支出\tchecked\n2050202\t小学教育\tchecked\n")))
                .hasMessageContaining("line 2").hasMessageContaining("parent 20502");
        assertThatThrownBy(() -> CodeListFiles.read(file("205\t教育支出\n"))).hasMessageContaining("line 1");
        assertThatThrownBy(() -> CodeListFiles.read(file("# nothing\n"))).hasMessageContaining("no codes");
        assertThatThrownBy(() -> CodeListFiles.read(dir.resolve("absent.tsv"))).hasMessageContaining("no such file");
        BudgetCodesCommand command = new BudgetCodesCommand();
        command.file = dir.resolve("absent.tsv");
        assertThat(command.call()).isEqualTo(1);
        command.file = good;
        assertThat(command.call()).isZero();
    }

    @Test
    void theListInUseIsTheOneTheImporterChecksAgainst() throws Exception {
        Classification bundled = Classification.functional();
        assertThat(bundled.bundled()).isTrue();
        assertThat(Classification.status().bundled()).isTrue();
        byte[] xlsx = BudgetPublicationTest.workbook("500.00");
        assertThat(BudgetWorkbook.read(xlsx).problems()).isEmpty();
        // an operator's list without 208 (the workbook's pension line): the importer now refuses that code
        Classification official = CodeListFiles.read(file("205\t教育支出\tchecked\n20502\t普通教育\tchecked\n"
                + "2050202\t小学教育\tchecked\n2050203\t初中教育\tchecked\n"));
        try {
            new CodeListFiles("", "");
            assertThat(Classification.functional()).isSameAs(bundled);
            Classification.use(official, null);
            assertThat(Classification.status().bundled()).isTrue(); // the economic list is still the bundled one
            assertThat(BudgetWorkbook.read(xlsx).problems()).extracting(BudgetWorkbook.Problem::key)
                    .contains("budget.problem.unknownCode");
        } finally {
            Classification.use(bundled, null);
        }
        assertThat(BudgetWorkbook.read(xlsx).problems()).isEmpty();
    }
}
