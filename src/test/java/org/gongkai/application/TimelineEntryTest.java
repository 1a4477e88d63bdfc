package org.gongkai.application;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** An application's history names its entries in words: no raw actor name or enum code reaches the page. */
class TimelineEntryTest {

    @Test
    void theApplicantsReceiptShowsWhoAndHowInWords() {
        TimelineEntry e = new TimelineEntry(1, Instant.now(), "received", null, "applicant", "ONLINE", true);
        assertThat(e.actorKey()).isEqualTo("app.actor.applicant");
        assertThat(e.noteKey()).isEqualTo("app.channel.ONLINE");
    }

    @Test
    void outcomesAreNamedAndStaffNotesAndNamesStayAsWritten() {
        assertThat(new TimelineEntry(1, Instant.now(), "answered", null, "system", "DISCLOSED", true).noteKey())
                .isEqualTo("app.outcome.DISCLOSED");
        TimelineEntry staff = new TimelineEntry(2, Instant.now(), "correctionRequested", 5L, "王老师", "请补充", true);
        assertThat(staff.actorKey()).isNull();
        assertThat(staff.noteKey()).isNull();
    }
}
