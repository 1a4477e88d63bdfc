package org.gongkai.services;

import java.time.Instant;
import java.time.LocalDate;

/** The result of inspecting one drawn entity: problems found, measures taken, the re-check; public once published. */
public record InspectionResult(long entityId, LocalDate inspectedOn, ResultOutcome outcome, String problems,
                               String measures, String recheck, Instant publishedAt) {
}
