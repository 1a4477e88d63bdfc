package org.gongkai.services;

import java.time.Instant;

/** Which published document is an organisation's work plan or work summary of a year. */
public record WorkPlan(long id, long organisationId, int year, Kind kind, long documentId, Instant linkedAt) {

    /** 年度工作计划 (or 工作要点) and 年度工作总结. */
    public enum Kind {
        PLAN, SUMMARY;

        public String labelKey() {
            return "svc.plan.kind." + name();
        }
    }
}
