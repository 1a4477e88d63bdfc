package org.gongkai.calendar;

import org.junit.jupiter.api.Test;
import org.springframework.ui.ExtendedModelMap;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The holiday page opens on Beijing's year: at 17:00 UTC on 31 December it is already the new year in Beijing. */
class CalendarYearTest {

    @Test
    void theHolidayPageShowsBeijingsYearEvenWithAClockInUtc() {
        WorkingDayCalendar calendar = mock(WorkingDayCalendar.class);
        when(calendar.knownYears()).thenReturn(List.of());
        Clock utc = Clock.fixed(Instant.parse("2026-12-31T17:00:00Z"), ZoneOffset.UTC);
        ExtendedModelMap model = new ExtendedModelMap();
        new CalendarPages(calendar, null, utc).holidays(null, model);
        assertThat(model.get("year")).isEqualTo(2027);
    }
}
