package org.gongkai.calendar;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ArrayList;

/** The years loaded in the back office (tables calendar_year, calendar_day, calendar_version). */
@Repository
class CalendarStore {

    private final JdbcClient jdbc;

    CalendarStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long version() {
        return jdbc.sql("select version from calendar_version").query(Long.class).single();
    }

    List<LoadedYear> loadedYears() {
        Map<Integer, List<NoticeDay>> days = new HashMap<>();
        jdbc.sql("select year, day, off, name from calendar_day order by year, day").query((rs, n) -> {
            days.computeIfAbsent(rs.getInt("year"), y -> new ArrayList<>())
                    .add(new NoticeDay(rs.getObject("day", java.time.LocalDate.class), rs.getBoolean("off"), rs.getString("name")));
            return null;
        }).list();
        return jdbc.sql("select year, source, papers, loaded_by_name, loaded_at from calendar_year order by year")
                .query((rs, n) -> new LoadedYear(rs.getInt("year"), rs.getString("source"), papers(rs.getString("papers")),
                        rs.getString("loaded_by_name"), rs.getTimestamp("loaded_at").toInstant(),
                        days.getOrDefault(rs.getInt("year"), List.of())))
                .list();
    }

    boolean isLoaded(int year) {
        return jdbc.sql("select count(*) from calendar_year where year = ?").param(year).query(Long.class).single() > 0;
    }

    /** Replaces whatever was loaded for the notice's year. Call inside a transaction. */
    void replace(HolidayNotice notice, String source, Long actorId, String actorName) {
        jdbc.sql("delete from calendar_year where year = ?").param(notice.year()).update();
        jdbc.sql("insert into calendar_year (year, source, papers, loaded_by_id, loaded_by_name) values (?, ?, ?, ?, ?)")
                .params(notice.year(), source, String.join(" ", notice.papers()), actorId, actorName).update();
        for (NoticeDay d : notice.days()) {
            jdbc.sql("insert into calendar_day (year, day, off, name) values (?, ?, ?, ?)")
                    .params(notice.year(), d.date(), d.off(), d.name()).update();
        }
        bumpVersion();
    }

    /** Removes a loaded year; returns false when it was not loaded. Call inside a transaction. */
    boolean remove(int year) {
        boolean removed = jdbc.sql("delete from calendar_year where year = ?").param(year).update() > 0;
        if (removed) {
            bumpVersion();
        }
        return removed;
    }

    private void bumpVersion() {
        jdbc.sql("update calendar_version set version = version + 1").update();
    }

    private static List<String> papers(String text) {
        return text == null || text.isBlank() ? List.of() : Arrays.asList(text.trim().split(" +"));
    }
}
