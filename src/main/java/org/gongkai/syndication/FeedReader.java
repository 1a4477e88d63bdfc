package org.gongkai.syndication;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an outside RSS 2.0 or Atom feed. The bytes are decoded strictly with the character set the answer declares
 * (HTTP header, else the XML declaration, else UTF-8; UTF-8, GBK, GB2312 and GB18030 only): bytes that are not
 * valid in it are refused, never guessed. A document type declaration is refused outright (no entity, internal or
 * external, is ever expanded — jsoup's XML parser resolves none either).
 */
final class FeedReader {

    /** An entry as the feed gives it, before cleaning. */
    record Entry(String id, String link, String title, String html, Instant published) {
    }

    private static final Set<String> CHARSETS = Set.of("UTF-8", "GBK", "GB2312", "GB18030");
    private static final Pattern HEADER_CHARSET = Pattern.compile("charset\\s*=\\s*\"?([A-Za-z0-9_\\-]+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING = Pattern.compile("^\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9_\\-]+)",
            Pattern.CASE_INSENSITIVE);

    private FeedReader() {
    }

    /** The text of an answer, decoded strictly with its declared character set. */
    static String decode(byte[] body, String contentType, boolean xml) throws RemoteFetcher.Refused {
        String declared = null;
        if (contentType != null) {
            Matcher m = HEADER_CHARSET.matcher(contentType);
            declared = m.find() ? m.group(1) : null;
        }
        if (declared == null) {
            String head = new String(body, 0, Math.min(body.length, 200), StandardCharsets.ISO_8859_1);
            Matcher m = xml ? XML_ENCODING.matcher(head)
                    : Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_\\-]+)", Pattern.CASE_INSENSITIVE)
                    .matcher(new String(body, 0, Math.min(body.length, 2048), StandardCharsets.ISO_8859_1));
            declared = m.find() ? m.group(1) : "UTF-8";
        }
        String name = declared.toUpperCase(Locale.ROOT);
        if (name.equals("UTF8")) {
            name = "UTF-8";
        }
        if (!CHARSETS.contains(name)) {
            throw new RemoteFetcher.Refused("ENCODING", "the answer declares the character set " + declared
                    + ", which is not accepted");
        }
        Charset charset;
        try {
            // GB2312 and GBK are subsets of GB18030: decoding with it refuses nothing valid in them
            charset = Charset.forName(name.equals("UTF-8") ? "UTF-8" : "GB18030");
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new RemoteFetcher.Refused("ENCODING", "unknown character set " + declared);
        }
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new RemoteFetcher.Refused("ENCODING", "the answer is not valid " + name + " as it declares");
        }
    }

    static List<Entry> read(String xml) throws RemoteFetcher.Refused {
        if (xml.contains("<!DOCTYPE") || xml.contains("<!ENTITY") || xml.contains("<!doctype")) {
            throw new RemoteFetcher.Refused("DOCTYPE", "the feed carries a document type declaration (entities are"
                    + " never expanded)");
        }
        Document doc = Jsoup.parse(xml, "", Parser.xmlParser());
        Element root = doc.children().isEmpty() ? null : doc.child(0);
        if (root == null || !(root.tagName().equals("rss") || root.tagName().equals("feed")
                || root.tagName().equals("rdf:RDF"))) {
            throw new RemoteFetcher.Refused("MALFORMED", "the answer is not an RSS or Atom feed");
        }
        List<Entry> entries = new ArrayList<>();
        for (Element e : root.select("item, entry")) {
            String link = text(e, "link");
            Element atomLink = e.selectFirst("link[href]:not([rel]), link[href][rel=alternate]");
            if (atomLink != null) {
                link = atomLink.attr("href").strip();
            }
            String id = firstNonBlank(text(e, "guid"), text(e, "id"), link);
            String html = firstNonBlank(text(e, "content|encoded"), text(e, "content"), text(e, "description"),
                    text(e, "summary"));
            Instant published = date(firstNonBlank(text(e, "pubDate"), text(e, "published"), text(e, "updated"),
                    text(e, "dc|date")));
            entries.add(new Entry(id, link, text(e, "title"), html == null ? "" : html, published));
        }
        if (entries.isEmpty() && !root.select("channel, title").isEmpty()) {
            return entries;
        }
        if (entries.isEmpty()) {
            throw new RemoteFetcher.Refused("MALFORMED", "the feed has neither a channel nor entries");
        }
        return entries;
    }

    private static String text(Element e, String css) {
        Element c = e.selectFirst("> " + css);
        if (c == null) {
            return null;
        }
        String t = c.text().strip();
        return t.isEmpty() ? null : t;
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    private static Instant date(String s) {
        if (s == null) {
            return null;
        }
        try {
            return ZonedDateTime.parse(s.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(s.strip()).toInstant();
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }
}
