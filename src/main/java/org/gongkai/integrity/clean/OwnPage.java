package org.gongkai.integrity.clean;

import org.gongkai.integrity.PageMarks;
import org.gongkai.integrity.RemovalKind;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a document page of this platform saved from a browser (or its printed HTML): the
 * {@code portal/document} template's metadata table, {@code h1#doc-title} and {@code .body-html}. Such a page is
 * read by its structure — title, 文号, body, 发布机构 and 成文日期 from where the template puts them — and
 * everything else (navigation, metadata table, transparency badge, related list, footer) is the platform's own
 * chrome. The 索引号 and the badge's leaf hash are kept as {@link PageMarks}.
 */
public final class OwnPage {

    /** A page read by its structure: the parts, the body lines and the marks. */
    public record Parts(String title, String documentNumber, String issuer, LocalDate writtenDate,
                        List<String> bodyLines, PageMarks marks) {
    }

    private static final Pattern HEX64 = Pattern.compile("\\b[0-9a-fA-F]{64}\\b");
    private static final Pattern VERIFY = Pattern.compile("[?&]document=(\\d+)");

    private final HtmlToLines html = new HtmlToLines();

    public Optional<Parts> read(String page, RemovalLog log) {
        if (!page.contains("doc-title") || !page.contains("body-html")) {
            return Optional.empty();
        }
        Document doc = Jsoup.parse(page);
        Element h1 = doc.selectFirst("h1#doc-title");
        Element body = doc.selectFirst(".body-html");
        Element meta = doc.selectFirst("table.meta");
        if (h1 == null || body == null || meta == null) {
            return Optional.empty();
        }
        Element number = doc.selectFirst("article .doc-number");
        List<Element> rows = meta.select("tr");
        String indexNumber = cell(rows, 0, 0);
        String issuer = cell(rows, 1, 0);
        LocalDate written = date(cell(rows, 1, 1));
        String leafHash = null;
        Long documentId = null;
        Element badge = doc.selectFirst(".transparency-badge");
        if (badge != null) {
            Matcher m = HEX64.matcher(badge.text());
            leafHash = m.find() ? m.group().toLowerCase(Locale.ROOT) : null;
            Element link = badge.selectFirst("a[href]");
            if (link != null) {
                Matcher d = VERIFY.matcher(link.attr("href"));
                documentId = d.find() ? Long.valueOf(d.group(1)) : null;
            }
        }
        // a verified re-post's attribution (syndication/public.html): the original's leaf and content hashes
        String repostLeaf = null;
        String repostContent = null;
        Element repost = doc.selectFirst(".repost.remote");
        if (repost != null) {
            repostLeaf = hex(repost.selectFirst(".source-leaf"));
            repostContent = hex(repost.selectFirst(".source-content"));
        }
        List<String> lines = new ArrayList<>();
        for (String line : html.toLines("<body>" + body.html() + "</body>", log)) {
            if (!line.isBlank()) {
                lines.add(line);
            }
        }
        log.record(RemovalKind.HTML_CHROME, "本平台页面框架（导航、目录信息表、透明日志标识、页脚）");
        return Optional.of(new Parts(h1.text().strip(), number == null ? null : blank(number.text()), blank(issuer),
                written, lines, new PageMarks(blank(indexNumber), leafHash, documentId, repostLeaf, repostContent)));
    }

    private static String hex(Element e) {
        if (e == null) {
            return null;
        }
        Matcher m = HEX64.matcher(e.text());
        return m.find() ? m.group().toLowerCase(Locale.ROOT) : null;
    }

    private static String cell(List<Element> rows, int row, int col) {
        if (rows.size() <= row) {
            return null;
        }
        List<Element> tds = rows.get(row).select("td");
        return tds.size() > col ? tds.get(col).text().strip() : null;
    }

    private static LocalDate date(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            return ChineseDates.find(s).orElse(null);
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
