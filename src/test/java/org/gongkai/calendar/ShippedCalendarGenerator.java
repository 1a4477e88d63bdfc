package org.gongkai.calendar;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One-off generator of {@code src/main/resources/calendar/holidays-cn.tsv} from the holiday-cn JSON files
 * (../shared/data/holidays-cn). Run it from the project directory when a new year's data is to be shipped:
 * {@code java … ShippedCalendarGenerator [sourceDir] [firstYear] [lastYear]}. The result is committed, so a fresh
 * machine never needs the source files. Each file passes the same checks as a year an administrator loads.
 */
final class ShippedCalendarGenerator {

    static final Path DEFAULT_SOURCE = Path.of("..", "shared", "data", "holidays-cn");
    static final int FIRST_YEAR = 2007;
    static final int LAST_YEAR = 2026;

    private ShippedCalendarGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path source = args.length > 0 ? Path.of(args[0]) : DEFAULT_SOURCE;
        int first = args.length > 1 ? Integer.parseInt(args[1]) : FIRST_YEAR;
        int last = args.length > 2 ? Integer.parseInt(args[2]) : LAST_YEAR;
        Path target = Path.of("src", "main", "resources", ShippedCalendar.RESOURCE);
        Files.writeString(target, render(read(source, first, last)), StandardCharsets.UTF_8);
        System.out.println("wrote " + target.toAbsolutePath());
    }

    static List<HolidayNotice> read(Path source, int first, int last) throws IOException {
        List<HolidayNotice> notices = new ArrayList<>();
        for (int year = first; year <= last; year++) {
            Path file = source.resolve(year + ".json");
            UploadedText.Decoded text = UploadedText.decode(Files.readAllBytes(file));
            if (text.problem() != null) {
                throw new IllegalStateException(file + ": " + text.problem());
            }
            ParsedNotice parsed = HolidayNoticeJson.parse(text.text(), false);
            if (!parsed.isOk()) {
                throw new IllegalStateException(file + ": " + parsed.problems());
            }
            if (parsed.notice().year() != year) {
                throw new IllegalStateException(file + " holds year " + parsed.notice().year());
            }
            notices.add(parsed.notice());
        }
        return notices;
    }

    static String render(List<HolidayNotice> notices) {
        StringBuilder out = new StringBuilder();
        out.append("# Gongkai: statutory holidays and make-up workdays (调休) in mainland China, as the State Council's\n")
                .append("# annual notices arrange them. Transcribed from holiday-cn by NateScarlet (MIT licence, see\n")
                .append("# LICENSE-holiday-cn beside this file) by ShippedCalendarGenerator; do not edit by hand.\n")
                .append("# notice<TAB>year<TAB>addresses of the notices, space-separated\n")
                .append("# day<TAB>date<TAB>off|on<TAB>holiday (zh)<TAB>holiday (en)   -- the days of the notice above\n");
        for (HolidayNotice n : notices) {
            out.append("notice\t").append(n.year()).append('\t').append(String.join(" ", n.papers())).append('\n');
            n.days().stream().sorted(java.util.Comparator.comparing(NoticeDay::date)).forEach(d -> {
                String en = HolidayNames.english(d.name());
                out.append("day\t").append(d.date()).append('\t').append(d.off() ? "off" : "on").append('\t')
                        .append(d.name()).append('\t').append(en == null ? "" : en).append('\n');
            });
        }
        return out.toString();
    }
}
