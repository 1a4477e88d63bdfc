package org.gongkai.participation;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Token buckets in the database (every node shares them), keyed by a salted hash so neither addresses nor contact
 * details are kept: per client address for sending ({@code gongkai.messages.send-burst} 5, refilled at
 * {@code send-per-hour} 10), per contact (phone or e-mail) for sending ({@code contact-burst} 3, {@code contact-per-day}
 * 5), and per client address for looking up an exchange ({@code lookup-burst} 10, {@code lookup-per-hour} 30).
 */
@Component
class MessageRateLimit {

    enum Purpose { SEND, CONTACT, LOOKUP }

    private final JdbcClient jdbc;
    private final double[] burst;
    private final double[] perSecond;
    private volatile String salt;

    MessageRateLimit(JdbcClient jdbc,
                     @Value("${gongkai.messages.send-burst:5}") double sendBurst,
                     @Value("${gongkai.messages.send-per-hour:10}") double sendPerHour,
                     @Value("${gongkai.messages.contact-burst:3}") double contactBurst,
                     @Value("${gongkai.messages.contact-per-day:5}") double contactPerDay,
                     @Value("${gongkai.messages.lookup-burst:10}") double lookupBurst,
                     @Value("${gongkai.messages.lookup-per-hour:30}") double lookupPerHour) {
        this.jdbc = jdbc;
        this.burst = new double[] {sendBurst, contactBurst, lookupBurst};
        this.perSecond = new double[] {sendPerHour / 3600.0, contactPerDay / 86400.0, lookupPerHour / 3600.0};
    }

    /** Takes a token; false when the bucket is empty. */
    boolean tryTake(Purpose purpose, String value) {
        double cap = burst[purpose.ordinal()];
        double rate = perSecond[purpose.ordinal()];
        return jdbc.sql("""
                        insert into message_rate_bucket (bucket_key, tokens, updated_at) values (:k, :cap - 1, now())
                        on conflict (bucket_key) do update
                           set tokens = least(:cap, message_rate_bucket.tokens
                                   + extract(epoch from now() - message_rate_bucket.updated_at) * :rate) - 1,
                               updated_at = now()
                         where least(:cap, message_rate_bucket.tokens
                                   + extract(epoch from now() - message_rate_bucket.updated_at) * :rate) >= 1
                        returning tokens""")
                .param("k", purpose.name() + ":" + hash(value)).param("cap", cap).param("rate", rate)
                .query(Double.class).optional().isPresent();
    }

    private String hash(String value) {
        if (salt == null) {
            salt = jdbc.sql("select value from message_secret where name = 'key_salt'").query(String.class).single();
        }
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(salt.getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(String.valueOf(value).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
