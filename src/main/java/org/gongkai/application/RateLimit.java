package org.gongkai.application;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Token buckets per purpose and hashed client address, in the database so every node shares them. Submissions:
 * a burst of {@code gongkai.application.submit-burst} (5), refilled at {@code submit-per-hour} (10) an hour; status
 * lookups and corrections through the status page: {@code lookup-burst} (10), {@code lookup-per-hour} (30).
 */
@Component
class RateLimit {

    enum Purpose { SUBMIT, LOOKUP }

    private final JdbcClient jdbc;
    private final double submitBurst;
    private final double submitPerHour;
    private final double lookupBurst;
    private final double lookupPerHour;
    private volatile String salt;

    RateLimit(JdbcClient jdbc,
              @Value("${gongkai.application.submit-burst:5}") double submitBurst,
              @Value("${gongkai.application.submit-per-hour:10}") double submitPerHour,
              @Value("${gongkai.application.lookup-burst:10}") double lookupBurst,
              @Value("${gongkai.application.lookup-per-hour:30}") double lookupPerHour) {
        this.jdbc = jdbc;
        this.submitBurst = submitBurst;
        this.submitPerHour = submitPerHour;
        this.lookupBurst = lookupBurst;
        this.lookupPerHour = lookupPerHour;
    }

    /** Takes a token; false when the bucket is empty. */
    boolean tryTake(Purpose purpose, String clientAddress) {
        double cap = purpose == Purpose.SUBMIT ? submitBurst : lookupBurst;
        double rate = (purpose == Purpose.SUBMIT ? submitPerHour : lookupPerHour) / 3600.0;
        String key = purpose.name() + ":" + hash(clientAddress);
        return jdbc.sql("""
                        insert into application_rate_bucket (bucket_key, tokens, updated_at) values (:k, :cap - 1, now())
                        on conflict (bucket_key) do update
                           set tokens = least(:cap, application_rate_bucket.tokens
                                   + extract(epoch from now() - application_rate_bucket.updated_at) * :rate) - 1,
                               updated_at = now()
                         where least(:cap, application_rate_bucket.tokens
                                   + extract(epoch from now() - application_rate_bucket.updated_at) * :rate) >= 1
                        returning tokens""")
                .param("k", key).param("cap", cap).param("rate", rate)
                .query(Double.class).optional().isPresent();
    }

    private String hash(String address) {
        if (salt == null) {
            salt = jdbc.sql("select value from application_secret where name = 'ip_salt'").query(String.class).single();
        }
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(salt.getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(String.valueOf(address).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
