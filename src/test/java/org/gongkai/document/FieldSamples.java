package org.gongkai.document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A distinctive value for any {@link DocumentField}, chosen by its type, so tests driven by the registry cover a new
 * field without being edited: a text no other field holds, a date of its own, the last constant of a choice.
 */
public final class FieldSamples {

    private FieldSamples() {
    }

    /** A value for {@code f} that no other field and no default holds. */
    public static Object value(DocumentField f) {
        return switch (f.type()) {
            case TEXT -> "样值" + f.param() + "甲";
            case CODE -> "MANAGEMENT";
            case DATE -> LocalDate.of(2031, 7, 1).plusDays(f.ordinal());
            case ID -> 900_000L + f.ordinal();
            case CHOICE -> last(f);
        };
    }

    /** The index-side text of {@link #value}: a choice by its name, others as written. */
    public static String text(DocumentField f) {
        Object v = value(f);
        return v instanceof Enum<?> e ? e.name() : v.toString();
    }

    /** Content with every field at its sample value (not valid as a whole: for readers, not for the workflow). */
    public static DocumentContent everyField() {
        DocumentContent.Builder b = DocumentContent.builder().bodyHtml("<p>样本正文。</p>");
        for (DocumentField f : DocumentFields.all()) {
            b.set(f, value(f));
        }
        return b.build();
    }

    /** A published document with this content, as the public view would give it. */
    public static PublishedDocument published(DocumentContent content) {
        return new PublishedDocument(1L, 2L, "T1/2026-00001", 3L, 1, false, null,
                Instant.parse("2026-03-01T02:00:00Z"), content, "样本正文。", List.of());
    }

    private static Object last(DocumentField f) {
        List<Object> constants = f.choices();
        return constants.get(constants.size() - 1);
    }
}
