package org.gongkai.services;

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
 * The Atom feed of a site's published inspection plans. Each entry carries the registers' SHA-256 and the seed's
 * source from the moment the registers are published, so every feed reader that fetched it is a witness that the
 * commitment came before the seed.
 */
@Controller
class RandomInspectionFeeds {

    static final int SIZE = 20;
    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

    private final RandomInspectionStore store;
    private final OrganisationDirectory organisations;

    RandomInspectionFeeds(RandomInspectionStore store, OrganisationDirectory organisations) {
        this.store = store;
        this.organisations = organisations;
    }

    @GetMapping("/o/{slug}/inspections/feed.atom")
    ResponseEntity<String> atom(@PathVariable String slug, HttpServletRequest request) throws XMLStreamException {
        Organisation org = organisations.findBySlug(slug).orElseThrow(() -> new NotFoundException("site", slug));
        List<InspectionPlan> plans = store.publicList(organisations.subtreeIds(org.id()), 1, SIZE).items();
        String base = ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
        String self = base + "/o/" + org.slug() + "/inspections/feed.atom";
        StringWriter out = new StringWriter();
        XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        w.writeStartDocument("UTF-8", "1.0");
        w.writeStartElement("feed");
        w.writeDefaultNamespace("http://www.w3.org/2005/Atom");
        text(w, "id", self);
        text(w, "title", org.name() + " · 双随机、一公开");
        text(w, "updated", plans.stream().map(InspectionPlan::updatedAt).max(Instant::compareTo).orElse(Instant.EPOCH).toString());
        link(w, "self", self);
        link(w, "alternate", base + "/o/" + org.slug() + "/inspections");
        for (InspectionPlan p : plans) {
            w.writeStartElement("entry");
            text(w, "id", base + "/inspections/" + p.id());
            text(w, "title", p.title());
            link(w, "alternate", base + "/inspections/" + p.id());
            text(w, "updated", p.updatedAt().toString());
            text(w, "published", p.frozenAt().toString());
            w.writeStartElement("author");
            text(w, "name", organisations.get(p.organisationId()).name());
            w.writeEndElement();
            StringBuilder summary = new StringBuilder()
                    .append("检查对象名录 SHA-256 ").append(p.entitiesSha256())
                    .append("；执法检查人员名录 SHA-256 ").append(p.inspectorsSha256())
                    .append("；随机数来源：").append(p.seedSource())
                    .append("（").append(p.seedAvailableAt()).append(" 公布）");
            if (p.status() == PlanStatus.DRAWN) {
                summary.append("；已于 ").append(p.drawnAt()).append(" 抽取，随机数 ").append(p.seedValues());
            }
            text(w, "summary", summary.toString());
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
