package org.gongkai.audit;

import tools.jackson.databind.JsonNode;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/** An entry as the back-office pages show it: local time, organisation name, before and after side by side. */
record EntryView(AuditEntry entry, String time, String organisation, String target, String action) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    /** One top-level field of before/after; a missing side is null. */
    record Change(String field, String before, String after, boolean changed) {
    }

    /** @param names organisation names by id; an entry without organisation shows {@code systemLabel} */
    static EntryView of(AuditEntry e, ZoneId zone, Map<Long, String> names, String systemLabel, AuditLabels labels,
                        Locale locale) {
        String org = e.organisationId() == null ? systemLabel
                : names.getOrDefault(e.organisationId(), "#" + e.organisationId());
        return new EntryView(e, TIME.format(e.occurredAt().atZone(zone)), org,
                labels.target(e.targetType(), e.targetId(), locale), labels.action(e.action(), locale));
    }

    List<Change> changes() {
        JsonNode before = entry.before() == null ? null : CanonicalJson.parse(entry.before());
        JsonNode after = entry.after() == null ? null : CanonicalJson.parse(entry.after());
        TreeSet<String> fields = new TreeSet<>();
        if (before != null && before.isObject()) {
            fields.addAll(before.propertyNames());
        }
        if (after != null && after.isObject()) {
            fields.addAll(after.propertyNames());
        }
        List<Change> changes = new ArrayList<>();
        for (String f : fields) {
            String b = show(before == null ? null : before.get(f));
            String a = show(after == null ? null : after.get(f));
            changes.add(new Change(f, b, a, b == null ? a != null : !b.equals(a)));
        }
        return changes;
    }

    private static String show(JsonNode value) {
        if (value == null) {
            return null;
        }
        return value.isString() ? value.stringValue() : CanonicalJson.write(value);
    }
}
