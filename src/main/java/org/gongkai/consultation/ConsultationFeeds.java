package org.gongkai.consultation;

import jakarta.servlet.http.HttpServletRequest;
import org.gongkai.identity.Organisation;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.platform.web.NotFoundException;
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
 * The Atom feed of a site's published consultations, the newest first: an entry when one is published, updated when
 * its adoption report is. Drafts never appear (the store's public list holds published ones only).
 */
@Controller
class ConsultationFeeds {

    static final int SIZE = 20;
    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

    private final ConsultationStore store;
    private final OrganisationDirectory organisations;

    ConsultationFeeds(ConsultationStore store, OrganisationDirectory organisations) {
        this.store = store;
        this.organisations = organisations;
    }

    @GetMapping("/o/{slug}/consultations/feed.atom")
    ResponseEntity<String> atom(@PathVariable String slug, HttpServletRequest request) throws XMLStreamException {
        Organisation org = organisations.findBySlug(slug).orElseThrow(() -> new NotFoundException("site", slug));
        List<Consultation> items = store.list(org.id(), true, "published_at desc, id desc", 1, SIZE).items();
        String base = ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
        String self = base + "/o/" + org.slug() + "/consultations/feed.atom";
        StringWriter out = new StringWriter();
        XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        w.writeStartDocument("UTF-8", "1.0");
        w.writeStartElement("feed");
        w.writeDefaultNamespace("http://www.w3.org/2005/Atom");
        text(w, "id", self);
        text(w, "title", org.name() + " · 意见征集");
        text(w, "updated", items.stream().map(ConsultationFeeds::updated).max(Instant::compareTo)
                .orElse(Instant.EPOCH).toString());
        link(w, "self", self);
        link(w, "alternate", base + "/o/" + org.slug() + "/consultations");
        for (Consultation c : items) {
            String url = base + "/consultations/" + c.id();
            w.writeStartElement("entry");
            text(w, "id", url);
            text(w, "title", c.title());
            link(w, "alternate", url);
            text(w, "updated", updated(c).toString());
            text(w, "published", c.publishedAt().toString());
            w.writeStartElement("author");
            text(w, "name", c.draftingDepartment() == null ? org.name() : org.name() + " " + c.draftingDepartment());
            w.writeEndElement();
            String summary = c.explanation() == null ? "" : c.explanation();
            text(w, "summary", summary.length() <= 200 ? summary : summary.substring(0, 200) + "…");
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeEndDocument();
        w.close();
        return ResponseEntity.ok().contentType(ATOM).body(out.toString());
    }

    private static Instant updated(Consultation c) {
        return c.reportPublishedAt() != null ? c.reportPublishedAt() : c.publishedAt();
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
