package org.gongkai.document;

import java.time.LocalDate;

/** Document content for tests. */
final class DocumentSamples {

    private DocumentSamples() {
    }

    static DocumentContent content(String title) {
        return DocumentContent.builder().title(title).documentNumber("测教〔2026〕1号").issuer("测试县教育局")
                .writtenDate(LocalDate.of(2026, 3, 1)).theme("教育").opennessClass("RESULT").keywords("测试 公开")
                .summary("概述").bodyHtml("<p>" + title + " 正文第一段。</p><p>第二段。</p>").build();
    }

    static DocumentContent withBody(DocumentContent c, String bodyHtml) {
        return c.toBuilder().bodyHtml(bodyHtml).build();
    }

    static DocumentContent withDisclosure(DocumentContent c, Disclosure d, String reason) {
        return c.toBuilder().disclosure(d).withheldReason(reason).build();
    }
}
