package org.gongkai.report;

import org.gongkai.identity.OrganisationKind;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ReportPeriodTest {

    @Test
    void agenciesReportTheCalendarYearByTheEndOfJanuary() {
        ReportPeriod p = ReportPeriod.of(OrganisationKind.COUNTY, 2025);
        assertThat(p.from()).isEqualTo("2025-01-01");
        assertThat(p.to()).isEqualTo("2025-12-31");
        assertThat(p.deadline()).isEqualTo("2026-01-31");
        assertThat(p.label()).isEqualTo("2025年");
    }

    @Test
    void universitiesReportTheAcademicYearByTheEndOfOctober() {
        ReportPeriod p = ReportPeriod.of(OrganisationKind.UNIVERSITY, 2025);
        assertThat(p.from()).isEqualTo("2025-09-01");
        assertThat(p.to()).isEqualTo("2026-08-31");
        assertThat(p.deadline()).isEqualTo("2026-10-31");
        assertThat(p.label()).isEqualTo("2025—2026学年");
    }

    @Test
    void theLatestEndedPeriodIsTheOneDueNext() {
        assertThat(ReportPeriod.latestEnded(OrganisationKind.COUNTY, LocalDate.parse("2026-01-01")).year()).isEqualTo(2025);
        assertThat(ReportPeriod.latestEnded(OrganisationKind.COUNTY, LocalDate.parse("2025-12-31")).year()).isEqualTo(2024);
        assertThat(ReportPeriod.latestEnded(OrganisationKind.UNIVERSITY, LocalDate.parse("2026-09-01")).year()).isEqualTo(2025);
        assertThat(ReportPeriod.latestEnded(OrganisationKind.UNIVERSITY, LocalDate.parse("2026-08-31")).year()).isEqualTo(2024);
        assertThat(ReportPeriod.of(OrganisationKind.UNIVERSITY, 2025).previous()).isEqualTo(ReportPeriod.of(OrganisationKind.UNIVERSITY, 2024));
    }
}
