package org.gongkai.demo;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PublicationTimesTest {

    @Test
    void quantilesAreTakenFromTheSortedTimesByNearestRank() {
        long[] nanos = new long[20];
        for (int i = 0; i < 20; i++) {
            nanos[i] = (20 - i) * 1_000_000L; // 20 ms … 1 ms, unsorted on purpose
        }
        PublicationTimes t = PublicationTimes.of(nanos, 2_000_000_000L);
        assertThat(t.p50Millis()).isEqualTo(10.0);
        assertThat(t.p95Millis()).isEqualTo(19.0);
        assertThat(t.maxMillis()).isEqualTo(20.0);
        assertThat(t.perSecond()).isEqualTo(10.0);
        assertThat(t.line()).contains("20 documents", "10.0 docs/s", "p95 19.0 ms");
    }

    @Test
    void noDocumentsIsAnEmptyLineNotADivisionByZero() {
        assertThat(PublicationTimes.of(new long[0], 0).line()).contains("0 documents");
    }
}
