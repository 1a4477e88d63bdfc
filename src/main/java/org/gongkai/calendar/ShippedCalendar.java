package org.gongkai.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the holiday notices shipped with the application, {@code calendar/holidays-cn.tsv}: a {@code notice} line
 * per year (year, the notices' addresses separated by spaces) followed by that year's {@code day} lines (date,
 * {@code off} or {@code on}, Chinese name, English name). Tab-separated; lines starting with # are comments.
 */
final class ShippedCalendar {

    static final String RESOURCE = "calendar/holidays-cn.tsv";

    private ShippedCalendar() {
    }

    static List<ShippedYear> load() {
        try (InputStream in = ShippedCalendar.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the shipped holiday calendar " + RESOURCE + " is missing");
            }
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<ShippedYear> read(BufferedReader reader) throws IOException {
        List<ShippedYear> years = new ArrayList<>();
        Integer year = null;
        List<String> papers = List.of();
        List<CalendarDay> days = new ArrayList<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f[0].equals("notice") && f.length == 3) {
                if (year != null) {
                    years.add(new ShippedYear(year, papers, days));
                }
                year = Integer.parseInt(f[1]);
                papers = f[2].isBlank() ? List.of() : Arrays.asList(f[2].trim().split(" +"));
                days = new ArrayList<>();
            } else if (f[0].equals("day") && f.length == 5 && year != null && (f[2].equals("off") || f[2].equals("on"))) {
                days.add(new CalendarDay(LocalDate.parse(f[1]), f[2].equals("off"), f[3], f[4].isEmpty() ? null : f[4], year));
            } else {
                throw new IllegalStateException(RESOURCE + " line " + number + " is malformed: " + line);
            }
        }
        if (year != null) {
            years.add(new ShippedYear(year, papers, days));
        }
        return years;
    }
}
