package org.gongkai.integrity;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A government document recovered from an outside page by {@link PageCleaner}.
 *
 * @param title          the document's title (标题), or null when none was recognised
 * @param documentNumber 文号 with 〔〕 brackets, such as 教办厅〔2017〕3号, or null
 * @param issuer         发布机构, from the signature at the end (or the title's prefix), or null
 * @param writtenDate    成文日期, from the signature date, or null
 * @param publishedDate  a publication date the document itself states (such as （2017年4月10日印发）), or null;
 *                       never the re-posting site's own date
 * @param copyClaimedDate the date the copying page claims (its 发布日期 chrome line), or null; for information only
 * @param paragraphs     the body, one paragraph per element, without title, 文号 and signature
 * @param bodyText       the paragraphs joined by line breaks
 * @param removals       what was removed or changed, one entry per distinct text and kind
 * @param spamScore      0..1: how much of the page was gambling spam, stuffing and advertisement
 * @param tamperScore    0..1: how much the document's own text had been altered (injected characters,
 *                       converted script, stuffing inside paragraphs), relative to its length
 * @param charset        the character set the bytes were decoded with
 * @param originalSha256 hex SHA-256 of the original bytes, so the result can be tied to what was imported
 * @param basis          the figures the scores were computed from
 * @param marks          when the page is one of this platform's own document pages: its 索引号 and leaf hash;
 *                       else null
 */
public record CleanedDocument(
        String title, String documentNumber, String issuer, LocalDate writtenDate, LocalDate publishedDate,
        LocalDate copyClaimedDate, List<String> paragraphs, String bodyText, List<Removal> removals,
        double spamScore, double tamperScore, String charset, String originalSha256, PageMarks marks,
        ScoreBasis basis) {

    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    public CleanedDocument(String title, String documentNumber, String issuer, LocalDate writtenDate,
                           LocalDate publishedDate, LocalDate copyClaimedDate, List<String> paragraphs, String bodyText,
                           List<Removal> removals, double spamScore, double tamperScore, String charset,
                           String originalSha256) {
        this(title, documentNumber, issuer, writtenDate, publishedDate, copyClaimedDate, paragraphs, bodyText, removals,
                spamScore, tamperScore, charset, originalSha256, null, ScoreBasis.NONE);
    }

    /** Every removal and flag, one line each: flags first (the editor must decide), then removals, then changes. */
    public List<Removal> removalLines() {
        List<Removal> out = new ArrayList<>();
        removals.stream().filter(r -> r.kind().isFlag()).forEach(out::add);
        removals.stream().filter(r -> !r.kind().isFlag() && !r.kind().isChange()).forEach(out::add);
        removals.stream().filter(r -> r.kind().isChange()).forEach(out::add);
        return out;
    }

    /** What the editor must look at before accepting: kept text flagged as a possible substitution or damage. */
    public List<Removal> flags() {
        return removals.stream().filter(r -> r.kind().isFlag()).toList();
    }

    /** Whether the page is a saved or printed document page of this platform. */
    public boolean ownPage() {
        return marks != null;
    }

    public CleanedDocument {
        paragraphs = List.copyOf(paragraphs);
        removals = List.copyOf(removals);
        basis = basis == null ? ScoreBasis.NONE : basis;
    }

    /**
     * The document as a reader sees it: title, 文号, body, issuer and date, one per line. This is the form to
     * feed to {@link MirrorIndex#add} and to compare copies with.
     */
    public String canonicalText() {
        List<String> lines = new ArrayList<>();
        if (title != null) {
            lines.add(title);
        }
        if (documentNumber != null) {
            lines.add(documentNumber);
        }
        lines.addAll(paragraphs);
        if (issuer != null) {
            lines.add(issuer);
        }
        if (writtenDate != null) {
            lines.add(writtenDate.format(CHINESE_DATE));
        }
        return String.join("\n", lines);
    }

    /** Removals grouped by kind, in the order of {@link RemovalKind}, with up to five examples each. */
    public List<RemovalSummary> removalSummary() {
        Map<RemovalKind, List<Removal>> byKind = new LinkedHashMap<>();
        for (RemovalKind k : RemovalKind.values()) {
            byKind.put(k, new ArrayList<>());
        }
        removals.forEach(r -> byKind.get(r.kind()).add(r));
        List<RemovalSummary> out = new ArrayList<>();
        byKind.forEach((kind, list) -> {
            if (!list.isEmpty()) {
                int total = list.stream().mapToInt(Removal::count).sum();
                List<String> examples = list.stream().map(Removal::text).limit(5).toList();
                out.add(new RemovalSummary(kind, total, list.size(), examples));
            }
        });
        return out;
    }

    /** Total count of one kind of removal. */
    public int count(RemovalKind kind) {
        return removals.stream().filter(r -> r.kind() == kind).mapToInt(Removal::count).sum();
    }
}
