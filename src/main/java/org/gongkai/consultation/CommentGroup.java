package org.gongkai.consultation;

import java.util.List;

/** Comments that make the same point, decided once; the decision is every member's. */
record CommentGroup(long id, long consultationId, String summary, Decision decision, String decisionReason,
                    List<Long> commentIds) {
}
