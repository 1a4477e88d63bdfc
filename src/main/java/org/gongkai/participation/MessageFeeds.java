package org.gongkai.participation;

import jakarta.servlet.http.HttpServletRequest;
import org.gongkai.identity.Organisation;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.platform.web.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;

/**
 * The Atom feed of an organisation's published exchanges, the newest first: the public copy of the subject and the
 * reply, never anything about the writer.
 */
@Controller
class MessageFeeds {

    static final int SIZE = 20;
    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

    private final MessageStore store;
    private final OrganisationDirectory organisations;
    private final MessageSource messages;

    MessageFeeds(MessageStore store, OrganisationDirectory organisations, MessageSource messages) {
        this.store = store;
        this.organisations = organisations;
        this.messages = messages;
    }

    @GetMapping("/o/{slug}/messages/feed.atom")
    ResponseEntity<String> atom(@PathVariable String slug, HttpServletRequest request) throws XMLStreamException {
        Organisation org = organisations.findBySlug(slug).orElseThrow(() -> new NotFoundException("site", slug));
        List<MessageStore.PublishedEntry> entries = store.publishedNewest(org.id(), SIZE);
        String base = ServletUriComponentsBuilder.fromContextPath(request).replaceQuery(null).build().toUriString();
        String self = base + "/o/" + org.slug() + "/messages/feed.atom";
        var locale = LocaleContextHolder.getLocale();
        StringWriter out = new StringWriter();
        XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        w.writeStartDocument("UTF-8", "1.0");
        w.writeStartElement("feed");
        w.writeDefaultNamespace("http://www.w3.org/2005/Atom");
        text(w, "id", self);
        text(w, "title", org.name() + " · " + messages.getMessage("msg.published.title", null, locale));
        text(w, "updated", entries.stream().map(MessageStore.PublishedEntry::publishedAt).max(Instant::compareTo)
                .orElse(Instant.EPOCH).toString());
        link(w, "self", self);
        link(w, "alternate", base + "/messages/published?org=" + org.slug());
        for (MessageStore.PublishedEntry e : entries) {
            String href = base + "/messages/published/" + e.id();
            w.writeStartElement("entry");
            text(w, "id", href);
            text(w, "title", "[" + messages.getMessage(e.type().labelKey(), null, locale) + "] " + e.subject());
            link(w, "alternate", href);
            text(w, "updated", e.publishedAt().toString());
            text(w, "published", e.publishedAt().toString());
            w.writeStartElement("author");
            text(w, "name", org.name());
            w.writeEndElement();
            text(w, "summary", e.reply().length() <= 200 ? e.reply() : e.reply().substring(0, 200) + "…");
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeEndDocument();
        w.close();
        return ResponseEntity.ok().contentType(ATOM).body(out.toString());
    }

    private static void text(XMLStreamWriter w, String name, String value) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(value);
        w.writeEndElement();
    }

    private static void link(XMLStreamWriter w, String rel, String href) throws XMLStreamException {
        w.writeEmptyElement("link");
        w.writeAttribute("rel", rel);
        w.writeAttribute("href", href);
    }
}
