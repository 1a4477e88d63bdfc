package org.gongkai.calendar;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongkai.calendar.CalendarFixture.d;

/** Deadlines around the holidays that move them most, checked against the State Council's notices by hand. */
class DeadlineArithmeticTest {

    private final DeadlineCalculator calculator = CalendarFixture.calculator();

    @Test
    void nationalDay2024CountsBothMakeUpSundayAndSaturday() {
        Deadline d = calculator.deadline(d("2024-09-27"), 7);
        // 28 Sep (Sat) off; 29 Sep (Sun) worked; 30 Sep; 1–7 Oct off; 8–11 Oct; 12 Oct (Sat) worked.
        assertThat(d.due()).isEqualTo(d("2024-10-12"));
        assertThat(d.madeUpWorkdays()).containsExactly(d("2024-09-29"), d("2024-10-12"));
        assertThat(d.skipped()).extracting(SkippedDay::date).containsExactly(d("2024-09-28"),
                d("2024-10-01"), d("2024-10-02"), d("2024-10-03"), d("2024-10-04"), d("2024-10-05"),
                d("2024-10-06"), d("2024-10-07"));
        assertThat(d.skipped().get(0).reason()).isEqualTo("周末");
        assertThat(d.skipped().subList(1, 8)).extracting(SkippedDay::reason).containsOnly("国庆节");
        assertThat(d.skipped().get(1).reasonEn()).isEqualTo("National Day");
        assertThat(d.provisional()).isFalse();
        assertThat(d.unknownYears()).isEmpty();
    }

    @Test
    void nationalDay2024TwentyWorkingDays() {
        Deadline d = calculator.deadline(d("2024-09-27"), 20);
        assertThat(d.due()).isEqualTo(d("2024-10-30"));
        assertThat(d.madeUpWorkdays()).containsExactly(d("2024-09-29"), d("2024-10-12"));
        // weekend 28 Sep, 7 holiday days, weekends 13, 19, 20, 26, 27 Oct
        assertThat(d.skipped()).hasSize(1 + 7 + 5);
        assertThat(d.skipped()).extracting(SkippedDay::date).doesNotContain(d("2024-09-29"), d("2024-10-12"));
        assertThat(calculator.deadline(d("2024-09-27"), 3).due()).isEqualTo(d("2024-10-08"));
        assertThat(calculator.deadline(d("2024-09-30"), 1).due()).isEqualTo(d("2024-10-08"));
    }

    @Test
    void springFestival2024MakeUpDayBefore() {
        Deadline d = calculator.deadline(d("2024-02-02"), 5);
        assertThat(d.due()).isEqualTo(d("2024-02-08"));
        assertThat(d.skipped()).extracting(SkippedDay::date).containsExactly(d("2024-02-03"));
        assertThat(d.madeUpWorkdays()).containsExactly(d("2024-02-04"));
    }

    @Test
    void springFestival2024CanEndOnTheMakeUpSunday() {
        Deadline d = calculator.deadline(d("2024-02-08"), 2);
        assertThat(d.due()).isEqualTo(d("2024-02-18"));
        assertThat(d.due().getDayOfWeek()).isEqualTo(java.time.DayOfWeek.SUNDAY);
        assertThat(d.skipped()).extracting(SkippedDay::date).containsExactlyElementsOf(
                d("2024-02-10").datesUntil(d("2024-02-18")).toList());
        assertThat(d.skipped()).extracting(SkippedDay::reason).containsOnly("春节");
        assertThat(d.madeUpWorkdays()).containsExactly(d("2024-02-18"));
    }

    @Test
    void springFestival2020ExtendedToSecondFebruary() {
        // The State Council extended the 2020 holiday to 2 February (国办发明电〔2020〕1号): 31 Jan – 2 Feb are off
        // too, and 1 February (a Saturday first set as a make-up workday) is no longer worked.
        Deadline d = calculator.deadline(d("2020-01-23"), 1);
        assertThat(d.due()).isEqualTo(d("2020-02-03"));
        assertThat(d.skipped()).extracting(SkippedDay::date).containsExactlyElementsOf(
                d("2020-01-24").datesUntil(d("2020-02-03")).toList());
        assertThat(d.skipped()).extracting(SkippedDay::reason).containsOnly("春节");
        assertThat(d.madeUpWorkdays()).isEmpty();
        assertThat(calculator.deadline(d("2020-01-23"), 20).due()).isEqualTo(d("2020-02-28"));
    }

    @Test
    void springFestival2020MakeUpSundayBefore() {
        Deadline d = calculator.deadline(d("2020-01-17"), 1);
        assertThat(d.due()).isEqualTo(d("2020-01-19"));
        assertThat(d.skipped()).extracting(SkippedDay::reason).containsExactly("周末");
        assertThat(d.madeUpWorkdays()).containsExactly(d("2020-01-19"));
    }

