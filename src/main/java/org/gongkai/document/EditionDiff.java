package org.gongkai.document;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A readable comparison of two revisions: each metadata field side by side, and the body paragraph by paragraph
 * with the changed characters marked (Chinese has no spaces, so the inline diff works per character).
 */
public final class EditionDiff {

    /** One metadata field; {@code changed} when the two sides differ. */
    public record Field(String labelKey, String left, String right, boolean changed) {
    }

    /** One body paragraph; left and right are escaped HTML with &lt;del&gt;/&lt;ins&gt; marks. */
    public record Line(String tag, String left, String right) {
    }

    public record Result(List<Field> fields, List<Line> body, List<String> attachmentsLeft, List<String> attachmentsRight) {
    }

    private static final DiffRowGenerator GENERATOR = DiffRowGenerator.create()
            .showInlineDiffs(true)
            .inlineDiffByWord(false)
            .mergeOriginalRevised(false)
            .oldTag(open -> open ? "<del>" : "</del>")
            .newTag(open -> open ? "<ins>" : "</ins>")
            .build();

    private EditionDiff() {
    }

    public static Result compare(Revision left, Revision right) {
        List<Field> fields = new ArrayList<>();
        fields(left.content()).forEach((key, value) -> {
            String other = fields(right.content()).get(key);
            fields.add(new Field(key, value, other, !Objects.equals(value, other)));
        });
        List<Line> body = new ArrayList<>();
        for (DiffRow row : GENERATOR.generateDiffRows(lines(left.bodyText()), lines(right.bodyText()))) {
            body.add(new Line(row.getTag().name(), row.getOldLine(), row.getNewLine()));
        }
        return new Result(fields, body, names(left), names(right));
    }

    private static Map<String, String> fields(DocumentContent c) {
        Map<String, String> m = new LinkedHashMap<>();
        for (DocumentField f : DocumentFields.all()) {
            m.put(f.labelKey(), f.text(c));
        }
        return m;
    }

    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split("\n"));
    }

    private static List<String> names(Revision r) {
        return r.attachments().stream().map(a -> a.fileName() + " (" + a.sha256().substring(0, 12) + ")").toList();
    }
}
