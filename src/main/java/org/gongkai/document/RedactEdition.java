package org.gongkai.document;

import org.gongkai.identity.StaffUser;
import org.gongkai.platform.web.ConflictException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.TextNode;
import org.springframework.stereotype.Component;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes the redacted revision of an edition in review: title, metadata and body with the protected values masked, and
 * each DOCX/XLSX that holds one replaced by a redacted copy. The edition then points to it; the unredacted revision and
 * files stay in the history, for staff only. Other files are kept as they are: the caller must not ask to redact what
 * they hold (a PDF is accepted or replaced by the editor). One step of {@link ReviewEdition#approve}, which has locked
 * the document and checked the reviewer; the replacements come from {@link ApprovalRedactions}.
 */
@Component
class RedactEdition {

    private final DocumentStore store;
    private final AttachmentFiles files;
    private final BodySanitizer sanitizer;
    private final Workflow workflow;

    RedactEdition(DocumentStore store, AttachmentFiles files, BodySanitizer sanitizer, Workflow workflow) {
        this.store = store;
        this.files = files;
        this.sanitizer = sanitizer;
        this.workflow = workflow;
    }

    /** Points the submitted edition to its redacted revision; returns the edition as it is now. */
    Edition redact(StaffUser reviewer, DocumentRef doc, Edition edition, List<Replacement> replacements, String note) {
        Revision original = store.findRevision(edition.revisionId()).orElseThrow();
        DocumentContent c = original.content();
        DocumentContent.Builder masked = c.toBuilder();
        for (DocumentField f : DocumentFields.screened()) {
            masked.set(f, apply(f.text(c), replacements));
        }
        String html = sanitizer.sanitize(body(c.bodyHtml(), replacements));
        long revisionId = store.insertRedactedRevision(original, masked.bodyHtml(html).build(), html,
                sanitizer.text(html), reviewer.id());
        List<Long> attachmentIds = new ArrayList<>();
        for (AttachmentInfo a : original.attachments()) {
            attachmentIds.add(redactedFile(a, replacements, reviewer));
        }
        store.linkAttachments(revisionId, attachmentIds);
        if (!store.pointSubmittedTo(edition.id(), revisionId)) {
            throw new ConflictException("workflow.wrongStatus", "-");
        }
        Edition now = store.findEdition(edition.id()).orElseThrow();
        workflow.record(doc, now, "redact", EditionStatus.SUBMITTED, EditionStatus.SUBMITTED, reviewer, note);
        return now;
    }

    private static String apply(String s, List<Replacement> replacements) {
        return Replacement.apply(s, replacements);
    }

    /** The body with values masked in its text nodes (entities decoded, so a value is found however it was encoded). */
    private static String body(String html, List<Replacement> replacements) {
        if (html == null || html.isEmpty()) {
            return html;
        }
        var doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        for (TextNode t : allTextNodes(doc.body())) {
            if (Replacement.anyIn(t.getWholeText(), replacements)) {
                t.text(Replacement.apply(t.getWholeText(), replacements));
            }
        }
        return doc.body().html();
    }

    private static List<TextNode> allTextNodes(org.jsoup.nodes.Element root) {
        List<TextNode> out = new ArrayList<>();
        root.traverse((node, depth) -> {
            if (node instanceof TextNode t) {
                out.add(t);
            }
        });
        return out;
    }

    /**
     * The file itself, or its redacted copy when it is a DOCX/XLSX holding a value or when its name holds one (then the
     * copy has the masked name; a mask's * becomes x, which every file system accepts).
     */
    private long redactedFile(AttachmentInfo a, List<Replacement> replacements, StaffUser reviewer) {
        String name = Replacement.anyIn(a.fileName(), replacements)
                ? Replacement.apply(a.fileName(), replacements).replace('*', 'x') : a.fileName();
        if (a.kind() != AttachmentKind.DOCX && a.kind() != AttachmentKind.XLSX) {
            return name.equals(a.fileName()) ? a.id()
                    : store.insertRedactedAttachment(a, name, a.sha256(), a.sizeBytes(), reviewer.id());
        }
        try {
            var path = files.path(a.sha256());
            TextWithSpans before = DocumentTexts.extract(a.kind(), path);
            byte[] raw = java.nio.file.Files.readAllBytes(path);
            if (!Replacement.anyIn(before.text(), replacements) && RedactionCheck.leftovers(raw, replacements).isEmpty()) {
                return name.equals(a.fileName()) ? a.id()
                        : store.insertRedactedAttachment(a, name, a.sha256(), a.sizeBytes(), reviewer.id());
            }
            // the copy starts from the public copy: tracked deletions, comments, hidden text, properties and unused
            // strings are gone before the values are masked in what is left
            byte[] redacted;
            java.nio.file.Path clean = java.nio.file.Files.createTempFile("redact-", "." + a.kind().extension());
            try {
                java.nio.file.Files.write(clean, PublicCopy.ooxml(raw, a.kind() == AttachmentKind.DOCX));
                redacted = a.kind() == AttachmentKind.DOCX ? DocxRedactor.redact(clean, replacements)
                        : XlsxRedactor.redact(clean, replacements);
            } finally {
                java.nio.file.Files.deleteIfExists(clean);
            }
            List<String> left = RedactionCheck.leftovers(redacted, replacements);
            AttachmentFiles.Stored stored = files.store(new ByteArrayInputStream(redacted));
            TextWithSpans after = DocumentTexts.extract(stored.kind(), files.path(stored.sha256()));
            if (!left.isEmpty() || stored.kind() != a.kind() || after == null
                    || Replacement.anyIn(after.text(), replacements)) {
                throw new ConflictException("redaction.incomplete", a.fileName());
            }
            return store.insertRedactedAttachment(a, name, stored.sha256(), stored.size(), reviewer.id());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            if (e instanceof ConflictException) {
                throw e;
            }
            throw new ConflictException("redaction.incomplete", a.fileName());
        }
    }
}
