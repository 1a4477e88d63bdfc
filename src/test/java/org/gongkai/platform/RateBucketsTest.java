package org.gongkai.platform;

import org.gongkai.platform.RateBuckets.Limit;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The shared token buckets of the public forms. */
@IntegrationTest
class RateBucketsTest {

    @Autowired RateBuckets buckets;
    @Autowired JdbcClient jdbc;

    @Test
    void aBurstIsAllowedThenRefusedWhileOtherValuesAndLimitsKeepTheirOwn() {
        String address = "198.51.100." + UUID.randomUUID().toString().substring(0, 4);
        Limit limit = Limit.perHour("TEST_" + UUID.randomUUID().toString().substring(0, 8), 3, 0.001);
        for (int i = 0; i < 3; i++) {
            assertThat(buckets.tryTake(limit, address)).as("token %d", i + 1).isTrue();
        }
        assertThat(buckets.tryTake(limit, address)).as("the burst is spent").isFalse();
        assertThat(buckets.tryTake(limit, address + "9")).as("another address").isTrue();
        assertThat(buckets.tryTake(Limit.perDay(limit.name() + "X", 1, 1), address)).as("another limit").isTrue();
    }

    @Test
    void aBucketRefillsAtItsRate() {
        Limit limit = Limit.perHour("TEST_REFILL_" + UUID.randomUUID().toString().substring(0, 8), 1, 1);
        assertThat(buckets.tryTake(limit, "203.0.113.7")).isTrue();
        assertThat(buckets.tryTake(limit, "203.0.113.7")).as("one an hour: empty now").isFalse();
        // a day ago, as far as the bucket knows: refilled to its burst of one, never beyond
        jdbc.sql("update rate_bucket set updated_at = now() - interval '1 day' where bucket_key like ?")
                .param(limit.name() + ":%").update();
        assertThat(buckets.tryTake(limit, "203.0.113.7")).isTrue();
        assertThat(buckets.tryTake(limit, "203.0.113.7")).as("the burst is one, whatever the time").isFalse();
    }

    @Test
    void neitherTheAddressNorTheContactIsKept() {
        String phone = "139" + (10_000_000 + (int) (Math.random() * 89_999_999));
        Limit limit = Limit.perDay("TEST_CONTACT", 5, 5);
        buckets.tryTake(limit, phone);
        assertThat(jdbc.sql("select count(*) from rate_bucket where bucket_key like ?").param("%" + phone + "%")
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from rate_bucket where bucket_key like 'TEST_CONTACT:%'")
                .query(Long.class).single()).isPositive();
    }
}
