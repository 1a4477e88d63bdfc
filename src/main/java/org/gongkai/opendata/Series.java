package org.gongkai.opendata;

import java.time.Instant;

/** A dataset series (od_series): a yearly budget, a monthly statistic — datasets grouped by the period they cover. */
record Series(long id, long organisationId, String title, String description, UpdateFrequency frequency,
              DatasetStatus status, Instant publishedAt, Instant updatedAt, int version) {
}
