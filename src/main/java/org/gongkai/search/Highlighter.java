package org.gongkai.search;

import org.springframework.web.util.HtmlUtils;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Marks where the query's runs occur in a stored text: the title whole, the body as up to two passages around the
 * first matches. A search matches a run of characters as a phrase of CJK bigrams, which is the run as a substring of
 * the folded text (Traditional → Simplified, full-width → half-width, ASCII lower case, all keeping the length); so
 * the marks are found by looking for the same folded runs in the folded text, and put at the same offsets in the
 * original. The text is escaped as HTML around the marks: a title holding {@code <script>} is shown, never run.
 *
 * <p>It works on stored text alone, so every backend highlights the same way, and costs a scan of the 20 shown texts
 * instead of re-running the query against each of them (two thirds of a search's time with Lucene's highlighter).
 */
final class Highlighter {

    static final int SNIPPET_CHARS = 120;
    private static final int MAX_TEXT = 200_000;
    private static final int LEAD = 30;
    private static final String ELLIPSIS = "… ";

    private final List<String> needles;

    private Highlighter(List<String> needles) {
        this.needles = needles;
    }

    static Highlighter of(QueryText text) {
        List<String> needles = new ArrayList<>();
        List<String> chunks = new ArrayList<>(List.of(text.words().split("\\s+")));
        text.phrases().forEach(p -> chunks.addAll(List.of(p.split("\\s+"))));
        for (String chunk : chunks) {
            String n = fold(chunk.strip());
            if (!n.isEmpty() && !needles.contains(n)) {
                needles.add(n);
            }
        }
        needles.sort(Comparator.comparingInt(String::length).reversed()); // the longest run wins where runs overlap
        return new Highlighter(List.copyOf(needles));
    }

    /** The whole text, escaped, with every match marked. */
    String whole(String text) {
        String t = text == null ? "" : text;
        return render(t, matches(t), 0, t.length());
    }

    /**
     * Up to two passages of about {@value #SNIPPET_CHARS} characters around the first matches, escaped and marked;
     * the start of the text when nothing in it matches; {@code null} for no text.
     */
    String snippet(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
        List<int[]> marks = matches(t);
        if (marks.isEmpty()) {
            int end = Math.min(t.length(), SNIPPET_CHARS);
            return render(t, marks, 0, end) + (end < t.length() ? ELLIPSIS.strip() : "");
        }
        StringBuilder out = new StringBuilder();
        int shownTo = 0;
        int passages = 0;
        for (int[] m : marks) {
            if (passages == 2) {
                break;
            }
            if (m[0] < shownTo) {
                continue;
            }
            int from = passageStart(t, m[0], shownTo);
            int to = Math.max(m[1], Math.min(t.length(), from + SNIPPET_CHARS));
            if (from > shownTo || passages > 0) {
                out.append(ELLIPSIS);
            }
            out.append(render(t, marks, from, to));
            shownTo = to;
            passages++;
        }
        if (shownTo < t.length()) {
            out.append(ELLIPSIS.strip());
        }
        return out.toString();
    }

    /** Where a passage showing a match at {@code at} begins: after the sentence end shortly before it, if any. */
    private static int passageStart(String t, int at, int notBefore) {
        int from = Math.max(notBefore, at - LEAD);
        for (int i = at - 1; i >= from; i--) {
            char c = t.charAt(i);
            if (c == '。' || c == '！' || c == '？' || c == '；' || c == '\n') {
                return i + 1;
            }
        }
        return from;
    }

    /** Non-overlapping [start, end) of every match, in order. */
    List<int[]> matches(String text) {
        List<int[]> out = new ArrayList<>();
        if (needles.isEmpty() || text.isEmpty()) {
            return out;
        }
        String folded = fold(text);
        int i = 0;
        while (i < folded.length()) {
            int end = -1;
            for (String n : needles) {
                if (folded.startsWith(n, i)) {
                    end = i + n.length();
                    break;
                }
            }
            if (end > 0) {
                out.add(new int[]{i, end});
                i = end;
            } else {
                i++;
            }
        }
        return out;
    }

    private static String render(String text, List<int[]> marks, int from, int to) {
        StringBuilder sb = new StringBuilder();
        int pos = from;
        for (int[] m : marks) {
            if (m[1] <= from || m[0] >= to) {
                continue;
            }
            int s = Math.max(m[0], from);
            int e = Math.min(m[1], to);
            sb.append(HtmlUtils.htmlEscape(text.substring(pos, s)));
            sb.append("<mark>").append(HtmlUtils.htmlEscape(text.substring(s, e))).append("</mark>");
            pos = e;
        }
        sb.append(HtmlUtils.htmlEscape(text.substring(pos, to)));
        return sb.toString();
    }

    /** Folded as the index folds it, ASCII letters in lower case; the length is kept. */
    private static String fold(String s) {
        char[] chars = TextFolding.fold(s).toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] >= 'A' && chars[i] <= 'Z') {
                chars[i] = (char) (chars[i] + 32);
            }
        }
        return new String(chars);
    }
}
