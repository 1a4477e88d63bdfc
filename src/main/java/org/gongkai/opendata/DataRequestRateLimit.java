package org.gongkai.opendata;

import org.gongkai.platform.FormRateLimits;
import org.gongkai.platform.RateBuckets;
import org.gongkai.platform.RateBuckets.Limit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The data request form's limits ({@link RateBuckets}): per client address for sending
 * ({@code gongkai.opendata.request-burst} 5, refilled at {@code request-per-hour} 5), per contact
 * ({@code contact-burst} 3, {@code contact-per-day} 5), and per client address for looking a request up
 * ({@code lookup-burst} 10, {@code lookup-per-hour} 30).
 */
@Component
class DataRequestRateLimit extends FormRateLimits {

    DataRequestRateLimit(RateBuckets buckets,
                         @Value("${gongkai.opendata.request-burst:5}") double sendBurst,
                         @Value("${gongkai.opendata.request-per-hour:5}") double sendPerHour,
                         @Value("${gongkai.opendata.contact-burst:3}") double contactBurst,
                         @Value("${gongkai.opendata.contact-per-day:5}") double contactPerDay,
                         @Value("${gongkai.opendata.lookup-burst:10}") double lookupBurst,
                         @Value("${gongkai.opendata.lookup-per-hour:30}") double lookupPerHour) {
        super(buckets,
                Limit.perHour("OD_REQUEST", sendBurst, sendPerHour),
                Limit.perDay("OD_CONTACT", contactBurst, contactPerDay),
                Limit.perHour("OD_LOOKUP", lookupBurst, lookupPerHour));
    }
}
