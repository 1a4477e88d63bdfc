package org.gongkai.review;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Screens the whole corpus (generated and hand-written snippets, each with its expected findings), prints precision
 * and recall per kind and overall, and holds the engine to its promises: every valid resident ID and bank card found,
 * and at least 95 % of all findings right.
 */
class CorpusTest {

    static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    record Tally(int truePositives, int falsePositives, int falseNegatives) {
        Tally plus(Tally o) {
            return new Tally(truePositives + o.truePositives, falsePositives + o.falsePositives, falseNegatives + o.falseNegatives);
        }

        double precision() {
            return truePositives + falsePositives == 0 ? 1 : (double) truePositives / (truePositives + falsePositives);
        }

        double recall() {
            return truePositives + falseNegatives == 0 ? 1 : (double) truePositives / (truePositives + falseNegatives);
        }
    }

    /** The negative list the corpus is screened with (its cases of NEGATIVE_TERM rely on it). */
    static final List<NegativeTerm> TERMS = List.of(NegativeTerm.parse("高考试题", "corpus"),
            NegativeTerm.parse("/未经批准的[^，。]{0,10}方案/", "corpus"), NegativeTerm.parse("信访人", "corpus"));

    static List<CorpusCase> corpus() {
        List<CorpusCase> all = new ArrayList<>(GeneratedCorpus.cases());
        all.addAll(HandWrittenCorpus.cases());
        return all;
    }

    @Test
    void precisionAndRecallPerKind() {
        List<CorpusCase> corpus = corpus();
        Map<FindingKind, Tally> tallies = new EnumMap<>(FindingKind.class);
        for (FindingKind k : FindingKind.values()) {
            tallies.put(k, new Tally(0, 0, 0));
        }
        List<String> mistakes = new ArrayList<>();
        for (CorpusCase c : corpus) {
            List<CorpusCase.Expected> open = new ArrayList<>(c.expected());
            for (Finding f : Screener.screen(c.text(), TERMS, TODAY)) {
                CorpusCase.Expected hit = open.stream().filter(e -> e.accepts(f)).findFirst().orElse(null);
                if (hit != null) {
                    open.remove(hit);
                    tallies.merge(f.kind(), new Tally(1, 0, 0), Tally::plus);
                } else {
                    tallies.merge(f.kind(), new Tally(0, 1, 0), Tally::plus);
                    mistakes.add("FP  %-22s %-14s [%s] in %s".formatted(c.name(), f.kind(), f.matched(), oneLine(c.text())));
                }
            }
            for (CorpusCase.Expected e : open) {
                tallies.merge(e.kind(), new Tally(0, 0, 1), Tally::plus);
                mistakes.add("FN  %-22s %-14s [%s] in %s".formatted(c.name(), e.kind(), e.matched(), oneLine(c.text())));
            }
        }
        Tally total = tallies.values().stream().reduce(new Tally(0, 0, 0), Tally::plus);
        System.out.println(report(corpus.size(), tallies, total));
        mistakes.forEach(System.out::println);

        assertThat(corpus).hasSizeGreaterThanOrEqualTo(300);
        assertThat(tallies.get(FindingKind.RESIDENT_ID).recall()).as("recall on resident IDs").isEqualTo(1.0);
        assertThat(tallies.get(FindingKind.BANK_CARD).recall()).as("recall on bank cards").isEqualTo(1.0);
        assertThat(total.precision()).as("overall precision").isGreaterThanOrEqualTo(0.95);
    }

    static String report(int snippets, Map<FindingKind, Tally> tallies, Tally total) {
        StringBuilder b = new StringBuilder("\nScreening corpus: %d snippets%n".formatted(snippets));
        b.append("%-16s %5s %5s %5s %10s %8s%n".formatted("kind", "TP", "FP", "FN", "precision", "recall"));
        tallies.forEach((k, t) -> b.append(line(k.name(), t)));
        b.append(line("OVERALL", total));
        return b.toString();
    }

    private static String line(String name, Tally t) {
        return "%-16s %5d %5d %5d %9.1f%% %7.1f%%%n".formatted(name, t.truePositives(), t.falsePositives(),
                t.falseNegatives(), 100 * t.precision(), 100 * t.recall());
    }

    private static String oneLine(String s) {
        String one = s.replace("\n", "⏎").replace("\t", "→");
        return one.length() > 90 ? one.substring(0, 90) + "…" : one;
    }
}
