package org.gongkai.calendar;

import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.identity.StaffUser;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Back office /admin/calendar: the known years, and loading a year's notice from JSON or by hand (SYSTEM_ADMIN). */
@Controller
class CalendarAdminPages {

    static final long MAX_FILE_BYTES = 1024 * 1024;

    private final WorkingDayCalendar calendar;
    private final CalendarLoading loading;
    private final java.time.Clock clock;

    CalendarAdminPages(WorkingDayCalendar calendar, CalendarLoading loading, java.time.Clock clock) {
        this.calendar = calendar;
        this.loading = loading;
        this.clock = clock;
    }

    @GetMapping("/admin/calendar")
    String page(StaffUser user, Model model) {
        CalendarLoading.requireAdmin(user);
        return render(model, null, List.of());
    }

    @PostMapping("/admin/calendar/json")
    String loadJson(StaffUser user, @RequestParam(required = false) MultipartFile file,
                    @RequestParam(defaultValue = "") String json, @RequestParam(defaultValue = "false") boolean allowEmpty,
                    @RequestParam(defaultValue = "false") boolean replace, Model model, HttpServletResponse response,
                    RedirectAttributes redirect) throws IOException {
        CalendarLoading.requireAdmin(user);
        model.addAttribute("json", json);
        model.addAttribute("allowEmpty", allowEmpty);
        model.addAttribute("replace", replace);
        boolean hasFile = file != null && !file.isEmpty();
        String text = json;
        if (hasFile && !json.isBlank()) {
            return failed(model, response, "json", List.of(Problem.of(HolidayNoticeJson.FIELD, "calendar.load.json.both")));
        }
        if (hasFile) {
            if (file.getSize() > MAX_FILE_BYTES) {
                return failed(model, response, "json", List.of(Problem.of(UploadedText.FIELD, "calendar.load.file.tooLarge")));
            }
            UploadedText.Decoded decoded = UploadedText.decode(file.getBytes());
            if (decoded.problem() != null) {
                return failed(model, response, "json", List.of(decoded.problem()));
            }
            text = decoded.text();
        }
        ParsedNotice parsed = HolidayNoticeJson.parse(text, allowEmpty);
        return finish(user, parsed, "JSON", replace, model, response, redirect, "json");
    }

    @PostMapping("/admin/calendar/manual")
    String loadManual(StaffUser user, @RequestParam(defaultValue = "") String year,
                      @RequestParam(defaultValue = "") String days, @RequestParam(defaultValue = "false") boolean allowEmpty,
                      @RequestParam(defaultValue = "false") boolean replace, Model model, HttpServletResponse response,
                      RedirectAttributes redirect) {
        CalendarLoading.requireAdmin(user);
        model.addAttribute("manualYear", year);
        model.addAttribute("manualDays", days);
        model.addAttribute("manualAllowEmpty", allowEmpty);
        model.addAttribute("manualReplace", replace);
        return finish(user, ManualDays.parse(year, days, allowEmpty), "MANUAL", replace, model, response, redirect, "manual");
    }

    @PostMapping("/admin/calendar/remove")
    String remove(StaffUser user, @RequestParam int year, RedirectAttributes redirect) {
        CalendarLoading.requireAdmin(user);
        if (loading.remove(year, user)) {
            redirect.addAttribute("removed", year);
        }
        return "redirect:/admin/calendar";
    }

    private String finish(StaffUser user, ParsedNotice parsed, String source, boolean replace, Model model,
                          HttpServletResponse response, RedirectAttributes redirect, String form) {
        List<Problem> problems = new ArrayList<>(parsed.problems());
        if (parsed.isOk()) {
            problems.addAll(loading.load(parsed.notice(), source, replace, user));
        }
        if (!problems.isEmpty()) {
            return failed(model, response, form, problems);
        }
        redirect.addAttribute("loaded", parsed.notice().year());
        return "redirect:/admin/calendar";
    }

    private String failed(Model model, HttpServletResponse response, String form, List<Problem> problems) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return render(model, form, problems);
    }

    private String render(Model model, String form, List<Problem> problems) {
        List<KnownYear> years = calendar.knownYears();
        model.addAttribute("years", years);
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        int next = years.isEmpty() ? java.time.Year.now(clock.withZone(org.gongkai.platform.Zones.CHINA)).getValue() : years.get(years.size() - 1).year() + 1;
        model.addAttribute("nextYear", String.valueOf(next));
        return "calendar/admin";
    }
}
