package org.gongkai.services;

/** A task as typed in its form (strings, so a refused form comes back as typed). */
public record TaskForm(String year, String code, String title, String source, String leadUnit, String coUnits,
                       String deadline, String status, String doneOn, String version) {

    static TaskForm blank(int year) {
        return new TaskForm(String.valueOf(year), null, null, null, null, null, null, TaskStatus.NOT_STARTED.name(),
                null, null);
    }

    static TaskForm of(LedgerTask t) {
        return new TaskForm(String.valueOf(t.year()), t.code(), t.title(), t.source(), t.leadUnit(), t.coUnits(),
                t.deadline().toString(), t.status().name(), t.doneOn() == null ? null : t.doneOn().toString(),
                String.valueOf(t.version()));
    }

    TaskForm withVersion(int v) {
        return new TaskForm(year, code, title, source, leadUnit, coUnits, deadline, status, doneOn, String.valueOf(v));
    }
}
