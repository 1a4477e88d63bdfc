package org.gongkai.consultation;

import org.gongkai.platform.RateBuckets;
import org.gongkai.platform.RateBuckets.Limit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The comment form's limit per client address ({@link RateBuckets}), as the application form's: a burst of
 * {@code gongkai.consultation.comment-burst} (5) refilled at {@code comment-per-hour} (20) an hour.
 */
@Component
class CommentRateLimit {

    private final RateBuckets buckets;
    private final Limit limit;

    CommentRateLimit(RateBuckets buckets, @Value("${gongkai.consultation.comment-burst:5}") double burst,
                     @Value("${gongkai.consultation.comment-per-hour:20}") double perHour) {
        this.buckets = buckets;
        this.limit = Limit.perHour("COMMENT", burst, perHour);
    }

    boolean tryTake(String clientAddress) {
        return buckets.tryTake(limit, clientAddress);
    }
}
