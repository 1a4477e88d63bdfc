package org.gongkai.audit;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The auditor's filters as typed; blank means unused. {@code org} is empty (everything visible), "system"
 * (entries without an organisation) or an organisation id. Dates are inclusive days in the server's zone.
 */
record AuditFilter(String actor, String action, String org, LocalDate from, LocalDate to) {

    static final String SYSTEM = "system";

    AuditFilter {
        actor = blankToNull(actor);
        action = blankToNull(action);
        org = blankToNull(org);
    }

    /** The filters in use, for the record of the auditor's own search. */
    Map<String, Object> used() {
        Map<String, Object> m = new LinkedHashMap<>();
        put(m, "actor", actor);
        put(m, "action", action);
        put(m, "org", org);
        put(m, "from", from == null ? null : from.toString());
        put(m, "to", to == null ? null : to.toString());
        return m;
    }

    private static void put(Map<String, Object> m, String key, Object value) {
        if (value != null) {
            m.put(key, value);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
