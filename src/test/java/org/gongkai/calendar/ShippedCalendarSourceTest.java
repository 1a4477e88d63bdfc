package org.gongkai.calendar;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Where the holiday-cn source files are at hand (../shared/data/holidays-cn), the shipped resource must be exactly
 * what the generator makes of them. On a fresh machine without them the test is skipped; the app never needs them.
 */
class ShippedCalendarSourceTest {

    @Test
    void shippedResourceMatchesTheSourceData() throws Exception {
        Path source = ShippedCalendarGenerator.DEFAULT_SOURCE;
        assumeTrue(Files.isDirectory(source), "holiday-cn source files not present");
        String expected = ShippedCalendarGenerator.render(ShippedCalendarGenerator.read(source,
                ShippedCalendarGenerator.FIRST_YEAR, ShippedCalendarGenerator.LAST_YEAR));
        String shipped = Files.readString(Path.of("src/main/resources", ShippedCalendar.RESOURCE), StandardCharsets.UTF_8);
        assertThat(shipped).isEqualTo(expected);
    }

    @Test
    void everyShippedHolidayHasAnEnglishName() {
        assertThat(ShippedCalendar.load()).flatExtracting(ShippedYear::days)
                .allSatisfy(day -> assertThat(day.nameEn()).isNotBlank());
    }
}
