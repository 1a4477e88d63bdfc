package org.gongkai.document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A document as the public sees it: its live edition, published or withdrawn, proactively disclosed. */
public record PublishedDocument(long documentId, long organisationId, String indexNumber, long editionId,
                                int editionNumber, boolean withdrawn, String withdrawalNote, Instant publishedAt,
                                Long catalogNodeId, String title, String documentNumber, String issuer,
                                LocalDate writtenDate, LocalDate publishDate, String theme, String opennessClass,
                                String keywords, Validity validity, Long replacedByDocumentId, String summary,
                                String bodyHtml, String bodyText, List<AttachmentInfo> attachments, DocumentKind kind,
                                LocalDate repealedOn) {

    /** 发布日期 as shown: the one given in the metadata, else the day it went out. */
    public LocalDate shownPublishDate() {
        return publishDate != null ? publishDate
                : publishedAt.atZone(org.gongkai.platform.Zones.CHINA).toLocalDate();
    }
}
