package org.gongkai.participation;

import org.gongkai.platform.Zones;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A survey's responses as a table, the same for every export: a header (number, time, one column per question), then
 * one row per response in Beijing time, the options chosen joined by "；", free text as typed, a rating as its point.
 * A conditional question whose condition the response did not choose reads {@link #NOT_ASKED}, so an empty cell
 * always means "asked, not answered".
 */
record SurveyTable(List<String> header, List<Row> rows) {

    static final String NOT_ASKED = "（不适用）";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(Zones.CHINA);

    record Row(int number, String submittedAt, List<String> cells) {
    }

    static SurveyTable of(Survey s, List<SurveyStore.ExportCell> cells) {
        Map<Long, String> labels = new LinkedHashMap<>();
        s.questions().forEach(q -> q.options().forEach(o -> labels.put(o.id(), o.label())));
        List<String> header = new ArrayList<>(List.of("编号", "提交时间"));
        s.questions().forEach(q -> header.add(q.position() + ". " + q.prompt()));
        Map<Long, Map<Long, List<String>>> byResponse = new LinkedHashMap<>();
        Map<Long, Set<Long>> chosen = new LinkedHashMap<>();
        Map<Long, String> times = new LinkedHashMap<>();
        for (SurveyStore.ExportCell c : cells) {
            times.put(c.responseId(), TIME.format(c.submittedAt()));
            byResponse.computeIfAbsent(c.responseId(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(c.questionId(), k -> new ArrayList<>())
                    .add(c.optionId() != null ? labels.getOrDefault(c.optionId(), "") : c.text());
            if (c.optionId() != null) {
                chosen.computeIfAbsent(c.responseId(), k -> new HashSet<>()).add(c.optionId());
            }
        }
        List<Row> rows = new ArrayList<>();
        int n = 0;
        for (var e : byResponse.entrySet()) {
            Set<Long> picked = chosen.getOrDefault(e.getKey(), Set.of());
            List<String> r = new ArrayList<>();
            for (Survey.Question q : s.questions()) {
                if (q.conditionOptionId() != null && !picked.contains(q.conditionOptionId())) {
                    r.add(NOT_ASKED);
                } else {
                    r.add(String.join("；", e.getValue().getOrDefault(q.id(), List.of())));
                }
            }
            rows.add(new Row(++n, times.get(e.getKey()), List.copyOf(r)));
        }
        return new SurveyTable(List.copyOf(header), List.copyOf(rows));
    }
}
