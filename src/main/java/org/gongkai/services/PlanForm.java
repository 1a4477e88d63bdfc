package org.gongkai.services;

/**
 * A plan as typed (text, so a refused form shows what was entered). {@code seedAvailableAt} is a Beijing local
 * date-time ({@code 2026-12-10T21:30}); {@code version} is the version an edit was based on.
 */
public record PlanForm(String title, String description, String ratioPercent, String inspectorsPerEntity,
                       String seedSource, String seedAvailableAt, String resultsDue, String version) {

    static PlanForm blank() {
        return new PlanForm(null, null, "5", "2", null, null, null, null);
    }

    static PlanForm of(InspectionPlan p) {
        return new PlanForm(p.title(), p.description(), p.ratioPercent(), String.valueOf(p.inspectorsPerEntity()),
                p.seedSource(), p.seedAvailableAt() == null ? null
                : java.time.LocalDateTime.ofInstant(p.seedAvailableAt(), org.gongkai.platform.Zones.CHINA).toString(),
                p.resultsDue() == null ? null : p.resultsDue().toString(), String.valueOf(p.version()));
    }

    PlanForm withVersion(int v) {
        return new PlanForm(title, description, ratioPercent, inspectorsPerEntity, seedSource, seedAvailableAt,
                resultsDue, String.valueOf(v));
    }
}
