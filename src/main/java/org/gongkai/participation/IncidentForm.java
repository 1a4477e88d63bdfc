package org.gongkai.participation;

import org.gongkai.platform.Zones;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What staff type to record an incident, as typed (so a form sent back shows it again). The time of discovery is a
 * Beijing date and time (a datetime-local control) and may not lie in the future: the clocks start there.
 */
record IncidentForm(String source, String sourceUrl, String summary, String severity, String discoveredAt) {

    static final int SOURCE_MAX = 200;
    static final int URL_MAX = 1000;
    static final int SUMMARY_MAX = 2000;
    static final java.time.format.DateTimeFormatter INPUT =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm").withZone(Zones.CHINA);

    static IncidentForm blank() {
        return new IncidentForm("", "", "", "", "");
    }

    /** The row to store, or an InvalidInputException naming each wrong field. */
    Valid validate(Instant now) {
        Map<String, String> errors = new LinkedHashMap<>();
        String src = strip(source);
        if (src == null || src.length() > SOURCE_MAX) {
            errors.put("source", src == null ? "inc.error.source" : "inc.error.sourceLong");
        }
        String url = strip(sourceUrl);
        if (url != null && (url.length() > URL_MAX || !url.matches("(?i)https?://\\S+"))) {
            errors.put("sourceUrl", "inc.error.sourceUrl");
        }
        String sum = summary == null || summary.isBlank() ? null : summary;
        if (sum == null || sum.length() > SUMMARY_MAX) {
            errors.put("summary", sum == null ? "inc.error.summary" : "inc.error.summaryLong");
        }
        IncidentSeverity sev = null;
        try {
            sev = IncidentSeverity.valueOf(String.valueOf(severity).strip());
        } catch (IllegalArgumentException e) {
            errors.put("severity", "inc.error.severity");
        }
        Instant found = beijing(discoveredAt);
        if (found == null) {
            errors.put("discoveredAt", "inc.error.discoveredAt");
        } else if (found.isAfter(now)) {
            errors.put("discoveredAt", "inc.error.discoveredFuture");
        }
        if (!errors.isEmpty()) {
            throw new org.gongkai.platform.web.InvalidInputException(errors);
        }
        return new Valid(src, url, sum, sev, found);
    }

    record Valid(String source, String sourceUrl, String summary, IncidentSeverity severity, Instant discoveredAt) {
    }

    /** A datetime-local value read as Beijing time, or null when it is not one. */
    static Instant beijing(String value) {
        String v = strip(value);
        if (v == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(v).atZone(Zones.CHINA).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
