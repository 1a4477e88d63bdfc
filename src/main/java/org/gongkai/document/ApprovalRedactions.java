package org.gongkai.document;

import java.util.List;

/**
 * What the review wants masked in an edition before it is approved (the screening findings marked "redact"). The
 * review module supplies the replacements; {@link ReviewEdition#approve} applies them inside the approval, as one of
 * its explicit steps (ADR 0021). Implemented by other modules; the document module knows none of them.
 */
public interface ApprovalRedactions {

    /** The values to mask and a note for the history (e.g. how many findings); no replacements when nothing is to go. */
    record Redaction(List<Replacement> replacements, String note) {

        public Redaction {
            replacements = List.copyOf(replacements);
        }

        public boolean isEmpty() {
            return replacements.isEmpty();
        }
    }

    /** What to mask in the edition's current revision. Runs inside the approval's transaction, the document locked. */
    Redaction forApproval(EditionUnderReview edition);
}
