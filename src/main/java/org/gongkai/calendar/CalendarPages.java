package org.gongkai.calendar;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** The public pages: the holiday list by year, and the deadline calculator with its explanation. */
@Controller
class CalendarPages {

    private final WorkingDayCalendar calendar;
    private final DeadlineCalculator calculator;
    private final Clock clock;

    CalendarPages(WorkingDayCalendar calendar, DeadlineCalculator calculator, Clock clock) {
        this.calendar = calendar;
        this.calculator = calculator;
        this.clock = clock;
    }

    @GetMapping("/calendar")
    String holidays(@RequestParam(required = false) String year, Model model) {
        int thisYear = LocalDate.now(clock.withZone(org.gongkai.platform.Zones.CHINA)).getYear();
        int shown = year != null && year.matches("\\d{4}") && NoticeRules.yearInRange(Integer.parseInt(year))
                ? Integer.parseInt(year) : thisYear;
        List<KnownYear> years = calendar.knownYears();
        model.addAttribute("years", years);
        model.addAttribute("year", shown);
        model.addAttribute("yearText", String.valueOf(shown));
        model.addAttribute("known", calendar.isKnownYear(shown));
        model.addAttribute("days", calendar.holidaysIn(shown));
        model.addAttribute("notice", years.stream().filter(k -> k.year() == shown).findFirst().orElse(null));
        return "calendar/index";
    }

    @GetMapping("/calendar/deadline")
    String deadline(@RequestParam(required = false) String from, @RequestParam(required = false) String workingDays,
                    Model model, HttpServletResponse response) {
        model.addAttribute("fromText", from == null ? "" : from);
        model.addAttribute("workingDaysText", workingDays == null ? "20" : workingDays);
        if (from == null && workingDays == null) {
            return "calendar/deadline";
        }
        DeadlineQuery q = DeadlineQuery.parse(from, workingDays);
        if (!q.valid()) {
            model.addAttribute("errors", q.errors());
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "calendar/deadline";
        }
        Locale locale = LocaleContextHolder.getLocale();
        Deadline d = calculator.deadline(q.from(), q.workingDays());
        model.addAttribute("deadline", d);
        model.addAttribute("rows", ExplanationRow.of(d, calendar, locale));
        model.addAttribute("unknownYears", String.join("、", d.unknownYears().stream().map(String::valueOf).toList()));
        model.addAttribute("apiExample", "/api/v1/calendar/deadline?from=" + d.from() + "&workingDays=" + d.workingDays());
        return "calendar/deadline";
    }
}
