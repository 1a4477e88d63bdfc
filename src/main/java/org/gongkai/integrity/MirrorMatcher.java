package org.gongkai.integrity;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import org.gongkai.integrity.mirror.MirrorText;

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

    /** Checks an already cleaned copy: its full text and its body alone are both tried, the better one wins. */
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
        MirrorMatch best = matches.get(0);
        List<MirrorDifference> diff = best.verdict() == MirrorVerdict.IDENTICAL ? List.of()
                : differences(index.text(best.docId()).orElse(""), copy.canonicalText());
        return new MirrorReport(best.verdict(), best, matches.subList(1, matches.size()), diff);
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
                case INSERT -> MirrorDifference.Kind.ADDED;
                case DELETE -> MirrorDifference.Kind.MISSING;
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
