package org.gongkai.identity;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class AccountRowTest {

    @Test
    void anAccountCreatedAt01BeijingTimeWasCreatedOnTheBeijingDay() {
        AccountRow row = new AccountRow(1, 1, "县教育局", "u", "U", true, false, false, 0, null, Set.of(),
                Instant.parse("2026-12-03T17:00:00Z"));
        assertThat(row.createdOn()).isEqualTo(LocalDate.of(2026, 12, 4));
    }
}
