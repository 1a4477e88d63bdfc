package org.gongkai.document;

import java.time.LocalDate;

/** Document content for tests. */
final class DocumentSamples {

    private DocumentSamples() {
    }

    static DocumentContent content(String title) {
        return new DocumentContent(null, title, "测教〔2026〕1号", "测试县教育局", LocalDate.of(2026, 3, 1), null, "教育",
                "RESULT", "测试 公开", Disclosure.PROACTIVE, null, Validity.VALID, null, "概述",
                "<p>" + title + " 正文第一段。</p><p>第二段。</p>");
    }

    static DocumentContent withBody(DocumentContent c, String bodyHtml) {
        return new DocumentContent(c.catalogNodeId(), c.title(), c.documentNumber(), c.issuer(), c.writtenDate(),
                c.publishDate(), c.theme(), c.opennessClass(), c.keywords(), c.disclosure(), c.withheldReason(),
                c.validity(), c.replacedByDocumentId(), c.summary(), bodyHtml);
    }

    static DocumentContent withDisclosure(DocumentContent c, Disclosure d, String reason) {
        return new DocumentContent(c.catalogNodeId(), c.title(), c.documentNumber(), c.issuer(), c.writtenDate(),
                c.publishDate(), c.theme(), c.opennessClass(), c.keywords(), d, reason,
                c.validity(), c.replacedByDocumentId(), c.summary(), c.bodyHtml());
    }
}
