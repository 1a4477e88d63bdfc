package org.gongkai.services;

import java.time.LocalDate;

/** A step of a task with its own date. */
public record TaskMilestone(long id, long taskId, int position, String title, LocalDate due, LocalDate doneOn) {

    public boolean overdueOn(LocalDate today) {
        return doneOn == null && due.isBefore(today);
    }
}
