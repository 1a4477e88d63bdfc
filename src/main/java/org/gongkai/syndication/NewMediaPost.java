package org.gongkai.syndication;

import java.time.Instant;
import java.time.LocalDate;

/** One post in an account's posting log. {@code entry}: ENTERED (one by one) or IMPORTED (as lines). */
public record NewMediaPost(long id, long accountId, LocalDate postedOn, String title, String url, String entry,
                           Instant recordedAt) {
}
