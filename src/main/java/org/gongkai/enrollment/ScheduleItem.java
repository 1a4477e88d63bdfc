package org.gongkai.enrollment;

import java.time.LocalDate;

/** One step of the year's schedule (报名, 审核, 录取结果公布…) and the days it runs. */
public record ScheduleItem(long id, long enrollmentYearId, LocalDate startsOn, LocalDate endsOn, String what) {

    public boolean oneDay() {
        return startsOn.equals(endsOn);
    }
}
