package org.gongkai.participation;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.participation.IncidentClock.State.MET;
import static org.gongkai.participation.IncidentClock.State.MET_LATE;
import static org.gongkai.participation.IncidentClock.State.NEAR;
import static org.gongkai.participation.IncidentClock.State.OVERDUE;
import static org.gongkai.participation.IncidentClock.State.RUNNING;

/**
 * The incident clocks at their thresholds, with fixed clocks (no waiting): 5 hours (warning at 4 h), 24 hours
 * (warning at 19 h 12 min) and 48 hours (warning at 38 h 24 min) from discovery; due is still in time, one second
 * later is overdue; a statement at the due time meets it, one second later meets it late.
 */
class IncidentClockTest {

    static final Instant FOUND = Instant.parse("2026-10-01T02:00:00Z"); // 10:00 Beijing, National Day

    static ConcernIncident incident(IncidentSeverity s, Instant responseMet, Instant pressMet, boolean closed) {
        return new ConcernIncident(1, 1, "org", "微博", null, "概要", s, FOUND, FOUND, "staff",
                FOUND.plus(s.responseWindow()), responseMet, s.major() ? FOUND.plus(IncidentSeverity.PRESS) : null,
                pressMet, closed, null, null, null, 0);
    }

    static Instant at(Clock clock) {
        return clock.instant();
    }

    static Clock after(Duration d) {
        return Clock.fixed(FOUND.plus(d), ZoneOffset.UTC);
    }

    @Test
    void majorIncidentsHaveFiveAndTwentyFourHourClocksThatWarnAtEightyPercent() {
        ConcernIncident i = incident(IncidentSeverity.MAJOR, null, null, false);
        assertThat(i.clocks()).extracting(IncidentClock::kind)
                .containsExactly(IncidentClock.Kind.AUTHORITATIVE, IncidentClock.Kind.PRESS);
        IncidentClock info = i.clocks().get(0);
        IncidentClock press = i.clocks().get(1);
        assertThat(info.dueAt()).isEqualTo(Instant.parse("2026-10-01T07:00:00Z"));
        assertThat(info.warnAt()).isEqualTo(FOUND.plus(Duration.ofHours(4)));
        assertThat(press.warnAt()).isEqualTo(FOUND.plus(Duration.ofMinutes(19 * 60 + 12)));

        assertThat(info.at(at(after(Duration.ofHours(4).minusSeconds(1))))).isEqualTo(RUNNING);
        assertThat(info.at(at(after(Duration.ofHours(4))))).isEqualTo(NEAR);
        assertThat(info.at(at(after(Duration.ofHours(5))))).isEqualTo(NEAR);
        assertThat(info.at(at(after(Duration.ofHours(5).plusSeconds(1))))).isEqualTo(OVERDUE);
        assertThat(press.at(at(after(Duration.ofMinutes(19 * 60 + 11))))).isEqualTo(RUNNING);
        assertThat(press.at(at(after(Duration.ofMinutes(19 * 60 + 12))))).isEqualTo(NEAR);
        assertThat(press.at(at(after(Duration.ofHours(24).plusSeconds(1))))).isEqualTo(OVERDUE);

        // the incident's flag is its most urgent clock
        assertThat(i.flag(at(after(Duration.ofHours(1))))).isEqualTo(RUNNING);
        assertThat(i.flag(at(after(Duration.ofHours(4))))).isEqualTo(NEAR);
        assertThat(i.flag(at(after(Duration.ofHours(6))))).isEqualTo(OVERDUE);
        assertThat(incident(IncidentSeverity.ESPECIALLY_MAJOR, FOUND.plusSeconds(60), null, false)
                .flag(at(after(Duration.ofHours(20))))).isEqualTo(NEAR);
        assertThat(incident(IncidentSeverity.MAJOR, null, null, true).flag(at(after(Duration.ofHours(30))))).isNull();
    }

    @Test
    void otherIncidentsHaveOneFortyEightHourClock() {
        ConcernIncident i = incident(IncidentSeverity.LARGER, null, null, false);
        assertThat(i.clocks()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(IncidentClock.Kind.RESPONSE);
            assertThat(c.dueAt()).isEqualTo(FOUND.plus(Duration.ofHours(48)));
            assertThat(c.warnAt()).isEqualTo(FOUND.plus(Duration.ofMinutes(38 * 60 + 24)));
            assertThat(c.at(at(after(Duration.ofMinutes(38 * 60 + 23))))).isEqualTo(RUNNING);
            assertThat(c.at(at(after(Duration.ofMinutes(38 * 60 + 24))))).isEqualTo(NEAR);
            assertThat(c.at(at(after(Duration.ofHours(48).plusSeconds(1))))).isEqualTo(OVERDUE);
            assertThat(c.missed(at(after(Duration.ofHours(48).plusSeconds(1))))).isTrue();
        });
    }

    @Test
    void aClockMetAtItsDueTimeIsOnTimeAndOneSecondLaterIsLate() {
        Instant due = FOUND.plus(Duration.ofHours(5));
        IncidentClock onTime = incident(IncidentSeverity.MAJOR, due, null, false).clocks().get(0);
        IncidentClock late = incident(IncidentSeverity.MAJOR, due.plusSeconds(1), null, false).clocks().get(0);
        Instant muchLater = FOUND.plus(Duration.ofDays(3));
        assertThat(onTime.at(muchLater)).isEqualTo(MET);
        assertThat(onTime.missed(muchLater)).isFalse();
        assertThat(late.at(muchLater)).isEqualTo(MET_LATE);
        assertThat(late.missed(muchLater)).isTrue();
    }
}
