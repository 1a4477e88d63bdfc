package org.gongkai.review;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A screening finding kept for an edition's revision, with the reviewer's decision. {@code matched} and
 * {@code context} hold the protected value: staff only.
 *
 * @param part     {@code body}, {@code attachment} or a metadata field's name
 * @param location where in the part (see {@link org.gongkai.document.ScreeningText})
 */
public record StoredFinding(long id, long documentId, long editionId, long revisionId, String part, Long attachmentId,
                            Long originAttachmentId, String attachmentKind, String attachmentName, String location,
                            FindingKind kind, int start, int end, String matched, String masked, String context,
                            double confidence, FindingStatus status, String reason, Long decidedBy,
                            String decidedByName, Instant decidedAt) {

    private static final Set<String> REWRITABLE_FILES = Set.of("DOCX", "XLSX");

    /**
     * Whether the platform can mask it: text it rewrites (metadata, body, DOCX, XLSX) and a kind with a mask. A PDF (or
     * a DOC, XLS, image) is accepted or replaced by the editor; a secret marking is never "masked": the document is
     * sent back or the marking accepted as ordinary words. A value in a file's name is masked in the name of the
     * redacted copy, whatever the file's type; what was not screened cannot be masked: the reviewer opens the file and confirms it.
     */
    public boolean redactable() {
        boolean rewritable = attachmentKind == null || REWRITABLE_FILES.contains(attachmentKind) || "name".equals(location);
        return rewritable && kind != FindingKind.SECRET_MARKING && kind != FindingKind.NOT_SCREENED;
    }

    /** Message key and arguments saying where the finding is, for pages and refusals. */
    public String whereKey() {
        if (!"attachment".equals(part)) {
            return "body".equals(part) ? "review.where.body" : "review.where.field." + part;
        }
        String type = location.contains(":") ? location.substring(0, location.indexOf(':')) : location;
        return "review.where." + type;
    }

    public List<String> whereArgs() {
        if (!"attachment".equals(part)) {
            return List.of();
        }
        String ref = location.contains(":") ? location.substring(location.indexOf(':') + 1) : "";
        if (location.startsWith("table:") && ref.contains("-")) {
            return List.of(attachmentName, ref.substring(0, ref.indexOf('-')), ref.substring(ref.indexOf('-') + 1));
        }
        return List.of(attachmentName, ref);
    }

    public Object[] whereArgsArray() {
        return whereArgs().toArray();
    }

    /** The context split around the match: before, the match, after. */
    public List<String> contextParts() {
        int at = Math.min(start, ScanText.CONTEXT);
        if (at > context.length() || !context.startsWith(matched, at)) {
            at = context.indexOf(matched);
        }
        if (at < 0) {
            return List.of(context, "", "");
        }
        return List.of(context.substring(0, at), matched, context.substring(at + matched.length()));
    }
}
