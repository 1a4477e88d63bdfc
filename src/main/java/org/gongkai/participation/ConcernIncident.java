package org.gongkai.participation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A public-concern incident as stored (concern_incident, V85), with its clocks. */
record ConcernIncident(long id, long organisationId, String organisationName, String source, String sourceUrl,
                       String summary, IncidentSeverity severity, Instant discoveredAt, Instant recordedAt,
                       String recordedByName, Instant responseDueAt, Instant responseMetAt, Instant pressDueAt,
                       Instant pressMetAt, boolean closed, Instant closedAt, String closedByName, String reviewNote,
                       int version) {

    public List<IncidentClock> clocks() {
        List<IncidentClock> out = new ArrayList<>();
        out.add(new IncidentClock(severity.major() ? IncidentClock.Kind.AUTHORITATIVE : IncidentClock.Kind.RESPONSE,
                discoveredAt, responseDueAt, responseMetAt));
        if (pressDueAt != null) {
            out.add(new IncidentClock(IncidentClock.Kind.PRESS, discoveredAt, pressDueAt, pressMetAt));
        }
        return out;
    }

    /** The most urgent state of its clocks while open: OVERDUE before NEAR before RUNNING; null when none runs. */
    public IncidentClock.State flag(Instant now) {
        if (closed) {
            return null;
        }
        IncidentClock.State worst = null;
        for (IncidentClock c : clocks()) {
            IncidentClock.State s = c.at(now);
            if (s == IncidentClock.State.OVERDUE) {
                return s;
            }
            if (s == IncidentClock.State.NEAR || (s == IncidentClock.State.RUNNING && worst == null)) {
                worst = s;
            }
        }
        return worst;
    }
}
