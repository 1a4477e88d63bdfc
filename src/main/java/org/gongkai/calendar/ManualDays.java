package org.gongkai.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads days an administrator types in, one a line: {@code 2027-02-06 off 春节} or {@code 2027-02-14 on 春节}
 * (also 休 / 班, tabs or commas between the parts). Blank lines and lines starting with # are ignored.
 */
final class ManualDays {

    static final String FIELD = "days";
    private static final Set<String> OFF = Set.of("off", "休", "休息", "放假");
    private static final Set<String> ON = Set.of("on", "班", "上班", "补班");

    private ManualDays() {
    }

    static ParsedNotice parse(String yearText, String lines, boolean allowEmpty) {
        List<Problem> problems = new ArrayList<>();
        Integer year = null;
        try {
            year = Integer.parseInt(yearText == null ? "" : yearText.trim());
            if (!NoticeRules.yearInRange(year)) {
                problems.add(Problem.of("year", "calendar.load.yearRange", String.valueOf(NoticeRules.MIN_YEAR), String.valueOf(NoticeRules.MAX_YEAR)));
                year = null;
            }
        } catch (NumberFormatException e) {
            problems.add(Problem.of("year", "calendar.load.yearMissing"));
        }
        List<NoticeDay> days = new ArrayList<>();
        String[] all = lines == null ? new String[0] : lines.split("\\R");
        for (int i = 0; i < all.length; i++) {
            String line = all[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            NoticeDay day = line(line, i + 1, problems);
            if (day != null) {
                days.add(day);
            }
        }
        if (year != null && problems.isEmpty()) {
            problems.addAll(NoticeRules.check(year, days, allowEmpty, FIELD));
        }
        return problems.isEmpty() ? ParsedNotice.ok(new HolidayNotice(year, List.of(), days)) : ParsedNotice.failed(problems);
    }

    private static NoticeDay line(String line, int number, List<Problem> problems) {
        String[] parts = line.split("[\\s,，]+", 3);
        if (parts.length < 3) {
            problems.add(Problem.of(FIELD, "calendar.load.manual.shape", number));
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(parts[0]);
        } catch (DateTimeParseException e) {
            problems.add(Problem.of(FIELD, "calendar.load.manual.badDate", number, parts[0]));
            return null;
        }
        String status = parts[1].toLowerCase(Locale.ROOT);
        if (!OFF.contains(status) && !ON.contains(status)) {
            problems.add(Problem.of(FIELD, "calendar.load.manual.status", number, parts[1]));
            return null;
        }
        return new NoticeDay(date, OFF.contains(status), parts[2].strip());
    }
}
