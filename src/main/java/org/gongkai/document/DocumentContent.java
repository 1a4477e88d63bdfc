package org.gongkai.document;

import java.time.LocalDate;

/**
 * The editable content and metadata of a document (spec/30's catalog entry), as a form or the API submits it.
 * {@code bodyHtml} is untrusted until sanitised. {@code kind} and {@code repealedOn} feed table 二 of the annual report.
 */
public record DocumentContent(
        Long catalogNodeId, String title, String documentNumber, String issuer, LocalDate writtenDate,
        LocalDate publishDate, String theme, String opennessClass, String keywords, Disclosure disclosure,
        String withheldReason, Validity validity, Long replacedByDocumentId, String summary, String bodyHtml,
        DocumentKind kind, LocalDate repealedOn) {

    public DocumentContent {
        kind = kind == null ? DocumentKind.OTHER : kind;
    }

    /** Content of an ordinary document (neither 规章 nor 行政规范性文件), not repealed. */
    public DocumentContent(Long catalogNodeId, String title, String documentNumber, String issuer, LocalDate writtenDate,
                           LocalDate publishDate, String theme, String opennessClass, String keywords,
                           Disclosure disclosure, String withheldReason, Validity validity, Long replacedByDocumentId,
                           String summary, String bodyHtml) {
        this(catalogNodeId, title, documentNumber, issuer, writtenDate, publishDate, theme, opennessClass, keywords,
                disclosure, withheldReason, validity, replacedByDocumentId, summary, bodyHtml, DocumentKind.OTHER, null);
    }
}
