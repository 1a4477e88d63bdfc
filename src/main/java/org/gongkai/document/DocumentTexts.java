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
        for (DocumentField f : DocumentFields.screened()) {
            out.add(ScreeningText.field(f.param(), f.text(c)));
        }
        String body = r.bodyText() == null ? "" : r.bodyText();
        out.add(new ScreeningText("body", null, null, body, List.of(new ScreeningText.Span(0, body.length(), "body")), true));
        for (AttachmentInfo a : r.attachments()) {
            out.addAll(attachmentPieces(a));
        }
        return out;
    }

    /**
     * What the screening reads of one stored file: its name; its structured text (or, when the file cannot be read
     * completely, an unreadable piece saying why); and for DOCX/XLSX the sweep of every XML part of the package, for
     * PDF its metadata, annotations, form fields and embedded files — with what could not be read listed.
     */
    List<ScreeningText> attachmentPieces(AttachmentInfo a) {
        long origin = store.originOf(a.id());
        String name = a.fileName() == null ? "" : a.fileName();
        List<ScreeningText> out = new ArrayList<>();
        out.add(new ScreeningText("attachment", a, origin, name, List.of(new ScreeningText.Span(0, name.length(), "name")),
                true));
        java.nio.file.Path path = files.path(a.sha256());
        try {
            TextWithSpans t = extract(a.kind(), path);
            if (t == null) {
                out.add(unreadable(a, origin, a.kind() == AttachmentKind.PNG || a.kind() == AttachmentKind.JPEG
                        || a.kind() == AttachmentKind.GIF ? "picture: its text is not read" : a.kind() + ": its text is not read"));
                return out;
            }
            out.add(new ScreeningText("attachment", a, origin, t.text(), t.spans(), true));
            if (a.kind() == AttachmentKind.DOCX || a.kind() == AttachmentKind.XLSX) {
                OfficePackageText.Sweep sweep = OfficePackageText.sweep(path);
                out.add(new ScreeningText("attachment", a, origin, sweep.text().text(), sweep.text().spans(), true, true,
                        sweep.unscreened()));
            } else if (a.kind() == AttachmentKind.XLS) {
                // the binary workbook's properties, names and unused strings are not read, nor sanitised
                out.add(new ScreeningText("attachment", a, origin, "", List.of(), true, true, List.of(
                        new ScreeningText.Unscreened("file", "XLS: only cells and comments are read (save it as XLSX)"))));
            } else if (a.kind() == AttachmentKind.PDF) {
                PdfExtras.Extras extras = PdfExtras.read(path);
                out.add(new ScreeningText("attachment", a, origin, extras.text().text(), extras.text().spans(), true,
                        true, extras.unscreened()));
            }
            return out;
        } catch (IOException | RuntimeException | StackOverflowError e) {
            log.warn("cannot read the text of attachment {} ({}): {}", a.id(), a.kind(), e.toString());
            out.removeIf(p -> p.spans().stream().noneMatch(s -> "name".equals(s.location())));
            out.add(unreadable(a, origin, "unreadable: " + reason(e)));
            return out;
        }
    }

    private static ScreeningText unreadable(AttachmentInfo a, long origin, String reason) {
        return new ScreeningText("attachment", a, origin, "", List.of(), false, false,
                List.of(new ScreeningText.Unscreened("file", reason)));
    }

    /** A short, stable description of why a file could not be read (the parser's own words, cut). */
    private static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? "" : root.getMessage().replaceAll("\\s+", " ").strip();
        String text = root.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
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
