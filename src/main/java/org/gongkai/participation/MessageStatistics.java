package org.gongkai.participation;

import org.gongkai.calendar.WorkingDayCalendar;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Monthly statistics of an organisation's valid messages, by the month they were received: how many, how many
 * answered, the average and longest reply time in working days (from the day received to the day of the reply), and
 * the share of replies given by the due date, and the writers' ratings (satisfied or basically satisfied, of those
 * rated). Invalid messages (spam, duplicates) are not counted.
 */
@Component
class MessageStatistics {

    /** One line of figures; {@code type} null for all types together. Times in working days, rate in percent. */
    record Line(MessageType type, long received, long answered, Double averageDays, Integer longestDays,
                Integer onTimePercent, long rated, Integer satisfiedPercent) {
    }

    /** A month's lines, by type then the total. */
    record Month(YearMonth month, List<Line> byType, Line total) {
    }

    private final MessageStore store;
    private final WorkingDayCalendar calendar;

    MessageStatistics(MessageStore store, WorkingDayCalendar calendar) {
        this.store = store;
        this.calendar = calendar;
    }

    /** The months of the year up to {@code upTo} (or the whole year), most recent first, from one query. */
    List<Month> year(long organisationId, int year, LocalDate upTo) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        if (upTo.isBefore(last)) {
            last = upTo;
        }
        Map<YearMonth, List<MessageStore.Dated>> byMonth = new LinkedHashMap<>();
        if (!last.isBefore(first)) {
            for (MessageStore.Dated d : store.receivedBetween(organisationId, first, last)) {
                byMonth.computeIfAbsent(YearMonth.from(d.receivedOn()), k -> new ArrayList<>()).add(d);
            }
        }
        List<Month> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(last); !m.isBefore(YearMonth.from(first)); m = m.minusMonths(1)) {
            months.add(month(m, byMonth.getOrDefault(m, List.of())));
        }
        return months;
    }

    Month month(YearMonth month, List<MessageStore.Dated> rows) {
        Map<MessageType, List<MessageStore.Dated>> byType = new EnumMap<>(MessageType.class);
        for (MessageType t : MessageType.values()) {
            byType.put(t, new ArrayList<>());
        }
        rows.forEach(r -> byType.get(r.type()).add(r));
        List<Line> lines = new ArrayList<>();
        byType.forEach((t, list) -> lines.add(line(t, list)));
        return new Month(month, lines, line(null, rows));
    }

    private Line line(MessageType type, List<MessageStore.Dated> rows) {
        long answered = 0;
        long rated = 0;
        long satisfied = 0;
        long onTime = 0;
        long sum = 0;
        Integer longest = null;
        for (MessageStore.Dated r : rows) {
            if (r.repliedOn() == null) {
                continue;
            }
            answered++;
            if (r.rating() != null) {
                rated++;
                satisfied += r.rating().satisfied() ? 1 : 0;
            }
            int days = calendar.countWorkingDays(r.receivedOn(), r.repliedOn()).workingDays();
            sum += days;
            longest = longest == null ? days : Math.max(longest, days);
            if (!r.repliedOn().isAfter(r.dueOn())) {
                onTime++;
            }
        }
        return new Line(type, rows.size(), answered,
                answered == 0 ? null : Math.round(sum * 10.0 / answered) / 10.0, longest,
                answered == 0 ? null : (int) Math.round(onTime * 100.0 / answered), rated,
                rated == 0 ? null : (int) Math.round(satisfied * 100.0 / rated));
    }
}