    @Test
    void yearEnd2025IntoNewYear2026() {
        Deadline d = calculator.deadline(d("2025-12-25"), 10);
        assertThat(d.due()).isEqualTo(d("2026-01-09"));
        assertThat(d.skipped()).extracting(SkippedDay::date).containsExactly(d("2025-12-27"), d("2025-12-28"),
                d("2026-01-01"), d("2026-01-02"), d("2026-01-03"));
        assertThat(d.skipped()).extracting(SkippedDay::reason).containsExactly("周末", "周末", "元旦", "元旦", "元旦");
        assertThat(d.madeUpWorkdays()).containsExactly(d("2026-01-04"));
        assertThat(d.provisional()).isFalse();
    }

    @Test
    void yearEnd2026IntoUnknown2027IsProvisional() {
        Deadline d = calculator.deadline(d("2026-12-20"), 20);
        // 2027 has no notice: its days are judged by weekends alone, and the answer says so.
        assertThat(d.due()).isEqualTo(d("2027-01-15"));
        assertThat(d.provisional()).isTrue();
        assertThat(d.unknownYears()).containsExactly(2027);
        assertThat(d.skipped()).extracting(SkippedDay::reason).containsOnly("周末");
    }

    @Test
    void periodInTheLastDaysOfDecemberWaitsForNextYearsNotice() {
        // The 2019 notice moved 29–31 Dec 2018; so late December 2026 is not settled before the 2027 notice.
        assertThat(calculator.deadline(d("2026-12-14"), 5).provisional()).isFalse();
        Deadline late = calculator.deadline(d("2026-12-21"), 3);
        assertThat(late.due()).isEqualTo(d("2026-12-24"));
        assertThat(late.provisional()).isTrue();
        assertThat(late.unknownYears()).containsExactly(2027);
    }

    @Test
    void aYearBeforeTheDataIsProvisional() {
        Deadline d = calculator.deadline(d("2006-06-01"), 5);
        assertThat(d.provisional()).isTrue();
        assertThat(d.unknownYears()).containsExactly(2006);
    }

    @Test
    void workingDaysOutsideOneTo366AreRefused() {
        assertThatThrownBy(() -> calculator.deadline(d("2024-01-01"), 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> calculator.deadline(d("2024-01-01"), 367)).isInstanceOf(IllegalArgumentException.class);
        assertThat(calculator.deadline(d("2024-01-01"), 366).due()).isAfter(d("2025-01-01"));
    }

    @Test
    void countsWorkingDaysBetweenDates() {
        WorkingDayCalendar calendar = CalendarFixture.calendar();
        WorkingDayCount c = calendar.countWorkingDays(d("2024-09-27"), d("2024-10-12"));
        assertThat(c.workingDays()).isEqualTo(7);
        assertThat(c.provisional()).isFalse();
        assertThat(calendar.countWorkingDays(d("2024-10-12"), d("2024-09-27")).workingDays()).isEqualTo(-7);
        assertThat(calendar.countWorkingDays(d("2024-10-01"), d("2024-10-01")).workingDays()).isZero();
        assertThat(calendar.countWorkingDays(d("2026-12-30"), d("2027-01-05")).unknownYears()).containsExactly(2027);
    }

    @Test
    void dayInfoNamesTheKindOfDay() {
        WorkingDayCalendar calendar = CalendarFixture.calendar();
        assertThat(calendar.dayInfo(d("2024-02-04")).kind()).isEqualTo(DayKind.MAKEUP_WORKDAY);
        assertThat(calendar.dayInfo(d("2024-02-04")).reason()).isEqualTo("春节");
        assertThat(calendar.dayInfo(d("2024-02-12")).kind()).isEqualTo(DayKind.HOLIDAY);
        assertThat(calendar.dayInfo(d("2024-02-24")).kind()).isEqualTo(DayKind.WEEKEND);
        assertThat(calendar.dayInfo(d("2020-02-03")).kind()).isEqualTo(DayKind.WORKDAY);
        assertThat(calendar.isWorkingDay(d("2024-10-12"))).isTrue();
        assertThat(calendar.isWorkingDay(d("2024-10-13"))).isFalse();
        assertThat(calendar.isKnownYear(2026)).isTrue();
        assertThat(calendar.isKnownYear(2027)).isFalse();
        assertThat(calendar.dayInfo(d("2027-03-01")).settled()).isFalse();
        // 2015: the one-off Victory Day holiday, 3–5 September, with Sunday 6 September worked
        assertThat(calendar.dayInfo(d("2015-09-03")).reason()).startsWith("抗日战争");
        assertThat(calendar.dayInfo(d("2015-09-06")).kind()).isEqualTo(DayKind.MAKEUP_WORKDAY);
    }

    @Test
    void shippedDataCoversEveryYearFrom2007To2026() {
        assertThat(CalendarFixture.calendar().knownYears()).extracting(KnownYear::year)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(2007, 2026).boxed().toList());
        List<DayInfo> holidays2026 = CalendarFixture.calendar().holidaysIn(2026);
        assertThat(holidays2026).extracting(DayInfo::date).contains(d("2026-02-14"), d("2026-10-07"));
        assertThat(holidays2026).allMatch(i -> i.date().getYear() == 2026);
        assertThat(CalendarFixture.calendar().dayInfo(LocalDate.of(2007, 12, 29)).kind())
                .isEqualTo(DayKind.MAKEUP_WORKDAY); // named by the 2008 notice
    }
}
