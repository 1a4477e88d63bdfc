package org.gongkai.platform;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The platform's day is Beijing's: at 17:00 UTC on 3 December it is already 01:00 on 4 December in Beijing. */
class PlatformDayTest {

    static final Instant LATE_UTC = Instant.parse("2026-12-03T17:00:00Z");

    @Test
    void thePlatformsClockTellsTheBeijingDayWhateverTheServersZone() {
        Clock clock = new WebConfig(List.of(), List.of()).clock();
        assertThat(clock.getZone()).isEqualTo(Zones.CHINA);
        Clock pinned = Clock.fixed(LATE_UTC, clock.getZone());
        assertThat(LocalDate.now(pinned)).isEqualTo(LocalDate.of(2026, 12, 4));
    }

    @Test
    void aTimeMadeFromTodaysDateIsNeverInTheFuture() {
        // today (Beijing) at noon is eleven hours ahead of 01:00: the moment is now instead
        assertThat(Zones.atButNotAfter(LocalDate.of(2026, 12, 4), LocalTime.NOON, LATE_UTC)).isEqualTo(LATE_UTC);
        // yesterday (Beijing) at noon is 04:00 UTC on 3 December
        assertThat(Zones.atButNotAfter(LocalDate.of(2026, 12, 3), LocalTime.NOON, LATE_UTC))
                .isEqualTo(Instant.parse("2026-12-03T04:00:00Z"));
    }
}
