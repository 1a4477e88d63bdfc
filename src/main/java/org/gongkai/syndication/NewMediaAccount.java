package org.gongkai.syndication;

import java.time.LocalDate;

/**
 * An official account in the 政务新媒体 register. {@code filing}: FILED (备案), PENDING or NONE. {@code lastPostOn}: the
 * date of its last post as staff recorded it (null: never recorded). {@code interaction}: ENABLED, DISABLED, NONE,
 * or null when not recorded.
 */
public record NewMediaAccount(long id, long organisationId, NewMediaPlatform platform, String name, String accountId,
                              String sponsor, String filing, String responsible, String url, LocalDate lastPostOn,
                              String interaction) {

    /** Dormant (不更新) when nothing was posted in the last {@code days} days before {@code today}. */
    public boolean dormant(LocalDate today, int days) {
        return lastPostOn == null || lastPostOn.isBefore(today.minusDays(days));
    }
}
