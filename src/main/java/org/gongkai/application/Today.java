package org.gongkai.application;

import org.gongkai.platform.Zones;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/** Today's date and the current moment in Beijing time, from the platform's clock. */
@Component
class Today {

    private final Clock clock;

    Today(Clock clock) {
        this.clock = clock;
    }

    LocalDate date() {
        return LocalDate.ofInstant(clock.instant(), Zones.CHINA);
    }

    Instant now() {
        return clock.instant();
    }
}
