package org.gongkai.services;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The public change history of a list item: each published edition with what it changed from the one before. */
final class PowerHistory {

    record Change(String field, Object was, Object now) {
    }

    record Line(PowerEdition edition, List<Change> changed) {
    }

    private PowerHistory() {
    }

    /** Lines newest first, from published editions given newest first. */
    static List<Line> of(List<PowerEdition> newestFirst) {
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < newestFirst.size(); i++) {
            PowerEdition e = newestFirst.get(i);
            List<Change> changes = new ArrayList<>();
            if (i + 1 < newestFirst.size()) {
                Map<String, Object> was = PowerForm.Values.of(newestFirst.get(i + 1)).asMap();
                PowerForm.Values.of(e).asMap().forEach((k, v) -> {
                    if (!Objects.equals(was.get(k), v)) {
                        changes.add(new Change(k, label(was.get(k)), label(v)));
                    }
                });
            }
            lines.add(new Line(e, changes));
        }
        return lines;
    }

    private static Object label(Object v) {
        return v instanceof Boolean b ? (b ? "已取消" : "有效") : v;
    }
}
