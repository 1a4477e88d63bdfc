package org.gongkai.participation;

import org.gongkai.platform.FormRateLimits;
import org.gongkai.platform.RateBuckets;
import org.gongkai.platform.RateBuckets.Limit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The message form's limits ({@link RateBuckets}, keyed by a salted hash so neither addresses nor contact details are
 * kept): per client address for sending ({@code gongkai.messages.send-burst} 5, refilled at {@code send-per-hour} 10),
 * per contact (phone or e-mail) for sending ({@code contact-burst} 3, {@code contact-per-day} 5), and per client
 * address for looking up an exchange ({@code lookup-burst} 10, {@code lookup-per-hour} 30).
 */
@Component
class MessageRateLimit extends FormRateLimits {

    MessageRateLimit(RateBuckets buckets,
                     @Value("${gongkai.messages.send-burst:5}") double sendBurst,
                     @Value("${gongkai.messages.send-per-hour:10}") double sendPerHour,
                     @Value("${gongkai.messages.contact-burst:3}") double contactBurst,
                     @Value("${gongkai.messages.contact-per-day:5}") double contactPerDay,
                     @Value("${gongkai.messages.lookup-burst:10}") double lookupBurst,
                     @Value("${gongkai.messages.lookup-per-hour:30}") double lookupPerHour) {
        super(buckets,
                Limit.perHour("MSG_SEND", sendBurst, sendPerHour),
                Limit.perDay("MSG_CONTACT", contactBurst, contactPerDay),
                Limit.perHour("MSG_LOOKUP", lookupBurst, lookupPerHour));
    }
}
