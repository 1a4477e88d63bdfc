package org.gongkai.inspection;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.LocalDate;
import java.time.Period;

/**
 * Settings of the site self-inspection ({@code gongkai.inspection.*}).
 *
 * @param longStale when a column counts as "long stale" (长期未更新). 国办秘函〔2019〕19号 fails a site with 10 or more
 *                  such columns but does not say how long "long" is; the platform counts a column whose newest
 *                  document is older than this, whatever its kind. Default: one year.
 * @param dueSoon   how far ahead the list of things to fix warns of a deadline. Default: 7 days.
 */
@ConfigurationProperties(prefix = "gongkai.inspection")
record InspectionSettings(@DefaultValue("P1Y") Period longStale, @DefaultValue("P7D") Period dueSoon) {

    InspectionSettings {
        LocalDate day = LocalDate.of(2000, 1, 1);
        if (!day.plus(longStale).isAfter(day)) {
            throw new IllegalArgumentException("gongkai.inspection.long-stale must be a positive period, not " + longStale);
        }
        if (day.plus(dueSoon).isBefore(day)) {
            throw new IllegalArgumentException("gongkai.inspection.due-soon must not be negative, not " + dueSoon);
        }
    }
}
