package org.gongkai.document;

import java.time.LocalDate;

/**
 * The editable content and metadata of a document (spec/30's catalog entry), as a form or the API submits it.
 * {@code bodyHtml} is untrusted until sanitised.
 */
public record DocumentContent(
        Long catalogNodeId, String title, String documentNumber, String issuer, LocalDate writtenDate,
        LocalDate publishDate, String theme, String opennessClass, String keywords, Disclosure disclosure,
        String withheldReason, Validity validity, Long replacedByDocumentId, String summary, String bodyHtml) {
}
