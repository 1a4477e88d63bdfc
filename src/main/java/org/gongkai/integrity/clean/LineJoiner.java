package org.gongkai.integrity.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * Rejoins lines that a page broke in the middle of a title or paragraph: inside a block, a line is joined to the
 * previous one when the previous one does not end a sentence, and the line is not indented, not a numbered
 * heading, 文号 or date, and the previous one is not a heading, 文号, date or signature line. A salutation
 * (…：) after a title starts a new paragraph.
 */
public final class LineJoiner implements CleaningStep {

    @Override
    public List<String> apply(List<String> lines, RemovalLog log) {
        int signature = ChineseDates.signatureDateIndex(lines);
        List<String> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            boolean protectedSignature = signature >= 0 && i >= signature - 3 && i <= signature
                    && DocumentShapes.isSignatureLike(line);
            if (!out.isEmpty() && !protectedSignature && joins(out.get(out.size() - 1), line)) {
                out.set(out.size() - 1, out.get(out.size() - 1).stripTrailing() + line.strip());
            } else {
                out.add(line);
            }
        }
        return out;
    }

    static boolean joins(String prev, String line) {
        if (prev.isBlank() || line.isBlank()) {
            return false;
        }
        if (line.startsWith("  ") || line.startsWith("\u3000")) {
            return false;
        }
        String p = prev.strip();
        String c = line.strip();
        if (DocumentShapes.endsSentence(p) || DocumentShapes.isHeading(p) || DocumentShapes.isDocumentNumberLine(p)
                || ChineseDates.isDateLine(p)) {
            return false;
        }
        if (DocumentShapes.startsWithMarker(c) || DocumentShapes.isDocumentNumberLine(c) || ChineseDates.isDateLine(c)) {
            return false;
        }
        // a title is followed by its salutation or first paragraph, not continued by them; a complete title
        // (…的通知) is never continued
        if (DocumentShapes.isTitleLike(p) && (c.endsWith("：") || c.endsWith(":") || c.contains("。"))) {
            return false;
        }
        return !DocumentShapes.isCompleteTitle(p);
    }
}
