package org.gongkai.search;

import java.time.LocalDate;
import java.util.List;

/**
 * What the index holds of one published document. {@code organisationPath} is the publishing organisation and every
 * organisation above it (the "with subordinates" filter matches any of them). {@code columnId} is the catalog node
 * (栏目) it is published in, {@code kind} its {@code DocumentKind} name, {@code indexNumber} its 索引号.
 */
public record SearchDocument(long documentId, long editionId, String title, String documentNumber,
                             long organisationId, List<Long> organisationPath, String opennessClass, String theme,
                             String validity, LocalDate publishDate, String body, String attachmentText,
                             String indexNumber, Long columnId, String kind) {

    /** A document without 索引号, column or kind. */
    public SearchDocument(long documentId, long editionId, String title, String documentNumber, long organisationId,
                          List<Long> organisationPath, String opennessClass, String theme, String validity,
                          LocalDate publishDate, String body, String attachmentText) {
        this(documentId, editionId, title, documentNumber, organisationId, organisationPath, opennessClass, theme,
                validity, publishDate, body, attachmentText, null, null, null);
    }
}
