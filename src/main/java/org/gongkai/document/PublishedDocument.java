package org.gongkai.document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A document as the public sees it: its live edition, published or withdrawn, proactively disclosed. Its metadata is
 * the edition's {@link DocumentContent}, holding the {@link DocumentFields#published() published} fields only (the
 * disclosure is proactive, no withholding reason); the named accessors are for templates and readers of one field.
 */
public record PublishedDocument(long documentId, long organisationId, String indexNumber, long editionId,
                                int editionNumber, boolean withdrawn, String withdrawalNote, Instant publishedAt,
                                DocumentContent content, String bodyText, List<AttachmentInfo> attachments) {

    /** 发布日期 as shown: the one given in the metadata, else the day it went out. */
    public LocalDate shownPublishDate() {
        return publishDate() != null ? publishDate()
                : publishedAt.atZone(org.gongkai.platform.Zones.CHINA).toLocalDate();
    }

    public Long catalogNodeId() {
        return content.catalogNodeId();
    }

    public String title() {
        return content.title();
    }

    public String documentNumber() {
        return content.documentNumber();
    }

    public String issuer() {
        return content.issuer();
    }

    public LocalDate writtenDate() {
        return content.writtenDate();
    }

    public LocalDate publishDate() {
        return content.publishDate();
    }

    public String theme() {
        return content.theme();
    }

    public String opennessClass() {
        return content.opennessClass();
    }

    public String keywords() {
        return content.keywords();
    }

    public Validity validity() {
        return content.validity();
    }

    public Long replacedByDocumentId() {
        return content.replacedByDocumentId();
    }

    public String summary() {
        return content.summary();
    }

    public String bodyHtml() {
        return content.bodyHtml();
    }

    public DocumentKind kind() {
        return content.kind();
    }

    public LocalDate repealedOn() {
        return content.repealedOn();
    }
}
