package org.gongkai.integrity;

import org.gongkai.integrity.clean.Advertisements;
import org.gongkai.integrity.clean.ChromeLines;
import org.gongkai.integrity.clean.CleaningScores;
import org.gongkai.integrity.clean.CleaningStep;
import org.gongkai.integrity.clean.DecodedPage;
import org.gongkai.integrity.clean.EmojiRuns;
import org.gongkai.integrity.clean.ExtractedParts;
import org.gongkai.integrity.clean.HtmlToLines;
import org.gongkai.integrity.clean.InvisibleCharacters;
import org.gongkai.integrity.clean.LineJoiner;
import org.gongkai.integrity.clean.Headlines;
import org.gongkai.integrity.clean.Mojibake;
import org.gongkai.integrity.clean.OwnPage;
import org.gongkai.integrity.clean.PageDecoder;
import org.gongkai.integrity.clean.PartsExtractor;
import org.gongkai.integrity.clean.PinyinAnnotations;
import org.gongkai.integrity.clean.Punctuation;
import org.gongkai.integrity.clean.RemovalLog;
import org.gongkai.integrity.clean.ScriptConversion;
import org.gongkai.integrity.clean.SpamStuffing;
import org.gongkai.integrity.clean.BrandSubstitution;
import org.gongkai.integrity.clean.WebAddresses;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * Recovers a government document from an outside page (saved HTML or text, in UTF-8, GBK or GB18030): decodes
 * it, drops markup and page chrome, strips invisible characters, emoji, pinyin annotations, advertisements and
 * gambling stuffing, converts Traditional to Simplified, normalises punctuation, rejoins broken lines and reads
 * title, 文号, issuer and dates. It reports what it removed and scores spam and tampering. Stateless and
 * thread-safe; the result still needs normal review before anything is published from it.
 *
 * <pre>{@code
 * CleanedDocument doc = new PageCleaner().clean(bytes, "page.html");
 * doc.title(); doc.documentNumber(); doc.paragraphs(); doc.removalSummary();
 * }</pre>
 */
public final class PageCleaner {

    private final SpamLexicon lexicon;
    private final PageDecoder decoder = new PageDecoder();
    private final HtmlToLines html = new HtmlToLines();
    private final PartsExtractor extractor = new PartsExtractor();
    private final OwnPage ownPage = new OwnPage();

    public PageCleaner() {
        this(SpamLexicon.standard());
    }

    public PageCleaner(SpamLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * Cleans a saved page.
     *
     * @param bytes    the page as saved
     * @param fileName its name, if known (a .html/.htm name means HTML, .txt means text; otherwise sniffed)
     */
    public CleanedDocument clean(byte[] bytes, String fileName) {
        DecodedPage page = decoder.decode(bytes, fileName);
        RemovalLog log = new RemovalLog();
        if (page.html()) {
            var own = ownPage.read(page.text(), log);
            if (own.isPresent()) {
                return own(own.get(), log, page.charset(), sha256(bytes));
            }
        }
        List<String> lines = page.html() ? html.toLines(page.text(), log) : Arrays.asList(page.text().split("\n", -1));
        return run(lines, log, page.charset(), sha256(bytes));
    }

    /** Cleans pasted text (HTML is recognised and handled as a page). */
    public CleanedDocument cleanText(String text) {
        return clean(text.getBytes(StandardCharsets.UTF_8), null);
    }

    private CleanedDocument run(List<String> input, RemovalLog log, String charset, String sha) {
        long visible = input.stream().mapToLong(l -> l.codePoints().filter(cp -> !Character.isWhitespace(cp)).count()).sum();
        ChromeLines chrome = new ChromeLines();
        List<CleaningStep> steps = List.of(
                new Mojibake(),
                new InvisibleCharacters(),
                new EmojiRuns(),
                new PinyinAnnotations(),
                new ScriptConversion(),
                new Advertisements(lexicon),
                chrome,
                new BrandSubstitution(),
                new SpamStuffing(lexicon),
                new Headlines(),
                new WebAddresses(),
                new LineJoiner(),
                new Punctuation());
        List<String> lines = new ArrayList<>(input);
        for (CleaningStep step : steps) {
            lines = step.apply(lines, log);
        }
        ExtractedParts parts = extractor.extract(lines, log);
        String body = String.join("\n", parts.paragraphs());
        long bodyChars = body.codePoints().filter(cp -> !Character.isWhitespace(cp)).count();
        return new CleanedDocument(parts.title(), parts.documentNumber(), parts.issuer(), parts.writtenDate(),
                parts.publishedDate(), chrome.claimedDate(), parts.paragraphs(), body, log.removals(),
                CleaningScores.spam(log, visible), CleaningScores.tamper(log, bodyChars), charset, sha, null,
                new ScoreBasis(visible, CleaningScores.spamChars(log), bodyChars, CleaningScores.altered(log)));
    }

    /**
     * A page of our own: its parts are where the template put them and its chrome is known, so only the steps
     * that find injected junk run, over the title and body (a saved page someone edited is still caught).
     */
    private CleanedDocument own(OwnPage.Parts parts, RemovalLog log, String charset, String sha) {
        List<CleaningStep> steps = List.of(new InvisibleCharacters(), new EmojiRuns(), new PinyinAnnotations(),
                new ScriptConversion(), new SpamStuffing(lexicon), new WebAddresses());
        List<String> lines = new ArrayList<>();
        lines.add(parts.title());
        lines.addAll(parts.bodyLines());
        for (CleaningStep step : steps) {
            lines = step.apply(lines, log);
        }
        String title = lines.get(0).strip();
        List<String> paragraphs = lines.subList(1, lines.size()).stream().map(String::strip)
                .filter(l -> !l.isEmpty()).toList();
        String body = String.join("\n", paragraphs);
        long chars = body.codePoints().filter(cp -> !Character.isWhitespace(cp)).count();
        return new CleanedDocument(title.isEmpty() ? null : title, parts.documentNumber(), parts.issuer(),
                parts.writtenDate(), null, null, paragraphs, body, log.removals(), CleaningScores.spam(log, chars),
                CleaningScores.tamper(log, chars), charset, sha, parts.marks(),
                new ScoreBasis(chars, CleaningScores.spamChars(log), chars, CleaningScores.altered(log)));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
