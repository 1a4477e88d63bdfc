package org.gongkai.services;

import org.gongkai.platform.web.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The published draw algorithm: canonical seeds, sample sizes, picks without replacement, fixed vectors. */
class DrawAlgorithmTest {

    static final String E = "a".repeat(64);
    static final String I = "b".repeat(64);

    @Test
    void theSeedIsCanonicalisedRfc3797Style() {
        assertThat(DrawAlgorithm.seedKey("03 09 18 26 34 41 / 12")).contains("3.9.18.26.34.41./12./");
        assertThat(DrawAlgorithm.seedKey("41,3，18、9 26 34/012")).contains("3.9.18.26.34.41./12./");
        assertThat(DrawAlgorithm.seedKey("7")).contains("7./");
        assertThat(DrawAlgorithm.seedKey("")).isEmpty();
        assertThat(DrawAlgorithm.seedKey("1 2 /")).as("an empty source").isEmpty();
        assertThat(DrawAlgorithm.seedKey("1 x 2")).isEmpty();
        assertThat(DrawAlgorithm.seedKey("-1")).isEmpty();
        assertThat(DrawAlgorithm.seedKey("1/2/3/4/5/6/7/8/9/10/11")).as("at most ten sources").isEmpty();
        assertThat(DrawAlgorithm.seedKey("1 ".repeat(31))).as("at most thirty numbers").isEmpty();
        assertThat(DrawAlgorithm.seedKey("999999999999 ".repeat(29) + "/ 999999999999")).as("the longest key fits its column")
                .hasValueSatisfying(k -> assertThat(k.length()).isLessThanOrEqualTo(500));
    }

    @Test
    void datesOutsideTheYearsPeopleMeanAreRefusedWithAMessage() {
        PlanForm farAway = new PlanForm("计划", null, "5", "2", "来源", "+99999-01-01T00:00", "1999-12-31", null);
        assertThatThrownBy(() -> PlanValidation.plan(farAway)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).containsEntry("seedAvailableAt", "svc.error.dateTime")
                        .containsEntry("resultsDue", "svc.error.date"));
        assertThatThrownBy(() -> PlanValidation.result("2201-01-01", "NO_PROBLEM", null, null, null))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("inspectedOn", "svc.error.date"));
    }

    @Test
    void theSampleIsTheRatioRoundedUpAtLeastOneAtMostAll() {
        assertThat(DrawAlgorithm.sampleSize(0, 500)).isZero();
        assertThat(DrawAlgorithm.sampleSize(10, 500)).isEqualTo(1);
        assertThat(DrawAlgorithm.sampleSize(100, 500)).isEqualTo(5);
        assertThat(DrawAlgorithm.sampleSize(101, 500)).isEqualTo(6);
        assertThat(DrawAlgorithm.sampleSize(3, 1)).isEqualTo(1);
        assertThat(DrawAlgorithm.sampleSize(7, 10000)).isEqualTo(7);
        assertThat(PlanValidation.ratio("12.5")).isEqualTo(1250);
        assertThat(PlanValidation.ratio("0.01")).isEqualTo(1);
        assertThat(PlanValidation.ratio("100")).isEqualTo(10000);
        assertThat(PlanValidation.ratio("100.01")).isNull();
        assertThat(PlanValidation.ratio("0")).isNull();
        assertThat(PlanValidation.ratio("1.234")).isNull();
    }

    @Test
    void picksAreDistinctDeterministicAndFollowTheDocumentedHash() {
        List<Integer> a = DrawAlgorithm.pick("3.9./12./", E, I, "entities", 50, 50);
        assertThat(new HashSet<>(a)).hasSize(50);
        assertThat(DrawAlgorithm.pick("3.9./12./", E, I, "entities", 50, 50)).isEqualTo(a);
        assertThat(DrawAlgorithm.pick("3.9./13./", E, I, "entities", 50, 50)).isNotEqualTo(a);
        assertThat(DrawAlgorithm.pick("3.9./12./", E, I, "inspectors/1", 50, 50)).isNotEqualTo(a);

        // the first pick by hand, as the ADR and tools/VerifyDraw.java describe it
        String input = "3.9./12./\n" + E + "\n" + I + "\nentities\n0";
        int first = new java.math.BigInteger(1, DrawAlgorithm.sha256(input.getBytes(StandardCharsets.UTF_8)))
                .mod(java.math.BigInteger.valueOf(50)).intValue();
        assertThat(a.get(0)).isEqualTo(first);
        // a fixed vector (computed independently in Python), so that a change of the algorithm cannot pass unnoticed
        assertThat(DrawAlgorithm.pick("3.9.18./12./", E, I, "entities", 10, 3)).containsExactly(3, 8, 6);
    }

    @Test
    void registerCsvQuotesEveryFieldAndLeavesContactsOut() {
        byte[] csv = RegisterCsv.entities(List.of(new RegisteredEntity(1, "A1", "说\"明\"校", null, "路,1号", "王 138")));
        assertThat(new String(csv, StandardCharsets.UTF_8))
                .isEqualTo("\"code\",\"name\",\"category\",\"address\"\n\"A1\",\"说\"\"明\"\"校\",\"\",\"路,1号\"\n");
        byte[] inspectors = RegisterCsv.inspectors(List.of(new RegisteredInspector(1, "ZF-1", "李四", null, "13800000000")));
        assertThat(new String(inspectors, StandardCharsets.UTF_8)).isEqualTo("\"badge\",\"name\",\"unit\"\n\"ZF-1\",\"李四\",\"\"\n");
    }
}
