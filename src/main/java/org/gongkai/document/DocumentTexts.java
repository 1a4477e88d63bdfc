package org.gongkai.document;

import org.gongkai.platform.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the confidentiality screening reads of a revision: the metadata fields, the body's text and the text of every
 * attachment (PDF through PDFBox, DOCX through POI XWPF, XLSX/XLS through POI). For the review module: it never reads
 * the document tables itself. No access check: the caller runs inside a workflow action that made it.
 */
@Service
public class DocumentTexts {

    private static final Logger log = LoggerFactory.getLogger(DocumentTexts.class);

    private final DocumentStore store;
    private final AttachmentFiles files;

    DocumentTexts(DocumentStore store, AttachmentFiles files) {
        this.store = store;
        this.files = files;
    }

    public List<ScreeningText> forScreening(long revisionId) {
        Revision r = store.findRevision(revisionId).orElseThrow(() -> new NotFoundException("revision", revisionId));
        DocumentContent c = r.content();
        List<ScreeningText> out = new ArrayList<>();
        out.add(ScreeningText.field("title", c.title()));
        out.add(ScreeningText.field("documentNumber", c.documentNumber()));
        out.add(ScreeningText.field("issuer", c.issuer()));
        out.add(ScreeningText.field("theme", c.theme()));
        out.add(ScreeningText.field("keywords", c.keywords()));
        out.add(ScreeningText.field("summary", c.summary()));
        out.add(ScreeningText.field("withheldReason", c.withheldReason()));
        String body = r.bodyText() == null ? "" : r.bodyText();
        out.add(new ScreeningText("body", null, null, body, List.of(new ScreeningText.Span(0, body.length(), "body")), true));
        for (AttachmentInfo a : r.attachments()) {
            out.add(attachment(a));
        }
        return out;
    }

    /** The extracted text of one stored file, or an unreadable piece when its kind has no text or it is damaged. */
    ScreeningText attachment(AttachmentInfo a) {
        long origin = store.originOf(a.id());
        try {
            TextWithSpans t = extract(a.kind(), files.path(a.sha256()));
            if (t == null) {
                return new ScreeningText("attachment", a, origin, "", List.of(), false);
            }
            return new ScreeningText("attachment", a, origin, t.text(), t.spans(), true);
        } catch (IOException | RuntimeException e) {
            log.warn("cannot read the text of attachment {} ({}): {}", a.id(), a.kind(), e.toString());
            return new ScreeningText("attachment", a, origin, "", List.of(), false);
        }
    }

    /** The text of a file of the given kind, or null when the platform cannot read that kind. */
    static TextWithSpans extract(AttachmentKind kind, Path file) throws IOException {
        return switch (kind) {
            case PDF -> PdfText.extract(file);
            case DOCX -> DocxText.extract(file);
            case XLSX, XLS -> SpreadsheetText.extract(file);
            // DOC needs poi-scratchpad (HWPF), not on the classpath; images and OFD carry no extractable text here
            default -> null;
        };
    }
}
