package org.gongkai.document;

import org.jsoup.Jsoup;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.springframework.stereotype.Component;

/** Keeps the rich-text body to safe, structural HTML (OWASP java-html-sanitizer) and derives its plain text. */
@Component
class BodySanitizer {

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "h2", "h3", "h4", "strong", "b", "em", "i", "u", "s", "sub", "sup", "blockquote",
                    "ul", "ol", "li", "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td", "a", "img",
                    "hr", "pre", "code", "span", "div")
            .allowAttributes("href").onElements("a")
            .allowAttributes("src", "alt", "width", "height").onElements("img")
            .allowAttributes("colspan", "rowspan", "scope").onElements("td", "th")
            .allowUrlProtocols("http", "https", "mailto")
            .requireRelsOnLinks("noopener", "noreferrer")
            .toFactory();

    String sanitize(String html) {
        return html == null ? "" : POLICY.sanitize(html).trim();
    }

    /** Paragraph-per-line plain text of sanitised HTML, for diffs, search and screening. */
    String text(String safeHtml) {
        var doc = Jsoup.parseBodyFragment(safeHtml);
        doc.outputSettings().prettyPrint(false);
        doc.select("br").after("\\n");
        doc.select("p, h2, h3, h4, li, tr, blockquote, div, pre").after("\\n");
        String text = doc.body().text().replace("\\n", "\n");
        StringBuilder sb = new StringBuilder();
        for (String line : text.split("\n")) {
            String t = line.strip();
            if (!t.isEmpty()) {
                sb.append(t).append('\n');
            }
        }
        return sb.toString().strip();
    }
}
