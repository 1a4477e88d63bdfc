package org.gongkai.consultation;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;

import java.util.ArrayList;
import java.util.List;

/**
 * The difference between two versions of a consultation's text, passage by passage: passages are matched by their
 * text (a passage unchanged, changed, added or removed), and inside a changed passage the changed characters are
 * marked (Chinese has no spaces, so the inline diff works per character). The result is plain data; the page
 * renders it as text inside {@code <ins>}/{@code <del>} with words saying so, never as markup from the text.
 */
final class PassageDiff {

    enum Mark { SAME, INS, DEL }

    /** A run of characters: unchanged, inserted or deleted. */
    record Piece(Mark mark, String text) {
        public boolean same() {
            return mark == Mark.SAME;
        }

        public boolean inserted() {
            return mark == Mark.INS;
        }
    }

    /** One row: a passage of the old version, of the new one, or both; pieces mark what changed. */
    record Row(Passage from, Passage to, List<Piece> pieces) {
        public String kind() {
            if (from == null) {
                return "ADDED";
            }
            if (to == null) {
                return "REMOVED";
            }
            return pieces.stream().allMatch(Piece::same) ? "SAME" : "CHANGED";
        }

        public boolean changed() {
            return !"SAME".equals(kind());
        }
    }

    private PassageDiff() {
    }

    static List<Row> compare(List<Passage> from, List<Passage> to) {
        List<Row> rows = new ArrayList<>();
        List<AbstractDelta<String>> deltas = DiffUtils.diff(from.stream().map(Passage::body).toList(),
                to.stream().map(Passage::body).toList()).getDeltas();
        int i = 0;
        int j = 0;
        for (AbstractDelta<String> d : deltas) {
            int sourceAt = d.getSource().getPosition();
            while (i < sourceAt) {
                rows.add(new Row(from.get(i), to.get(j), List.of(new Piece(Mark.SAME, from.get(i).body()))));
                i++;
                j++;
            }
            int removed = d.getSource().size();
            int added = d.getTarget().size();
            int paired = Math.min(removed, added);
            for (int k = 0; k < paired; k++) {
                rows.add(new Row(from.get(i + k), to.get(j + k), inline(from.get(i + k).body(), to.get(j + k).body())));
            }
            for (int k = paired; k < removed; k++) {
                rows.add(new Row(from.get(i + k), null, List.of(new Piece(Mark.DEL, from.get(i + k).body()))));
            }
            for (int k = paired; k < added; k++) {
                rows.add(new Row(null, to.get(j + k), List.of(new Piece(Mark.INS, to.get(j + k).body()))));
            }
            i += removed;
            j += added;
        }
        while (i < from.size()) {
            rows.add(new Row(from.get(i), to.get(j), List.of(new Piece(Mark.SAME, from.get(i).body()))));
            i++;
            j++;
        }
        return rows;
    }

    /** The changed characters of one passage, as runs. */
    static List<Piece> inline(String a, String b) {
        List<String> left = a.codePoints().mapToObj(Character::toString).toList();
        List<String> right = b.codePoints().mapToObj(Character::toString).toList();
        List<Piece> pieces = new ArrayList<>();
        int i = 0;
        for (AbstractDelta<String> d : DiffUtils.diff(left, right).getDeltas()) {
            add(pieces, Mark.SAME, left.subList(i, d.getSource().getPosition()));
            add(pieces, Mark.DEL, d.getSource().getLines());
            add(pieces, Mark.INS, d.getTarget().getLines());
            i = d.getSource().getPosition() + d.getSource().size();
        }
        add(pieces, Mark.SAME, left.subList(i, left.size()));
        return pieces;
    }

    private static void add(List<Piece> pieces, Mark mark, List<String> chars) {
        if (chars.isEmpty()) {
            return;
        }
        String text = String.join("", chars);
        if (!pieces.isEmpty() && pieces.get(pieces.size() - 1).mark() == mark) {
            text = pieces.remove(pieces.size() - 1).text() + text;
        }
        pieces.add(new Piece(mark, text));
    }
}
