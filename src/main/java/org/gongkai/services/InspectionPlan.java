package org.gongkai.services;

import java.time.Instant;
import java.time.LocalDate;

/** An inspection plan (双随机抽查计划) and, once published and drawn, its commitment and its seed. */
public record InspectionPlan(long id, long organisationId, String title, String description, int ratioBp,
                             int inspectorsPerEntity, String seedSource, Instant seedAvailableAt, LocalDate resultsDue,
                             PlanStatus status, String entitiesSha256, String inspectorsSha256, Integer entityCount,
                             Integer inspectorCount, Instant frozenAt, String seedValues, String seedKey,
                             Instant drawnAt, Instant updatedAt, int version) {

    /** The ratio as people write it: "5" or "12.5" (percent). */
    public String ratioPercent() {
        return new java.math.BigDecimal(ratioBp).movePointLeft(2).stripTrailingZeros().toPlainString();
    }

    public int sampleSize() {
        return DrawAlgorithm.sampleSize(entityCount == null ? 0 : entityCount, ratioBp);
    }
}
