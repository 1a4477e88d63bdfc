package org.gongkai.integrity;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import org.gongkai.integrity.mirror.FidelityDiff;
import org.gongkai.integrity.mirror.FidelityText;
import org.gongkai.integrity.mirror.MirrorText;
import org.gongkai.integrity.mirror.SideBySide;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Tells whether an outside copy is one of our published documents: cleans it with {@link PageCleaner}, matches
 * it against a {@link MirrorIndex} and, for the best match, lists the sentences the copy adds, lacks or changes
 * (compared in matching form, so punctuation, script and junk do not count as differences). Stateless.
 */
public final class MirrorMatcher {

    private final PageCleaner cleaner;

    public MirrorMatcher(PageCleaner cleaner) {
        this.cleaner = cleaner;
    }

    /** Checks a saved page or pasted text. */
    public MirrorReport check(byte[] page, String fileName, MirrorIndex index) {
        return check(cleaner.clean(page, fileName), index);
    }

    /**
     * Checks an already cleaned copy. Similarity picks which published document it is (its full text and its body
     * alone are both tried, the better one wins); fidelity is exact: the copy is IDENTICAL only when its text
     * equals the original's in the {@link FidelityText fidelity form} and nothing was injected into the text
     * (emoji, pinyin, words, hidden characters, converted script, substituted domains); otherwise it is an
     * ALTERED_COPY with every difference listed in place and every finding named.
     */
    public MirrorReport check(CleanedDocument copy, MirrorIndex index) {
        List<MirrorMatch> matches = new ArrayList<>(index.match(copy.canonicalText()));
        for (MirrorMatch m : index.match(copy.bodyText())) {
            if (matches.stream().noneMatch(x -> x.docId().equals(m.docId()) && x.similarity() >= m.similarity())) {
                matches.removeIf(x -> x.docId().equals(m.docId()));
                matches.add(m);
            }
        }
        matches.sort(Comparator.comparing(MirrorMatch::verdict)
                .thenComparing(Comparator.comparingDouble(MirrorMatch::similarity).reversed()));
        if (matches.isEmpty()) {
            return new MirrorReport(MirrorVerdict.NOT_OURS, null, List.of(), List.of());
        }
        return compare(copy, matches.get(0), matches.subList(1, matches.size()), index.text(matches.get(0).docId())
                .orElse(""));
    }

    /** Compares a copy exactly with the original it was matched to (or that its marks name). */
    public static MirrorReport compare(CleanedDocument copy, MirrorMatch match, List<MirrorMatch> others,
                                       String original) {
        List<MirrorDifference> diff = FidelityDiff.of(original, copy.canonicalText());
        List<RemovalSummary> findings = copy.removalSummary().stream()
                .filter(s -> s.kind().altersText() || s.kind() == RemovalKind.SPAM_LINE
                        || s.kind() == RemovalKind.ADVERTISEMENT || s.kind() == RemovalKind.HEADLINES)
                // an address or name the original itself has is no finding
                .filter(s -> !s.kind().isFlag() || s.kind() == RemovalKind.MOJIBAKE
                        || s.examples().stream().anyMatch(e -> !original.toLowerCase(java.util.Locale.ROOT).contains(e)))
                .toList();
        boolean altered = !diff.isEmpty() || findings.stream().anyMatch(f -> f.kind().altersText());
        MirrorVerdict verdict = altered ? MirrorVerdict.ALTERED_COPY : MirrorVerdict.IDENTICAL;
        MirrorMatch best = new MirrorMatch(match.docId(), match.estimated(), match.jaccard(), match.containment(),
                match.coverage(), match.similarity(), verdict);
        return new MirrorReport(verdict, best, others, diff, findings,
                diff.isEmpty() ? List.of() : SideBySide.of(original, copy.canonicalText()));
    }

    /** Sentence-level differences between an original and a copy. */
    public static List<MirrorDifference> differences(String original, String copy) {
        List<String> a = sentences(original);
        List<String> b = sentences(copy);
        List<String> na = a.stream().map(MirrorText::normalise).toList();
        List<String> nb = b.stream().map(MirrorText::normalise).toList();
        List<MirrorDifference> out = new ArrayList<>();
        for (AbstractDelta<String> d : DiffUtils.diff(na, nb).getDeltas()) {
            int sp = d.getSource().getPosition();
            int tp = d.getTarget().getPosition();
            String o = String.join("", a.subList(sp, sp + d.getSource().size()));
            String c = String.join("", b.subList(tp, tp + d.getTarget().size()));
            MirrorDifference.Kind kind = switch (d.getType()) {
                case INSERT -> MirrorDifference.Kind.INSERTED;
                case DELETE -> MirrorDifference.Kind.DELETED;
                default -> MirrorDifference.Kind.CHANGED;
            };
            if (kind != null && !(o.isEmpty() && c.isEmpty())) {
                out.add(new MirrorDifference(kind, o, c));
            }
        }
        return out;
    }

    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\n') {
                cur.append(c);
            }
            if (c == '\n' || c == '。' || c == '！' || c == '？' || c == '；') {
                String s = cur.toString().strip();
                if (!s.isEmpty() && !MirrorText.normalise(s).isEmpty()) {
                    out.add(s);
                }
                cur.setLength(0);
            }
        }
        String s = cur.toString().strip();
        if (!s.isEmpty() && !MirrorText.normalise(s).isEmpty()) {
            out.add(s);
        }
        return out;
    }
}
