package org.gongkai.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.catalog.CatalogNode;
import org.gongkai.catalog.CatalogTree;
import org.gongkai.document.PublishedDocument;
import org.gongkai.document.PublishedDocuments;
import org.gongkai.identity.Organisation;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.platform.web.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.List;

/**
 * A document's public page: the catalog metadata table, body, attachments, related documents, banners for
 * withdrawn and no longer valid documents, schema.org JSON-LD; 410 for removed documents.
 */
@Controller
class PublicDocumentPages {

    static final int RELATED = 5;

    private final PublishedDocuments published;
    private final OrganisationDirectory organisations;
    private final CatalogTree catalog;
    private final SiteFrame frame;
    private final ReadCounter reads;
    private final List<DocumentLinkedData> linkedData;

    PublicDocumentPages(PublishedDocuments published, OrganisationDirectory organisations, CatalogTree catalog,
                 SiteFrame frame, ReadCounter reads, List<DocumentLinkedData> linkedData) {
        this.linkedData = linkedData;
        this.published = published;
        this.organisations = organisations;
        this.catalog = catalog;
        this.frame = frame;
        this.reads = reads;
    }

    @GetMapping("/documents/{id}")
    String document(@PathVariable long id, Model model, HttpServletRequest request, HttpServletResponse response) {
        PublishedDocument doc = published.find(id).orElse(null);
        if (doc == null) {
            if (published.wasRemoved(id)) {
                response.setStatus(HttpStatus.GONE.value());
                return "portal/gone";
            }
            throw new NotFoundException("document", id);
        }
        Organisation org = organisations.get(doc.organisationId());
        List<CatalogNode> path = doc.catalogNodeId() == null ? List.of() : catalog.path(doc.catalogNodeId());
        PublishedDocument replacement = doc.replacedByDocumentId() == null ? null
                : published.find(doc.replacedByDocumentId()).orElse(null);
        List<PublishedDocument> related = doc.withdrawn() ? List.of() : published.related(doc, RELATED);

        CacheTags.add(request, CacheTags.document(id));
        if (replacement != null) {
            CacheTags.add(request, CacheTags.document(replacement.documentId()));
        }
        related.forEach(r -> CacheTags.add(request, CacheTags.document(r.documentId())));
        CacheTags.countsReadOf(request, id);

        frame.fill(model, org, request);
        model.addAttribute("doc", doc);
        model.addAttribute("path", path);
        model.addAttribute("replacement", replacement);
        model.addAttribute("related", related);
        // as of this rendering: a cached page shows it until the page is rendered again (at most the cache's max-age)
        model.addAttribute("reads", reads.stored(id) + reads.pending(id));
        String base = ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
        model.addAttribute("jsonLd", JsonLd.of(doc, org, path, base,
                linkedData.stream().map(d -> d.properties(id, base)).toList()));
        return "portal/document";
    }
}
