package org.gongkai.application;

import org.gongkai.calendar.Deadline;
import org.gongkai.calendar.DeadlineCalculator;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.support.Fixtures;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The first due date, set on receipt, is the one every later recomputation gives. */
@IntegrationTest
class ClockKeeperTest {

    @Autowired Fixtures fixtures;
    @Autowired OrganisationDirectory organisations;
    @Autowired ReceiveApplication receive;
    @Autowired ApplicationStore store;
    @Autowired ClockKeeper clock;
    @Autowired DeadlineCalculator calculator;

    @Test
    void firstDueDateAndRecomputationAgree() {
        long org = fixtures.organisation("教育局");
        StaffUser officer = fixtures.staff(org, Role.DISCLOSURE_OFFICER);
        // across National Day 2024 (make-up workdays), a plain month, across the new year, a year without a notice
        for (String received : List.of("2024-09-27", "2025-03-03", "2025-12-24", "2027-12-10")) {
            LocalDate on = LocalDate.parse(received);
            long id = receive.offline(officer, organisations.get(org), ApplicationSamples.parts("申请人", "招生计划"),
                    Channel.POST, on, null).id();
            DisclosureApplication first = store.get(id);
            Deadline calendarSays = calculator.deadline(on, StatutoryPeriods.REPLY);
            assertThat(first.dueOn()).as(received).isEqualTo(calendarSays.due());
            assertThat(first.dueProvisional()).as(received).isEqualTo(calendarSays.provisional());

            clock.recompute(id);
            DisclosureApplication again = store.get(id);
            assertThat(again.dueOn()).as(received).isEqualTo(first.dueOn());
            assertThat(again.dueProvisional()).as(received).isEqualTo(first.dueProvisional());
            assertThat(clock.due(again)).as(received).contains(first.dueOn());
        }
    }

    @Test
    void theExtendedPeriodIsTheReplyPeriodPlusTheExtension() {
        assertThat(StatutoryPeriods.replyWorkingDays(ExtensionState.NONE)).isEqualTo(20);
        assertThat(StatutoryPeriods.replyWorkingDays(ExtensionState.REQUESTED)).isEqualTo(20);
        assertThat(StatutoryPeriods.replyWorkingDays(ExtensionState.APPROVED)).isEqualTo(40);
    }
}
