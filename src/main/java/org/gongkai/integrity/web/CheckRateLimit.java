package org.gongkai.integrity.web;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A token bucket per hashed address, kept in the database so every node shares it: a burst of
 * {@code gongkai.integrity.mirror-check.burst} checks (20), refilled at {@code per-hour} (60) an hour. One atomic
 * upsert takes a token or fails.
 */
@Component
class CheckRateLimit {

    private final JdbcClient jdbc;
    private final IntegrityLimits limits;

    CheckRateLimit(JdbcClient jdbc, IntegrityLimits limits) {
        this.jdbc = jdbc;
        this.limits = limits;
    }

    /** Takes a token for this address; false when its bucket is empty. */
    boolean tryTake(String ipHash) {
        return jdbc.sql("""
                        insert into mirror_check_bucket (ip_hash, tokens, updated_at) values (:h, :cap - 1, now())
                        on conflict (ip_hash) do update
                           set tokens = least(:cap, mirror_check_bucket.tokens
                                   + extract(epoch from now() - mirror_check_bucket.updated_at) * :rate) - 1,
                               updated_at = now()
                         where least(:cap, mirror_check_bucket.tokens
                                   + extract(epoch from now() - mirror_check_bucket.updated_at) * :rate) >= 1
                        returning tokens""")
                .param("h", ipHash).param("cap", limits.bucketCapacity).param("rate", limits.refillPerSecond)
                .query(Double.class).optional().isPresent();
    }
}
