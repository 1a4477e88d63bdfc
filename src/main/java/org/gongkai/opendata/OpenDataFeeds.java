package org.gongkai.opendata;

import jakarta.servlet.http.HttpServletRequest;
import org.gongkai.identity.Organisation;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.platform.web.NotFoundException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;

/** The Atom feed of a site's published datasets (its organisation and those below), the newest first. */
@Controller
class OpenDataFeeds {

    static final int SIZE = 20;
    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

    private final PublicDatasets published;
    private final OrganisationDirectory organisations;

    OpenDataFeeds(PublicDatasets published, OrganisationDirectory organisations) {
        this.published = published;
        this.organisations = organisations;
    }

    @GetMapping("/o/{slug}/data/feed.atom")
    ResponseEntity<String> atom(@PathVariable String slug, HttpServletRequest request) throws XMLStreamException {
        Organisation org = organisations.findBySlug(slug).orElseThrow(() -> new NotFoundException("site", slug));
        List<Dataset> datasets = published.newest(organisations.subtreeIds(org.id()), SIZE);
        String base = OpenDataPages.base(request);
        String self = base + "/o/" + org.slug() + "/data/feed.atom";
        StringWriter out = new StringWriter();
        XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        w.writeStartDocument("UTF-8", "1.0");
        w.writeStartElement("feed");
        w.writeDefaultNamespace("http://www.w3.org/2005/Atom");
        text(w, "id", self);
        text(w, "title", org.name() + " · 开放数据");
        text(w, "updated", datasets.stream().map(Dataset::updatedAt).max(Instant::compareTo).orElse(Instant.EPOCH).toString());
        link(w, "self", self);
        link(w, "alternate", base + "/o/" + org.slug() + "/data");
        for (Dataset d : datasets) {
            w.writeStartElement("entry");
            text(w, "id", base + "/data/" + d.id());
            text(w, "title", d.title());
            link(w, "alternate", base + "/data/" + d.id());
            text(w, "updated", d.updatedAt().toString());
            text(w, "published", d.publishedAt().toString());
            w.writeStartElement("author");
            text(w, "name", d.publisher());
            w.writeEndElement();
            text(w, "summary", d.description().length() <= 200 ? d.description() : d.description().substring(0, 200) + "…");
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
