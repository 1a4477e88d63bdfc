package org.gongkai.services;

import org.gongkai.platform.web.InvalidInputException;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks what staff type into the task ledger's forms and CSV; each refusal names its field and a message key. */
final class TaskLedgerValidation {

    static final Pattern CODE = Pattern.compile("[0-9A-Za-z][0-9A-Za-z.-]{0,19}");
    static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]+|/[^/\\s<>\"][^\\s<>\"]*");
    static final Pattern DATE = Pattern.compile("([0-9]{4})[-/.年]([0-9]{1,2})[-/.月]([0-9]{1,2})日?");
    static final Pattern DOCUMENT = Pattern.compile("/documents/([0-9]{1,18})");

    private TaskLedgerValidation() {
    }

    record Values(int year, String code, String title, String source, String leadUnit, String coUnits,
                  LocalDate deadline, TaskStatus status, LocalDate doneOn) {

        Map<String, Object> asMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("year", year);
            m.put("code", code);
            m.put("title", title);
            m.put("source", source);
            m.put("leadUnit", leadUnit);
            m.put("coUnits", coUnits);
            m.put("deadline", deadline.toString());
            m.put("status", status.name());
            m.put("doneOn", doneOn == null ? null : doneOn.toString());
            return m;
        }

        static Values of(LedgerTask t) {
            return new Values(t.year(), t.code(), t.title(), t.source(), t.leadUnit(), t.coUnits(), t.deadline(),
                    t.status(), t.doneOn());
        }
    }

    record Milestone(String title, LocalDate due) {
    }

    record Progress(LocalDate reportedOn, int percent, String summary, Long evidenceDocument, String evidenceUrl) {
    }

    static Values task(TaskForm f) {
        Map<String, String> errors = new LinkedHashMap<>();
        Integer year = PlanValidation.integer(f.year());
        if (year == null || year < 2000 || year > 2200) {
            errors.put("year", "svc.task.error.year");
        }
        String code = PlanValidation.text(f.code(), 20, "code", true, errors);
        if (code != null && !errors.containsKey("code") && !CODE.matcher(code).matches()) {
            errors.put("code", "svc.task.error.code");
        }
        String title = PlanValidation.text(f.title(), 300, "title", true, errors);
        String source = PlanValidation.text(f.source(), 200, "source", false, errors);
        String lead = PlanValidation.text(f.leadUnit(), 200, "leadUnit", true, errors);
        String co = PlanValidation.text(f.coUnits(), 500, "coUnits", false, errors);
        LocalDate deadline = date(f.deadline(), "deadline", true, errors);
        TaskStatus status = status(f.status());
        if (status == null) {
            errors.put("status", "svc.task.error.status");
        }
        LocalDate doneOn = null;
        if (status == TaskStatus.DONE) {
            doneOn = date(f.doneOn(), "doneOn", false, errors);
            if (doneOn == null && !errors.containsKey("doneOn")) {
                errors.put("doneOn", "svc.task.error.doneOn");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Values(year, code, title, source, lead, co, deadline, status, doneOn);
    }

    static Milestone milestone(String title, String due) {
        Map<String, String> errors = new LinkedHashMap<>();
        String t = PlanValidation.text(title, 200, "milestoneTitle", true, errors);
        LocalDate d = date(due, "milestoneDue", true, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Milestone(t, d);
    }

    static Progress progress(String reportedOn, String percent, String summary, String evidence) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate on = date(reportedOn, "reportedOn", true, errors);
        Integer p = percent(percent);
        if (p == null) {
            errors.put("percent", "svc.task.error.percent");
        }
        String s = PlanValidation.text(summary, 2000, "summary", true, errors);
        Long doc = null;
        String url = null;
        String e = evidence == null || evidence.isBlank() ? null : evidence.strip();
        if (e != null) {
            Matcher m = DOCUMENT.matcher(e);
            if (m.matches()) {
                doc = Long.parseLong(m.group(1));
            } else if (e.length() <= 500 && URL.matcher(e).matches()) {
                url = e;
            } else {
                errors.put("evidence", "svc.task.error.evidence");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Progress(on, p, s, doc, url);
    }

    /** 0 to 100, a trailing % allowed. */
    static Integer percent(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        if (v.endsWith("%") || v.endsWith("％")) {
            v = v.substring(0, v.length() - 1).strip();
        }
        Integer n = v.matches("[0-9]{1,3}") ? Integer.valueOf(v) : null;
        return n != null && n <= 100 ? n : null;
    }

    static TaskStatus status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        for (TaskStatus s : TaskStatus.values()) {
            if (s.name().equals(v) || LABELS.get(s).equals(v)) {
                return s;
            }
        }
        return null;
    }

    /** The Chinese labels of the statuses as the CSV writes them (and reads them back). */
    static final Map<TaskStatus, String> LABELS = Map.of(TaskStatus.NOT_STARTED, "未启动",
            TaskStatus.IN_PROGRESS, "推进中", TaskStatus.DONE, "已完成");

    static LocalDate date(String value, String field, boolean required, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.put(field, "svc.error.required");
            }
            return null;
        }
        // spreadsheets re-save 2026-03-05 as 2026/3/5; both are read
        Matcher m = DATE.matcher(value.strip());
        try {
            LocalDate d = m.matches() ? PlanValidation.plausible(LocalDate.of(Integer.parseInt(m.group(1)),
                    Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))) : null;
            if (d == null) {
                errors.put(field, "svc.task.error.date");
            }
            return d;
        } catch (java.time.DateTimeException e) {
            errors.put(field, "svc.task.error.date");
            return null;
        }
    }
}
