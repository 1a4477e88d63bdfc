package org.gongkai.identity;

import org.gongkai.platform.SignInThrottle;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Progressive delay instead of lockout (ADR 0004). Failures count per (name typed, client address): after
 * {@link #FREE_PER_ACCOUNT} of them the next attempt from that address for that name must wait 2, 4, 8 … seconds
 * (at most {@link #MAX_DELAY}) after the last failure. Per address, over the last hour, after {@link #FREE_PER_ADDRESS}
 * failures for any names (configurable), the same doubling applies to every name tried from there. Nothing counts per account
 * alone: guesses from elsewhere never slow down or shut out the account's holder — above all the three
 * administrators. A success clears its (name, address) count; a day without failures starts it afresh.
 */
@Component
class SignInThrottling implements SignInThrottle {

    static final int FREE_PER_ACCOUNT = 3;
    /** Default of {@code gongkai.security.sign-in.free-per-address}. */
    static final int FREE_PER_ADDRESS = 20;
    static final Duration MAX_DELAY = Duration.ofMinutes(15);

    private final JdbcClient jdbc;
    private final int freePerAddress;

    SignInThrottling(JdbcClient jdbc,
                     @Value("${gongkai.security.sign-in.free-per-address:" + FREE_PER_ADDRESS + "}") int freePerAddress) {
        this.jdbc = jdbc;
        this.freePerAddress = freePerAddress;
    }

    int freePerAddress() {
        return freePerAddress;
    }

    static String name(String username) {
        String n = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return n.length() > 100 ? n.substring(0, 100) : n;
    }

    static String address(String address) {
        String a = address == null ? "unknown" : address;
        return a.length() > 64 ? a.substring(0, 64) : a;
    }

    /** The wait after {@code failures} failures of which {@code free} come without one. */
    static Duration delay(long failures, int free) {
        if (failures <= free) {
            return Duration.ZERO;
        }
        long exponent = Math.min(failures - free, 20);
        Duration d = Duration.ofSeconds(1L << exponent);
        return d.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : d;
    }

    @Override
    public boolean tooSoon(String username, String address) {
        record Counts(long pair, Timestamp pairLast, long perAddress, Timestamp addressLast, Timestamp now) {
        }
        Counts c = jdbc.sql("""
                select coalesce(max(failures) filter (where username = :name), 0),
                       max(last_failure_at) filter (where username = :name),
                       coalesce(sum(failures) filter (where last_failure_at > now() - interval '1 hour'), 0),
                       max(last_failure_at), now()
                  from sign_in_failure where address = :address""")
                .param("name", name(username)).param("address", address(address))
                .query((rs, i) -> new Counts(rs.getLong(1), rs.getTimestamp(2), rs.getLong(3), rs.getTimestamp(4),
                        rs.getTimestamp(5))).single();
        Instant now = c.now().toInstant();
        boolean pairWaits = c.pairLast() != null
                && c.pairLast().toInstant().plus(delay(c.pair(), FREE_PER_ACCOUNT)).isAfter(now);
        boolean addressWaits = c.addressLast() != null
                && c.addressLast().toInstant().plus(delay(c.perAddress(), freePerAddress)).isAfter(now);
        return pairWaits || addressWaits;
    }

    void recordFailure(String username, String address) {
        jdbc.sql("""
                insert into sign_in_failure (username, address, failures, last_failure_at) values (?, ?, 1, now())
                on conflict (username, address) do update set
                    failures = case when sign_in_failure.last_failure_at < now() - interval '1 day' then 1
                                    else sign_in_failure.failures + 1 end,
                    last_failure_at = now()""")
                .params(name(username), address(address)).update();
    }

    void recordSuccess(String username, String address) {
        jdbc.sql("delete from sign_in_failure where username = ? and address = ?")
                .params(name(username), address(address)).update();
    }

    /** The security administrator's unlock: every address starts afresh for the name. */
    void clear(String username) {
        jdbc.sql("delete from sign_in_failure where username = ?").param(name(username)).update();
    }
}
