package org.gongkai.services;

import java.time.Instant;
import java.time.LocalDate;

/** A key task of a year's 工作要点: who leads it, who co-operates, by when, and where it stands. */
public record LedgerTask(long id, long organisationId, int year, String code, String title, String source,
                         String leadUnit, String coUnits, LocalDate deadline, TaskStatus status, LocalDate doneOn,
                         Instant publishedAt, Instant updatedAt, int version, Integer percent) {

    public boolean published() {
        return publishedAt != null;
    }

    /** Not done and past its deadline. */
    public boolean overdueOn(LocalDate today) {
        return status != TaskStatus.DONE && deadline.isBefore(today);
    }

    /** Done, but after its deadline. */
    public boolean doneLate() {
        return doneOn != null && doneOn.isAfter(deadline);
    }
}
