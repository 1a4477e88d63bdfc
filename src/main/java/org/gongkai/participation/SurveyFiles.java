package org.gongkai.participation;

import org.gongkai.identity.StaffUser;
import org.gongkai.platform.Zones;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A survey's responses as CSV for staff: one row per response (number, time in Beijing), one column per question,
 * the options chosen joined by "；", free text as typed. RFC 4180 quoting, CRLF rows, a UTF-8 byte-order mark for
 * spreadsheets; a cell a spreadsheet would read as a formula gets a leading apostrophe.
 */
@Controller
class SurveyFiles {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(Zones.CHINA);

    private final BuildSurvey build;
    private final SurveyStore store;

    SurveyFiles(BuildSurvey build, SurveyStore store) {
        this.build = build;
        this.store = store;
    }

    @GetMapping("/admin/surveys/{id}/responses.csv")
    ResponseEntity<byte[]> csv(StaffUser user, @PathVariable long id) {
        Survey s = build.readable(user, id);
        byte[] body = ("\uFEFF" + csv(s, store.export(id))).getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("survey-" + id + ".csv").build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(body);
    }

    static String csv(Survey s, List<SurveyStore.ExportCell> cells) {
        Map<Long, String> labels = new LinkedHashMap<>();
        s.questions().forEach(q -> q.options().forEach(o -> labels.put(o.id(), o.label())));
        StringBuilder out = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("编号", "提交时间"));
        s.questions().forEach(q -> header.add(q.position() + ". " + q.prompt()));
        row(out, header);
        Map<Long, Map<Long, List<String>>> byResponse = new LinkedHashMap<>();
        Map<Long, String> times = new LinkedHashMap<>();
        for (SurveyStore.ExportCell c : cells) {
            times.put(c.responseId(), TIME.format(c.submittedAt()));
            byResponse.computeIfAbsent(c.responseId(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(c.questionId(), k -> new ArrayList<>())
                    .add(c.optionId() != null ? labels.getOrDefault(c.optionId(), "") : c.text());
        }
        int n = 0;
        for (var e : byResponse.entrySet()) {
            List<String> r = new ArrayList<>(List.of(String.valueOf(++n), times.get(e.getKey())));
            s.questions().forEach(q -> r.add(String.join("；", e.getValue().getOrDefault(q.id(), List.of()))));
            row(out, r);
        }
        return out.toString();
    }

    private static void row(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells.get(i)));
        }
        out.append("\r\n");
    }

    static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }
}
