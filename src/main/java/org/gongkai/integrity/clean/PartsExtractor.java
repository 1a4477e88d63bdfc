package org.gongkai.integrity.clean;

import org.gongkai.integrity.RemovalKind;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds title, 文号, issuer and dates in cleaned lines. The header is the first few lines up to the last title or
 * 文号 line (a page that repeats the title as its heading has it twice: both are header); the signature is the
 * last date-only line in the second half with up to three short issuer lines above it. The body is what lies
 * between, plus anything after the signature date (attachments, 此件主动公开). Without a signature, the issuer is
 * taken from the title (教育部办公厅关于… → 教育部办公厅).
 */
public final class PartsExtractor {

    private static final int HEADER_LINES = 12;
    private static final Pattern PUBLISHED = Pattern.compile("^[（(].*(印发|发布|公布|通过|施行)[）)]$");
    /** The title of a cover letter that issues another document: 关于印发《…》的通知. */
    static final Pattern COVER_TITLE = Pattern.compile("^(.{0,40})?关于(印发|转发|颁布|公布|发布|修订)《.+》的(通知|决定|通报|函)$");
    private static final Pattern ISSUER_IN_TITLE = Pattern.compile("^([\\p{IsHan}、]{2,30}?)关于");

    public ExtractedParts extract(List<String> cleaned, RemovalLog log) {
        List<String> lines = cleaned.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        int limit = Math.min(HEADER_LINES, lines.size());
        String title = null;
        String number = null;
        LocalDate published = null;
        int headerEnd = 0;
        int titleAt = -1;
        // a 印发 notice's own title wins over the issued document's title shown as the page heading: the cover
        // letter (addressees, the 印发 sentence, offices, date) before the repeated title is part of the document
        for (int i = 0; i < limit && titleAt < 0; i++) {
            if (COVER_TITLE.matcher(lines.get(i)).matches()) {
                titleAt = i;
            }
        }
        for (int i = 0; i < limit && titleAt < 0; i++) {
            if (DocumentShapes.isCompleteTitle(lines.get(i))) {
                titleAt = i;
            }
        }
        for (int i = 0; i < limit && titleAt < 0; i++) {
            if (DocumentShapes.isTitleLike(lines.get(i))) {
                titleAt = i;
            }
        }
        if (titleAt >= 0) {
            title = lines.get(titleAt);
            headerEnd = titleAt + 1;
        }
        for (int i = 0; i < limit; i++) {
            String s = lines.get(i);
            if (number == null && DocumentShapes.isDocumentNumberLine(s)) {
                number = s;
                headerEnd = Math.max(headerEnd, i + 1);
            } else if (title != null && i != titleAt && (s.equals(title) || (title.startsWith(s) && DocumentShapes.isTitleLike(s)))) {
                headerEnd = Math.max(headerEnd, i + 1);
            }
        }
        if (headerEnd < lines.size() && headerEnd < 4) {
            String s = lines.get(headerEnd);
            if (PUBLISHED.matcher(s).matches() || ChineseDates.isDateLine(s)) {
                published = ChineseDates.find(s).orElse(null);
                headerEnd++;
            }
        }
        boolean titleSeen = false;
        for (int i = 0; i < headerEnd; i++) {
            String s = lines.get(i);
            if (s.equals(title)) {
                if (titleSeen) {
                    log.record(RemovalKind.DUPLICATE_HEADER, s);
                }
                titleSeen = true;
            } else if (!s.equals(number) && ChineseDates.find(s).isEmpty()) {
                log.record(RemovalKind.DUPLICATE_HEADER, s);
            }
        }
        int signature = ChineseDates.signatureDateIndex(lines);
        if (signature < headerEnd) {
            signature = -1;
        }
        String issuer = null;
        LocalDate written = null;
        int bodyEnd = lines.size();
        if (signature >= 0) {
            written = ChineseDates.find(lines.get(signature)).orElse(null);
            int first = signature;
            while (first - 1 >= headerEnd && signature - (first - 1) <= 3 && DocumentShapes.isSignatureLike(lines.get(first - 1))
                    && !DocumentShapes.isHeading(lines.get(first - 1))) {
                first--;
            }
            if (first < signature) {
                List<String> names = new ArrayList<>();
                for (int i = first; i < signature; i++) {
                    names.add(lines.get(i).replaceAll("\\s+", ""));
                }
                issuer = String.join("、", names);
            }
            bodyEnd = first;
        }
        if (issuer == null && title != null) {
            Matcher m = ISSUER_IN_TITLE.matcher(title);
            if (m.find()) {
                issuer = m.group(1);
            }
        }
        List<String> paragraphs = new ArrayList<>(lines.subList(headerEnd, bodyEnd));
        if (signature >= 0) {
            paragraphs.addAll(lines.subList(signature + 1, lines.size()));
        }
        return new ExtractedParts(title, number, issuer, written, published, paragraphs);
    }
}
