package org.gongkai.integrity;

import org.gongkai.document.PublishedDocument;
import org.gongkai.document.PublishedDocuments;
import org.springframework.stereotype.Component;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** The mirror check compares outside copies with every published (not withdrawn) document. */
@Component
class PublishedDocumentCandidates implements MirrorCandidates {

    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final PublishedDocuments published;

    PublishedDocumentCandidates(PublishedDocuments published) {
        this.published = published;
    }

    @Override
    public List<MirrorCandidate> published() {
        return published.allPublished().stream()
                .map(d -> new MirrorCandidate(String.valueOf(d.documentId()), d.title(), "/documents/" + d.documentId(),
                        text(d)))
                .toList();
    }

    @Override
    public long version() {
        return published.changeMark();
    }

    /** The same reading form as {@link CleanedDocument#canonicalText()}: title, 文号, body, issuer, date. */
    static String text(PublishedDocument d) {
        List<String> lines = new ArrayList<>();
        lines.add(d.title());
        if (d.documentNumber() != null && !d.documentNumber().isBlank()) {
            lines.add(d.documentNumber());
        }
        if (d.bodyText() != null) {
            lines.add(d.bodyText());
        }
        if (d.issuer() != null && !d.issuer().isBlank()) { // never the word "null" for a document without one
            lines.add(d.issuer());
        }
        if (d.writtenDate() != null) {
            lines.add(d.writtenDate().format(CHINESE_DATE));
        }
        return String.join("\n", lines);
    }
}
