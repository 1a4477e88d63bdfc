package org.gongkai.demo;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The bench runs and its generated personal data is found (its figures are for bench/screening.sh, not asserted). */
class ScreeningBenchmarkTest {

    @Test
    void screensTheGeneratedDocumentsAndFindsTheirPersonalData() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ScreeningBenchmark.run(1, new PrintStream(out, true, StandardCharsets.UTF_8));
        String report = out.toString(StandardCharsets.UTF_8);
        assertThat(report).contains("documents: ", "screening throughput: ");
        Matcher findings = Pattern.compile("screening \\(all detectors\\)\\s+\\S+\\s+\\S+\\s+(\\d+)").matcher(report);
        assertThat(findings.find()).isTrue();
        assertThat(Long.parseLong(findings.group(1))).isPositive();
    }
}
