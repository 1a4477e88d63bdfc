package org.gongkai.portal;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Writes Atom 1.0 and RSS 2.0 documents with the StAX writer, which escapes every text and attribute. */
final class FeedXml {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    /** The feed itself: its title, its own address, the page it belongs to, and when it last changed. */
    record Channel(String title, String selfUrl, String pageUrl, String language, Instant updated) {
    }

    private FeedXml() {
    }

    /** The stylesheet a browser uses to show a feed as a page (feed readers ignore it). */
    static final String STYLESHEET = "/feed/feed.xsl";

    static String atom(Channel ch, List<FeedItem> items) {
        return write(w -> {
            stylesheet(w);
            w.writeStartElement("feed");
            w.writeDefaultNamespace("http://www.w3.org/2005/Atom");
            w.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", ch.language());
            text(w, "id", ch.selfUrl());
            text(w, "title", ch.title());
            text(w, "updated", ch.updated().toString());
            link(w, "self", ch.selfUrl(), "application/atom+xml");
            link(w, "alternate", ch.pageUrl(), "text/html");
            for (FeedItem i : items) {
                w.writeStartElement("entry");
                text(w, "id", i.id());
                text(w, "title", i.title());
                link(w, "alternate", i.link(), "text/html");
                text(w, "updated", i.updated().toString());
                w.writeStartElement("author");
                text(w, "name", i.author());
                w.writeEndElement();
                if (i.summary() != null && !i.summary().isBlank()) {
                    text(w, "summary", i.summary());
                }
                w.writeEndElement();
            }
            w.writeEndElement();
        });
    }

    static String rss(Channel ch, List<FeedItem> items) {
        return write(w -> {
            stylesheet(w);
            w.writeStartElement("rss");
            w.writeAttribute("version", "2.0");
            w.writeNamespace("atom", "http://www.w3.org/2005/Atom");
            w.writeStartElement("channel");
            text(w, "title", ch.title());
            text(w, "link", ch.pageUrl());
            text(w, "description", ch.title());
            text(w, "language", ch.language());
            text(w, "lastBuildDate", rfc1123(ch.updated()));
            w.writeEmptyElement("atom", "link", "http://www.w3.org/2005/Atom");
            w.writeAttribute("href", ch.selfUrl());
            w.writeAttribute("rel", "self");
            w.writeAttribute("type", "application/rss+xml");
            for (FeedItem i : items) {
                w.writeStartElement("item");
                text(w, "title", i.title());
                text(w, "link", i.link());
                w.writeStartElement("guid");
                w.writeAttribute("isPermaLink", "true");
                w.writeCharacters(i.link());
                w.writeEndElement();
                text(w, "pubDate", rfc1123(i.updated()));
                if (i.summary() != null && !i.summary().isBlank()) {
                    text(w, "description", i.summary());
                }
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeEndElement();
        });
    }

    interface Body {
        void write(XMLStreamWriter w) throws XMLStreamException;
    }

    static String write(Body body) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter w = FACTORY.createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            body.write(w);
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    private static void stylesheet(XMLStreamWriter w) throws XMLStreamException {
        w.writeProcessingInstruction("xml-stylesheet", "type=\"text/xsl\" href=\"" + STYLESHEET + "\"");
    }

    static void text(XMLStreamWriter w, String name, String value) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(value == null ? "" : stripInvalid(value));
        w.writeEndElement();
    }

    private static void link(XMLStreamWriter w, String rel, String href, String type) throws XMLStreamException {
        w.writeEmptyElement("link");
        w.writeAttribute("rel", rel);
        w.writeAttribute("href", href);
        w.writeAttribute("type", type);
    }

    /** Characters XML 1.0 cannot carry at all (most C0 controls) are dropped. */
    static String stripInvalid(String s) {
        return s.codePoints().filter(c -> c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                        || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    private static String rfc1123(Instant t) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(t.atOffset(ZoneOffset.UTC));
    }
}
