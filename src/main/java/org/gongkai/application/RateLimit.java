package org.gongkai.application;

import org.gongkai.platform.RateBuckets;
import org.gongkai.platform.RateBuckets.Limit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The application form's limits per client address ({@link RateBuckets}). Submissions: a burst of
 * {@code gongkai.application.submit-burst} (5), refilled at {@code submit-per-hour} (10) an hour; status lookups and
 * corrections through the status page: {@code lookup-burst} (10), {@code lookup-per-hour} (30).
 */
@Component
class RateLimit {

    enum Purpose { SUBMIT, LOOKUP }

    private final RateBuckets buckets;
    private final Limit submit;
    private final Limit lookup;

    RateLimit(RateBuckets buckets,
              @Value("${gongkai.application.submit-burst:5}") double submitBurst,
              @Value("${gongkai.application.submit-per-hour:10}") double submitPerHour,
              @Value("${gongkai.application.lookup-burst:10}") double lookupBurst,
              @Value("${gongkai.application.lookup-per-hour:30}") double lookupPerHour) {
        this.buckets = buckets;
        this.submit = Limit.perHour("SUBMIT", submitBurst, submitPerHour);
        this.lookup = Limit.perHour("LOOKUP", lookupBurst, lookupPerHour);
    }

    /** Takes a token; false when the bucket is empty. */
    boolean tryTake(Purpose purpose, String clientAddress) {
        return buckets.tryTake(purpose == Purpose.SUBMIT ? submit : lookup, clientAddress);
    }
}
