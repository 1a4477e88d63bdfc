package org.gongkai.services;

import org.gongkai.document.PublishedDocument;
import org.gongkai.document.PublishedDocuments;
import org.gongkai.identity.Organisation;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.platform.web.NotFoundException;
import org.gongkai.platform.web.Page;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The public JSON of normative-document clean-ups (清理结果): a site's published clean-ups, newest decision first
 * (optionally of one year), and one with its decisions, each beside the 有效性 the document's page shows now, and its
 * public history. Items whose document is not public now are left out, as on the page.
 */
@RestController
class CleanUpApi {

    record Summary(long id, String url, String organisation, String title, String basis, LocalDate decidedOn,
                   Instant publishedAt) {
    }

    record Item(long document, String documentUrl, String documentTitle, String documentNumber, String decision,
                Long replacedBy, String replacedByUrl, String reason, String validityNow) {
    }

    record Listing(String site, Integer year, int page, int size, long total, List<Summary> items) {
    }

    record Detail(Summary cleanUp, List<Item> items, List<PublicHistory.Json> history) {
    }

    private final CleanUpStore store;
    private final PublishedDocuments documents;
    private final OrganisationDirectory organisations;
    private final PublicHistories histories;

    CleanUpApi(CleanUpStore store, PublishedDocuments documents, OrganisationDirectory organisations,
               PublicHistories histories) {
        this.store = store;
        this.documents = documents;
        this.organisations = organisations;
        this.histories = histories;
    }

    @GetMapping("/api/v1/public/cleanups/{site}")
    Listing list(@PathVariable String site, @RequestParam(required = false) String year,
                 @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        Organisation o = organisations.findBySlug(site).orElseThrow(() -> new NotFoundException("site", site));
        int pageSize = ServicesApis.size(size);
        Integer y = ServicesForms.year(year);
        Page<CleanUp> rows = store.list(organisations.subtreeIds(o.id()), y, Page.clamp(page), pageSize, true);
        return new Listing(o.slug(), y, rows.page(), pageSize, rows.total(),
                rows.items().stream().map(this::summary).toList());
    }

    @GetMapping("/api/v1/public/cleanups/items/{id}")
    Detail cleanUp(@PathVariable long id) {
        CleanUp c = store.findPublic(id).orElseThrow(() -> new NotFoundException("clean-up", id));
        List<CleanUp.Item> items = store.items(id, true);
        Map<Long, PublishedDocument> shown = CleanUpAdminPages.titles(documents, items);
        List<Item> out = items.stream().filter(i -> shown.containsKey(i.documentId())).map(i -> {
            PublishedDocument d = shown.get(i.documentId());
            Long replacement = i.replacedBy() != null && shown.containsKey(i.replacedBy()) ? i.replacedBy() : null;
            return new Item(i.documentId(), "/documents/" + i.documentId(), d.title(), d.documentNumber(),
                    i.decision().name(), replacement, replacement == null ? null : "/documents/" + replacement,
                    i.reason(), d.validity() == null ? null : d.validity().name());
        }).toList();
        return new Detail(summary(c), out, PublicHistory.json(histories.cleanUp(c)));
    }

    private Summary summary(CleanUp c) {
        return new Summary(c.id(), "/cleanups/" + c.id(), organisations.get(c.organisationId()).name(), c.title(),
                c.basis(), c.decidedOn(), c.publishedAt());
    }
}
