package org.gongkai.consultation;

import java.util.List;

/**
 * A change from draft to final text, with the comments behind it: on a passage of a draft or on the whole, and, when
 * it explains a place in the draft-to-final diff, the passage of the final text it produced (null when the passage
 * was removed).
 */
record Change(long id, Long passageId, Long finalPassageId, String description, List<Long> commentIds) {

    /** True when this change explains the diff row from {@code from} to {@code to} (either may be null). */
    boolean explains(Passage from, Passage to) {
        if (to != null) {
            return finalPassageId != null && finalPassageId == to.id();
        }
        return from != null && finalPassageId == null && passageId != null && passageId == from.id();
    }
}
