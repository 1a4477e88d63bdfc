package org.gongkai.services;

import org.gongkai.platform.Zones;
import org.gongkai.platform.web.InvalidInputException;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Checks plans, register lines, results and seeds against the rules the database also enforces. */
final class PlanValidation {

    static final Pattern CODE = Pattern.compile("[A-Za-z0-9-]{1,40}");
    static final Pattern PHONE = Pattern.compile("[0-9+() -]{5,40}");
    static final int MAX_LINES = 5000;

    private PlanValidation() {
    }

    record Values(String title, String description, int ratioBp, int inspectorsPerEntity, String seedSource,
                  Instant seedAvailableAt, LocalDate resultsDue) {

        Map<String, Object> asMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("title", title);
            m.put("description", description);
            m.put("ratioBp", ratioBp);
            m.put("inspectorsPerEntity", inspectorsPerEntity);
            m.put("seedSource", seedSource);
            m.put("seedAvailableAt", seedAvailableAt == null ? null : seedAvailableAt.toString());
            m.put("resultsDue", resultsDue == null ? null : resultsDue.toString());
            return m;
        }
    }

    static Values plan(PlanForm f) {
        Map<String, String> errors = new LinkedHashMap<>();
        String title = text(f.title(), 200, "title", true, errors);
        String description = text(f.description(), 4000, "description", false, errors);
        Integer ratio = ratio(f.ratioPercent());
        if (ratio == null) {
            errors.put("ratioPercent", "svc.error.ratio");
        }
        Integer per = integer(f.inspectorsPerEntity());
        if (per == null || per < 1 || per > 5) {
            errors.put("inspectorsPerEntity", "svc.error.perEntity");
        }
        String seedSource = text(f.seedSource(), 300, "seedSource", false, errors);
        Instant seedAt = null;
        if (f.seedAvailableAt() != null && !f.seedAvailableAt().isBlank()) {
            try {
                LocalDateTime at = LocalDateTime.parse(f.seedAvailableAt().strip());
                if (at.getYear() < 2000 || at.getYear() > 2200) {
                    errors.put("seedAvailableAt", "svc.error.dateTime");
                } else {
                    seedAt = at.atZone(Zones.CHINA).toInstant();
                }
            } catch (DateTimeParseException e) {
                errors.put("seedAvailableAt", "svc.error.dateTime");
            }
        }
        LocalDate due = null;
        if (f.resultsDue() != null && !f.resultsDue().isBlank()) {
            try {
                due = plausible(LocalDate.parse(f.resultsDue().strip()));
                if (due == null) {
                    errors.put("resultsDue", "svc.error.date");
                }
            } catch (DateTimeParseException e) {
                errors.put("resultsDue", "svc.error.date");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Values(title, description, ratio, per, seedSource, seedAt, due);
    }

    record Matter(String name, String basis) {
    }

    static Matter matter(String name, String basis) {
        Map<String, String> errors = new LinkedHashMap<>();
        String n = text(name, 200, "name", true, errors);
        String b = text(basis, 500, "basis", false, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Matter(n, b);
    }

    /**
     * Register lines as pasted: one row a line, fields separated by a tab or a comma. Entities: code, name,
     * category, address, contact; inspectors: badge, name, unit, phone. Errors name the line.
     */
    static List<String[]> lines(String text, String field, int minFields, int maxFields, int[] maxLengths,
                                boolean inspector) {
        if (text == null || text.isBlank()) {
            throw InvalidInputException.of(field, "svc.error.required");
        }
        List<String[]> rows = new ArrayList<>();
        String[] lines = text.split("\\R");
        if (lines.length > MAX_LINES) {
            throw InvalidInputException.of(field, "svc.error.tooManyLines");
        }
        java.util.Set<String> codes = new java.util.HashSet<>();
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.split("\t|,", -1);
            if (parts.length < minFields || parts.length > maxFields) {
                throw lineError(field, "svc.error.line.fields", n + 1);
            }
            String[] row = new String[maxFields];
            for (int i = 0; i < parts.length; i++) {
                String v = parts[i].strip();
                row[i] = v.isEmpty() ? null : v;
                if (row[i] != null && row[i].length() > maxLengths[i]) {
                    throw lineError(field, "svc.error.line.long", n + 1);
                }
                if (row[i] != null && i > 0 && "=+-@".indexOf(row[i].charAt(0)) >= 0) {
                    throw lineError(field, "svc.error.line.formula", n + 1);
                }
            }
            if (row[0] == null || !CODE.matcher(row[0]).matches()) {
                throw lineError(field, "svc.error.line.code", n + 1);
            }
            if (row[1] == null) {
                throw lineError(field, "svc.error.line.name", n + 1);
            }
            if (inspector && row[3] != null && !PHONE.matcher(row[3]).matches()) {
                throw lineError(field, "svc.error.line.phone", n + 1);
            }
            if (!codes.add(row[0])) {
                throw lineError(field, "svc.error.line.duplicate", n + 1);
            }
            rows.add(row);
        }
        if (rows.isEmpty()) {
            throw InvalidInputException.of(field, "svc.error.required");
        }
        return rows;
    }

    private static LineError lineError(String field, String key, int line) {
        return new LineError(field, key, line);
    }

    /** A refused register line: the field's message, and the line it is about. */
    static final class LineError extends InvalidInputException {
        final int line;

        LineError(String field, String key, int line) {
            super(Map.of(field, key));
            this.line = line;
        }
    }

    record Result(LocalDate inspectedOn, ResultOutcome outcome, String problems, String measures, String recheck) {
    }

    static Result result(String inspectedOn, String outcome, String problems, String measures, String recheck) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate on = null;
        try {
            on = plausible(LocalDate.parse(inspectedOn == null ? "" : inspectedOn.strip()));
            if (on == null) {
                errors.put("inspectedOn", "svc.error.date");
            }
        } catch (DateTimeParseException e) {
            errors.put("inspectedOn", "svc.error.date");
        }
        ResultOutcome o = null;
        try {
            o = ResultOutcome.valueOf(outcome == null ? "" : outcome.strip());
        } catch (IllegalArgumentException e) {
            errors.put("outcome", "svc.error.outcome");
        }
        String p = text(problems, 4000, "problems", false, errors);
        String m = text(measures, 4000, "measures", false, errors);
        String r = text(recheck, 4000, "recheck", false, errors);
        if (o == ResultOutcome.PROBLEMS && p == null && !errors.containsKey("problems")) {
            errors.put("problems", "svc.error.problemsRequired");
        }
        if (o == ResultOutcome.PROBLEMS && m == null && !errors.containsKey("measures")) {
            errors.put("measures", "svc.error.measuresRequired");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Result(on, o, p, m, r);
    }

    /** A date within years the platform can mean (and PostgreSQL can store), else null. */
    static LocalDate plausible(LocalDate d) {
        return d.getYear() < 2000 || d.getYear() > 2200 ? null : d;
    }

    /** A percentage with at most two decimals, 0.01 to 100, as basis points. */
    static Integer ratio(String percent) {
        if (percent == null || !percent.strip().matches("[0-9]{1,3}(\\.[0-9]{1,2})?")) {
            return null;
        }
        int bp = new BigDecimal(percent.strip()).movePointRight(2).intValueExact();
        return bp >= 1 && bp <= 10000 ? bp : null;
    }

    static Integer integer(String value) {
        if (value == null || !value.strip().matches("[0-9]{1,6}")) {
            return null;
        }
        return Integer.parseInt(value.strip());
    }

    static String text(String value, int max, String field, boolean required, Map<String, String> errors) {
        String s = value == null || value.isBlank() ? null : value.strip();
        if (s == null && required) {
            errors.put(field, "svc.error.required");
        } else if (s != null && s.length() > max) {
            errors.put(field, "svc.error.long");
        }
        return s;
    }
}
