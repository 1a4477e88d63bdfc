package org.gongkai.consultation;

import java.util.List;

/** A change from draft to final text, on a passage or on the whole, with the comments behind it. */
record Change(long id, Long passageId, String description, List<Long> commentIds) {
}
