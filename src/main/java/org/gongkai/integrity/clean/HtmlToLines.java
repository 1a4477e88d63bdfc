package org.gongkai.integrity.clean;

import org.gongkai.integrity.RemovalKind;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns saved HTML into text lines: only text nodes survive (no markup, attributes, scripts or event handlers can
 * pass), block elements end a block, {@code <br>} ends a line. Scripts, styles, navigation, headers of the site,
 * footers, asides, forms and elements whose class or id name chrome or advertising are dropped first, unless
 * such an element holds most of the page's text (then it is the content wrapper, whatever it is called).
 */
public final class HtmlToLines {

    private static final String DROP_TAGS = "script, style, noscript, template, iframe, frame, frameset, object, embed, "
            + "svg, math, canvas, video, audio, map, form, button, input, select, textarea, nav, footer, aside, head, "
            + "link, meta, dialog";
    private static final Pattern CHROME_WORD = Pattern.compile(
            "nav|navbar|menu|breadcrumbs?|crumbs?|footer|foot|sidebar|side|share|social|comments?|related|recommend|"
                    + "ad|ads|advert|adverts|advertisement|banner|popup|pop|copyright|toolbar|position|location|"
                    + "weizhi|dqwz|gg|guanggao|topbar|header|login|search|qrcode|ewm|pager|pagination|hot|links?");
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "h1", "h2",
            "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "tr", "table", "tbody", "thead", "blockquote",
            "pre", "address", "figure", "figcaption", "center", "body", "td", "th", "hr");

    public List<String> toLines(String html, RemovalLog log) {
        Document doc = Jsoup.parse(html);
        Element body = doc.body();
        int total = Math.max(1, body.text().length());
        for (Element e : body.select(DROP_TAGS)) {
            if (e.parent() != null) {
                record(e, log);
                e.remove();
            }
        }
        List<Element> chrome = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (e != body && looksLikeChrome(e) && e.text().length() < total * 0.4) {
                chrome.add(e);
            }
        }
        for (Element e : chrome) {
            if (e.parent() != null) {
                record(e, log);
                e.remove();
            }
        }
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    out.append(t.getWholeText().replaceAll("[\\t\\n\\x0B\\f\\r ]+", " "));
                } else if (node instanceof Element el) {
                    String tag = el.normalName();
                    if (tag.equals("br")) {
                        out.append('\n');
                    } else if (BLOCKS.contains(tag)) {
                        out.append("\n\n");
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element el && BLOCKS.contains(el.normalName())) {
                    out.append("\n\n");
                } else if (node instanceof Element el && (el.normalName().equals("td") || el.normalName().equals("th"))) {
                    out.append(' ');
                }
            }
        }, body);
        List<String> lines = new ArrayList<>();
        boolean lastBlank = true;
        for (String line : out.toString().split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                if (!lastBlank) {
                    lines.add("");
                }
                lastBlank = true;
            } else {
                lines.add(trimmed);
                lastBlank = false;
            }
        }
        return lines;
    }

    private static void record(Element e, RemovalLog log) {
        String text = e.text().strip();
        String tag = e.normalName();
        log.record(RemovalKind.HTML_CHROME, text.isEmpty() ? "<" + tag + ">" : "<" + tag + "> " + text);
    }

    static boolean looksLikeChrome(Element e) {
        String tag = e.normalName();
        if (tag.equals("body") || tag.equals("html")) {
            return false;
        }
        String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        for (String word : names.split("[^a-z0-9]+")) {
            if (!word.isEmpty() && CHROME_WORD.matcher(word).matches()) {
                return true;
            }
        }
        return false;
    }
}
