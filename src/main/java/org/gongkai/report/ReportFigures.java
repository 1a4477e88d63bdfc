package org.gongkai.report;

/** Every number of one annual report: tables 二, 三 and 四 for an organisation (or the sum of several) and a period. */
public record ReportFigures(String organisationName, ReportPeriod period, ProactiveTable proactive,
                            ApplicationsTable applications, ChallengesTable challenges) {
}
