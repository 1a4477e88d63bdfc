package org.gongkai.platform;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Token buckets for the public forms, in the database so every node shares them. A bucket is named by its limit and
 * a salted hash of what it counts (a client address, a phone number), so neither is kept. A limit allows a burst and
 * refills at a steady rate; taking from an empty bucket fails, and the caller answers 429.
 */
@Component
public class RateBuckets {

    /** A burst of {@code burst} requests, refilled at {@code perSecond}; {@code name} keeps limits apart. */
    public record Limit(String name, double burst, double perSecond) {

        public static Limit perHour(String name, double burst, double perHour) {
            return new Limit(name, burst, perHour / 3600.0);
        }

        public static Limit perDay(String name, double burst, double perDay) {
            return new Limit(name, burst, perDay / 86_400.0);
        }
    }

    private final JdbcClient jdbc;
    private volatile String salt;

    public RateBuckets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Takes a token from the bucket of {@code value} under the limit; false when it is empty. */
    public boolean tryTake(Limit limit, String value) {
        return jdbc.sql("""
                        insert into rate_bucket (bucket_key, tokens, updated_at) values (:k, :cap - 1, now())
                        on conflict (bucket_key) do update
                           set tokens = least(:cap, rate_bucket.tokens
                                   + extract(epoch from now() - rate_bucket.updated_at) * :rate) - 1,
                               updated_at = now()
                         where least(:cap, rate_bucket.tokens
                                   + extract(epoch from now() - rate_bucket.updated_at) * :rate) >= 1
                        returning tokens""")
                .param("k", limit.name() + ":" + hash(value)).param("cap", limit.burst())
                .param("rate", limit.perSecond())
                .query(Double.class).optional().isPresent();
    }

    private String hash(String value) {
        String s = salt;
        if (s == null) {
            s = jdbc.sql("select value from rate_bucket_salt where id = 1").query(String.class).single();
            salt = s;
        }
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(s.getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(String.valueOf(value).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
