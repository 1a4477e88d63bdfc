package org.gongkai.platform;

import org.gongkai.platform.RateBuckets.Limit;

/**
 * The three limits of a public form sent without an account ({@link RateBuckets}, keyed by a salted hash so neither
 * addresses nor contact details are kept): sending per client address, sending per contact (phone or e-mail), and
 * looking a submission up per client address. A module gives its own limits, named after it.
 */
public class FormRateLimits {

    public enum Purpose { SEND, CONTACT, LOOKUP }

    private final RateBuckets buckets;
    private final Limit[] limits;

    protected FormRateLimits(RateBuckets buckets, Limit send, Limit contact, Limit lookup) {
        this.buckets = buckets;
        this.limits = new Limit[] {send, contact, lookup};
    }

    /** Takes a token; false when the bucket is empty. */
    public boolean tryTake(Purpose purpose, String value) {
        return buckets.tryTake(limits[purpose.ordinal()], value);
    }
}
