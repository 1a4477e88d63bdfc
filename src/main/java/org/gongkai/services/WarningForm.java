package org.gongkai.services;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The warning form; times are Beijing local date-times as a {@code datetime-local} field sends them. */
public record WarningForm(String event, String category, String severity, String urgency, String certainty,
                          String headline, String description, String instruction, String area, String onset,
                          String expires) {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    static final Set<String> CATEGORIES = Set.of("Geo", "Met", "Safety", "Security", "Rescue", "Fire", "Health", "Env",
            "Transport", "Infra", "CBRNE", "Other");
    static final Set<String> URGENCIES = Set.of("Immediate", "Expected", "Future", "Past", "Unknown");
    static final Set<String> CERTAINTIES = Set.of("Observed", "Likely", "Possible", "Unlikely", "Unknown");

    static WarningForm blank() {
        return new WarningForm(null, "Safety", "BLUE", "Expected", "Likely", null, null, null, null, null, null);
    }

    static WarningForm of(EmergencyWarning w) {
        return new WarningForm(w.event(), w.category(), w.severity().name(), w.urgency(), w.certainty(), w.headline(),
                w.description(), w.instruction(), w.area(), local(w.onset()), local(w.expires()));
    }

    record Values(String event, String category, WarningSeverity severity, String urgency, String certainty,
                  String headline, String description, String instruction, String area, Instant onset,
                  Instant expires) {

        Map<String, Object> asMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("event", event);
            m.put("severity", severity.name());
            m.put("headline", headline);
            m.put("area", area);
            m.put("onset", onset.toString());
            m.put("expires", expires.toString());
            return m;
        }
    }

    Values check(Map<String, String> errors) {
        String ev = PlanValidation.text(event, 100, "event", true, errors);
        if (!CATEGORIES.contains(category)) {
            errors.put("category", "svc.warning.error.choice");
        }
        WarningSeverity sev = WarningSeverity.parse(severity);
        if (sev == null) {
            errors.put("severity", "svc.warning.error.choice");
        }
        if (!URGENCIES.contains(urgency)) {
            errors.put("urgency", "svc.warning.error.choice");
        }
        if (!CERTAINTIES.contains(certainty)) {
            errors.put("certainty", "svc.warning.error.choice");
        }
        String h = PlanValidation.text(headline, 200, "headline", true, errors);
        String d = PlanValidation.text(description, 10000, "description", true, errors);
        String i = PlanValidation.text(instruction, 10000, "instruction", false, errors);
        String a = PlanValidation.text(area, 500, "area", true, errors);
        Instant on = time(onset, "onset", errors);
        Instant ex = time(expires, "expires", errors);
        if (on != null && ex != null && !ex.isAfter(on)) {
            errors.put("expires", "svc.warning.error.expiresBeforeOnset");
        }
        return new Values(ev, category, sev, urgency, certainty, h, d, i, a, on, ex);
    }

    static Instant time(String value, String field, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            errors.put(field, "svc.error.required");
            return null;
        }
        try {
            LocalDateTime t = LocalDateTime.parse(value.strip());
            if (t.getYear() < 2000 || t.getYear() > 2200) {
                errors.put(field, "svc.warning.error.time");
                return null;
            }
            return t.atZone(BEIJING).toInstant();
        } catch (DateTimeParseException e) {
            errors.put(field, "svc.warning.error.time");
            return null;
        }
    }

    static String local(Instant t) {
        return t == null ? null : LocalDateTime.ofInstant(t, BEIJING).withSecond(0).withNano(0).toString();
    }
}
