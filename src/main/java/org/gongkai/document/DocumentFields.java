package org.gongkai.document;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The registry of a document's metadata fields ({@link DocumentField}): which of them each reader takes, in the order
 * it takes them. Other modules read the fields through here (the canonical form, search), never by listing them.
 */
public final class DocumentFields {

    private static final List<DocumentField> ALL = List.of(DocumentField.values());

    private DocumentFields() {
    }

    /** Every field, in the order an editor sees them. */
    public static List<DocumentField> all() {
        return ALL;
    }

    /** The fields canonical format {@code version} holds, in the canonical order. */
    public static List<DocumentField> canonical(int version) {
        return ALL.stream().filter(f -> f.inCanonical(version))
                .sorted(Comparator.comparingInt(DocumentField::canonicalPosition)).toList();
    }

    /** The fields the public page or its JSON-LD shows as the edition's content. */
    public static List<DocumentField> shown() {
        return ALL.stream().filter(DocumentField::shown).toList();
    }

    /** The fields the search index holds. */
    public static List<DocumentField> searchable() {
        return ALL.stream().filter(DocumentField::searchable).toList();
    }

    /** The fields the screening reads and a redaction masks. */
    public static List<DocumentField> screened() {
        return ALL.stream().filter(DocumentField::screened).toList();
    }

    /** The fields the {@code public_document} view carries. */
    public static List<DocumentField> published() {
        return ALL.stream().filter(DocumentField::published).toList();
    }

    /** The field whose form parameter is {@code param}. */
    public static DocumentField byParam(String param) {
        return ALL.stream().filter(f -> f.param().equals(param)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no document field " + param));
    }

    /** The columns of {@code fields}, comma-separated, for a select or an insert. */
    static String columns(List<DocumentField> fields) {
        return fields.stream().map(DocumentField::column).collect(Collectors.joining(", "));
    }

    static List<DocumentField> of(DocumentField... fields) {
        return Arrays.asList(fields);
    }
}
