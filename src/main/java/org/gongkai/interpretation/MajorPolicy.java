package org.gongkai.interpretation;

import java.time.Instant;

/**
 * A document marked as a major policy (重大政策): it is published only together with an interpretation, unless an
 * exception with its reason was recorded ({@code exceptionReason} and the two after it, all or none).
 */
public record MajorPolicy(long documentId, long organisationId, long markedBy, Instant markedAt,
                          String exceptionReason, Long exceptionBy, Instant exceptionAt) {

    public boolean hasException() {
        return exceptionReason != null;
    }
}
