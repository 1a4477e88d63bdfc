package org.gongkai.consultation;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A token bucket per hashed client address, in the database so every node shares it, as the application form's:
 * a burst of {@code gongkai.consultation.comment-burst} (5) refilled at {@code comment-per-hour} (20) an hour.
 */
@Component
class CommentRateLimit {

    private final JdbcClient jdbc;
    private final double burst;
    private final double perHour;
    private volatile String salt;

    CommentRateLimit(JdbcClient jdbc, @Value("${gongkai.consultation.comment-burst:5}") double burst,
                     @Value("${gongkai.consultation.comment-per-hour:20}") double perHour) {
        this.jdbc = jdbc;
        this.burst = burst;
        this.perHour = perHour;
    }

    boolean tryTake(String clientAddress) {
        return jdbc.sql("""
                        insert into consultation_rate_bucket (bucket_key, tokens, updated_at) values (:k, :cap - 1, now())
                        on conflict (bucket_key) do update
                           set tokens = least(:cap, consultation_rate_bucket.tokens
                                   + extract(epoch from now() - consultation_rate_bucket.updated_at) * :rate) - 1,
                               updated_at = now()
                         where least(:cap, consultation_rate_bucket.tokens
                                   + extract(epoch from now() - consultation_rate_bucket.updated_at) * :rate) >= 1
                        returning tokens""")
                .param("k", "COMMENT:" + hash(clientAddress)).param("cap", burst).param("rate", perHour / 3600.0)
                .query(Double.class).optional().isPresent();
    }

    private String hash(String address) {
        if (salt == null) {
            salt = jdbc.sql("select value from consultation_secret where name = 'ip_salt'").query(String.class).single();
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
