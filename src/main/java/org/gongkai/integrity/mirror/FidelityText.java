package org.gongkai.integrity.mirror;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * The fidelity form of a text, the only normalisation the mirror check forgives (ADR 0020): white space and line
 * breaks are dropped, full-width and half-width forms are one (Unicode NFKC, so {@code ，} is {@code ,} and
 * {@code ５} is {@code 5}), the bracket pairs 〔〕【】［］ are {@code []}, curly quotes are straight and dashes are
 * {@code -}. Everything else — every character, digit, letter and remaining mark — counts. Traditional →
 * Simplified is not forgiven here: the cleaner converts it and reports it as a finding.
 */
public final class FidelityText {

    private FidelityText() {
    }

    /** A folded text: its code points and, for each, the 0-based line of the input it came from. */
    public record Folded(int[] codePoints, int[] lines, boolean[] breakBefore) {

        /** Whether white space or a line break stood before the code point at i in the input. */
        public boolean breakBefore(int i) {
            return i < breakBefore.length && breakBefore[i];
        }

        public int length() {
            return codePoints.length;
        }

        public String slice(int from, int to) {
            return new String(codePoints, Math.max(0, from), Math.max(0, Math.min(to, codePoints.length) - Math.max(0, from)));
        }

        public List<Integer> asList() {
            List<Integer> out = new ArrayList<>(codePoints.length);
            for (int cp : codePoints) {
                out.add(cp);
            }
            return out;
        }

        @Override
        public String toString() {
            return new String(codePoints, 0, codePoints.length);
        }
    }

    public static String normalise(String text) {
        return fold(text).toString();
    }

    public static Folded fold(String text) {
        String[] lines = (text == null ? "" : text).split("\n", -1);
        List<Integer> cps = new ArrayList<>();
        List<Integer> lineOf = new ArrayList<>();
        List<Boolean> breaks = new ArrayList<>();
        boolean[] pending = {false};
        for (int l = 0; l < lines.length; l++) {
            String n = Normalizer.normalize(lines[l], Normalizer.Form.NFKC);
            int line = l;
            pending[0] = true;
            n.codePoints().forEach(cp -> {
                int f = foldOne(cp);
                if (f >= 0) {
                    cps.add(f);
                    lineOf.add(line);
                    breaks.add(pending[0]);
                    pending[0] = false;
                } else {
                    pending[0] = true;
                }
            });
        }
        boolean[] br = new boolean[breaks.size()];
        for (int i = 0; i < br.length; i++) {
            br[i] = breaks.get(i);
        }
        return new Folded(cps.stream().mapToInt(Integer::intValue).toArray(),
                lineOf.stream().mapToInt(Integer::intValue).toArray(), br);
    }

    /** The folded code point, or −1 to drop it. */
    static int foldOne(int cp) {
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0xFEFF) {
            return -1;
        }
        return switch (cp) {
            case '〔', '【', '［', '〖' -> '[';
            case '〕', '】', '］', '〗' -> ']';
            case '“', '”', '„', '‟', '〝', '〞' -> '"';
            case '‘', '’', '‚', '‛' -> '\'';
            case '—', '–', '‐', '‑', '‒', '−', '－' -> '-';
            case '･', '・' -> '·';
            case '｡' -> '。';
            default -> cp;
        };
    }
}
