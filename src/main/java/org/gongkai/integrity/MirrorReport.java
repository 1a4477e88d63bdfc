package org.gongkai.integrity;

import org.gongkai.integrity.mirror.SideBySide;

import java.util.List;

/**
 * The outcome of a mirror check.
 *
 * @param verdict      the verdict for the best match (NOT_OURS when nothing matched)
 * @param best         the best match, or null
 * @param others       further matches, if any
 * @param differences  every difference in the text against the best match, in place (empty when identical)
 * @param findings     what the copy carries that the original does not, by kind (emoji, pinyin, injected words,
 *                     substituted domains, converted script, …), each reported for what it is
 * @param sideBySide   the original and the copy paragraph by paragraph (empty when identical or none)
 */
public record MirrorReport(MirrorVerdict verdict, MirrorMatch best, List<MirrorMatch> others,
                           List<MirrorDifference> differences, List<RemovalSummary> findings,
                           List<SideBySide.Row> sideBySide) {

    public MirrorReport {
        others = List.copyOf(others);
        differences = List.copyOf(differences);
        findings = List.copyOf(findings);
        sideBySide = List.copyOf(sideBySide);
    }

    public MirrorReport(MirrorVerdict verdict, MirrorMatch best, List<MirrorMatch> others,
                        List<MirrorDifference> differences) {
        this(verdict, best, others, differences, List.of(), List.of());
    }

    /** Differences touching figures, dates or negations: shown first. */
    public List<MirrorDifference> highlighted() {
        return differences.stream().filter(MirrorDifference::highlighted)
                .sorted(java.util.Comparator.comparing(MirrorDifference::significance)).toList();
    }

    /** Findings that alter the document's own text. */
    public List<RemovalSummary> alterations() {
        return findings.stream().filter(f -> f.kind().altersText()).toList();
    }
}
