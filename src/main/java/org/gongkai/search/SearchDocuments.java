package org.gongkai.search;

import org.gongkai.document.AttachmentInfo;
import org.gongkai.document.PublishedDocument;
import org.gongkai.document.PublishedDocuments;
import org.gongkai.identity.Organisation;
import org.gongkai.identity.OrganisationDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Builds what the index holds of a document from what the public may see of it, and nothing else. */
@Component
class SearchDocuments {

    private static final Logger log = LoggerFactory.getLogger(SearchDocuments.class);

    private final PublishedDocuments published;
    private final OrganisationDirectory organisations;

    SearchDocuments(PublishedDocuments published, OrganisationDirectory organisations) {
        this.published = published;
        this.organisations = organisations;
    }

    /** The document as search should hold it: empty when it is not public or withdrawn (it leaves search). */
    Optional<SearchDocument> find(long documentId, Map<Long, List<Long>> pathCache) {
        return published.find(documentId).filter(d -> !d.withdrawn()).map(d -> from(d, pathCache));
    }

    /** {@link #find} for many documents in one read: id → the document as search should hold it (absent: leaves search). */
    Map<Long, SearchDocument> findAll(List<Long> documentIds, Map<Long, List<Long>> pathCache) {
        Map<Long, SearchDocument> out = new java.util.HashMap<>();
        for (PublishedDocument d : published.findAll(documentIds)) {
            if (!d.withdrawn()) {
                out.put(d.documentId(), from(d, pathCache));
            }
        }
        return out;
    }

    private SearchDocument from(PublishedDocument d, Map<Long, List<Long>> pathCache) {
        List<Long> path = pathCache.computeIfAbsent(d.organisationId(),
                id -> organisations.ancestry(id).stream().map(Organisation::id).toList());
        return of(d, path, attachmentText(d.attachments()));
    }

    /**
     * The index's view of a published document. Every {@link org.gongkai.document.DocumentFields#searchable()
     * searchable} field must reach it (SearchableFieldsTest): summary, keywords and issuer as free text beside the body.
     */
    static SearchDocument of(PublishedDocument d, List<Long> organisationPath, String attachmentText) {
        String body = Stream.of(d.summary(), d.bodyText(), d.keywords(), d.issuer())
                .filter(s -> s != null && !s.isBlank()).collect(Collectors.joining("\n"));
        return new SearchDocument(d.documentId(), d.editionId(), d.title(), d.documentNumber(), d.organisationId(),
                organisationPath, d.opennessClass(), d.theme(), d.validity().name(), d.shownPublishDate(), body,
                attachmentText, d.indexNumber(), d.catalogNodeId(), d.kind() == null ? null : d.kind().name());
    }

    private String attachmentText(List<AttachmentInfo> attachments) {
        StringBuilder sb = new StringBuilder();
        for (AttachmentInfo a : attachments) {
            sb.append(a.fileName()).append('\n');
            if (!AttachmentText.hasText(a.kind()) || sb.length() > AttachmentText.MAX_CHARS) {
                continue;
            }
            Optional<InputStream> bytes = published.openAttachment(a.id());
            if (bytes.isEmpty()) {
                continue;
            }
            try (InputStream in = bytes.get()) {
                sb.append(AttachmentText.extract(a.kind(), in)).append('\n');
            } catch (Exception e) {
                // A damaged file must not keep its document out of search: it is found by its other text.
                log.warn("no text from attachment {} ({}): {}", a.id(), a.kind(), e.toString());
            }
        }
        return sb.length() > AttachmentText.MAX_CHARS ? sb.substring(0, AttachmentText.MAX_CHARS) : sb.toString();
    }
}
