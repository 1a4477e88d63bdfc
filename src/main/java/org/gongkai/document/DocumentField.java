package org.gongkai.document;

import org.gongkai.platform.web.FieldErrors;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * One metadata field of a document (spec/30's catalog entry), declared once with everything the platform does with
 * it: its form parameter and label, how it parses and what it may hold, its column (in {@code revision} and, when
 * public, in the {@code public_document} view), whether the public page shows it (and so the signed canonical form
 * holds it, from which format on and at which place), whether search indexes it, whether the screening reads it and
 * a redaction masks it. The form, the store, the published view, the edition diff, the screening, the redaction, the
 * canonical form of the transparency log and the search index all read these constants (ADR 0021).
 *
 * <p>The constants are in the order an editor sees the fields (and the diff lists them). The canonical form has its
 * own, frozen order: {@link #canonicalPosition()}. The body and the attachments are not metadata fields; each reader
 * handles them itself.
 */
public enum DocumentField {

    TITLE(field("title", "title").text(300).required().canonical(1, 1).shown("name").searchable().screened()),
    DOCUMENT_NUMBER(field("documentNumber", "document_number").text(100).canonical(1, 2).shown().searchable().screened()),
    ISSUER(field("issuer", "issuer").text(200).required().canonical(1, 3).shown().searchable().screened()),
    WRITTEN_DATE(field("writtenDate", "written_date").date().canonical(1, 4).shown("dateCreated")),
    PUBLISH_DATE(field("publishDate", "publish_date").date().canonical(1, 5).shown("datePublished").searchable()),
    THEME(field("theme", "theme").text(60).canonical(1, 6).shown("genre").searchable().screened()),
    OPENNESS_CLASS(field("opennessClass", "openness_class").code().canonical(1, 7).shown().searchable()),
    KEYWORDS(field("keywords", "keywords").text(300).canonical(1, 12).shown("keywords").searchable().screened()),
    DISCLOSURE(field("disclosure", "disclosure").choice(Disclosure.class).internal()),
    /** Its length is checked with the disclosure (only a withheld document needs a reason): {@code ContentRules}. */
    WITHHELD_REASON(field("withheldReason", "withheld_reason").text(0).internal().screened()),
    VALIDITY(field("validity", "validity").choice(Validity.class).canonical(1, 8).shown().searchable()),
    REPLACED_BY(field("replacedByDocumentId", "replaced_by_document_id").label("doc.replacedBy").member("replacedBy")
            .id().canonical(2, 11).shown()),
    KIND(field("kind", "kind").choice(DocumentKind.class).canonical(2, 9).shown().searchable()),
    REPEALED_ON(field("repealedOn", "repealed_on").date().canonical(2, 10).shown()),
    /** The column (栏目) the page is filed in: the site's frame (crumbs, JSON-LD isPartOf), not the signed content. */
    CATALOG_NODE(field("catalogNodeId", "catalog_node_id").label("doc.catalogNode").id().searchable()),
    SUMMARY(field("summary", "summary").text(2000).canonical(2, 13).shown("abstract").searchable().screened());

    /** How a field's value is held, parsed and written. */
    public enum Type {
        /** Free text: blank is null, stored stripped. */
        TEXT,
        /** A code from a list kept elsewhere (the catalog's five-openness classes), as text. */
        CODE,
        /** One constant of an enum of this module. */
        CHOICE,
        /** A calendar date, {@code yyyy-MM-dd}. */
        DATE,
        /** The id of another row (a document, a catalog node). */
        ID
    }

    private final String param;
    private final String column;
    private final String labelKey;
    private final String member;
    private final Type type;
    private final Class<? extends Enum<?>> choices;
    private final int maxLength;
    private final boolean required;
    private final int canonicalSince;
    private final int canonicalPosition;
    private final boolean shown;
    private final String jsonLd;
    private final boolean published;
    private final boolean searchable;
    private final boolean screened;

    DocumentField(Spec s) {
        this.param = s.param;
        this.column = s.column;
        this.labelKey = s.labelKey == null ? "doc." + s.param : s.labelKey;
        this.member = s.member == null ? s.param : s.member;
        this.type = s.type;
        this.choices = s.choices;
        this.maxLength = s.maxLength;
        this.required = s.required;
        this.canonicalSince = s.canonicalSince;
        this.canonicalPosition = s.canonicalPosition;
        this.shown = s.shown;
        this.jsonLd = s.jsonLd;
        this.published = !s.internal;
        this.searchable = s.searchable;
        this.screened = s.screened;
    }

    /** The form parameter and API member, also the field's name in screening findings and field errors. */
    public String param() {
        return param;
    }

    /** The column in {@code revision} (and, for a published field, in the {@code public_document} view). */
    public String column() {
        return column;
    }

    /** The message key of its label (form, diff, page). */
    public String labelKey() {
        return labelKey;
    }

    /** The member name in the canonical form (and the API's edition record). */
    public String member() {
        return member;
    }

    public Type type() {
        return type;
    }

    /** The longest text it may hold (0: no limit here); a required field must not be blank either. */
    public int maxLength() {
        return maxLength;
    }

    public boolean required() {
        return required;
    }

    /** The first canonical format that holds it; 0 when the canonical form does not. */
    public int canonicalSince() {
        return canonicalSince;
    }

    /** Its place among the canonical form's metadata members (after format and indexNumber, before body). */
    public int canonicalPosition() {
        return canonicalPosition;
    }

    /** Whether canonical format {@code version} holds it. */
    public boolean inCanonical(int version) {
        return canonicalSince > 0 && canonicalSince <= version;
    }

    /** Whether the public page or its JSON-LD shows it as the edition's content (so it must be signed). */
    public boolean shown() {
        return shown;
    }

    /**
     * The schema.org property of the page's JSON-LD that holds it as plain text, or null when the JSON-LD shows it
     * otherwise (the issuer as the publisher's name, the 文号 and validity of a {@code Legislation}) or not at all.
     */
    public String jsonLd() {
        return jsonLd;
    }

    /** Whether the {@code public_document} view carries it (disclosure and the withholding reason stay inside). */
    public boolean published() {
        return published;
    }

    /** Whether the search index holds it (as text, a filter, a facet or the sort date). */
    public boolean searchable() {
        return searchable;
    }

    /** Whether the confidentiality screening reads it, and so a redaction masks it. Text fields only. */
    public boolean screened() {
        return screened;
    }

    /** Its value in the content (a String, LocalDate, Long or enum constant), null when empty. */
    public Object value(DocumentContent c) {
        return switch (this) {
            case TITLE -> c.title();
            case DOCUMENT_NUMBER -> c.documentNumber();
            case ISSUER -> c.issuer();
            case WRITTEN_DATE -> c.writtenDate();
            case PUBLISH_DATE -> c.publishDate();
            case THEME -> c.theme();
            case OPENNESS_CLASS -> c.opennessClass();
            case KEYWORDS -> c.keywords();
            case DISCLOSURE -> c.disclosure();
            case WITHHELD_REASON -> c.withheldReason();
            case VALIDITY -> c.validity();
            case REPLACED_BY -> c.replacedByDocumentId();
            case KIND -> c.kind();
            case REPEALED_ON -> c.repealedOn();
            case CATALOG_NODE -> c.catalogNodeId();
            case SUMMARY -> c.summary();
        };
    }

    /** Its value as text (dates ISO, choices by constant name, ids in decimal), null when empty. */
    public String text(DocumentContent c) {
        Object v = value(c);
        return v == null ? null : v instanceof Enum<?> e ? e.name() : v.toString();
    }

    /**
     * Its value as the public sees it: as {@link #text}, except that the 发布日期 shown is the day the edition went
     * out when none was given.
     */
    public String publicText(PublishedDocument d) {
        if (this == PUBLISH_DATE) {
            return d.shownPublishDate().toString();
        }
        return text(d.content());
    }

    /** What the form shows for it: {@link #text}, or empty. */
    public String formText(DocumentContent c) {
        String t = text(c);
        return t == null ? "" : t;
    }

    /**
     * Parses what the form or the API sent; rejects in {@code errors} what does not parse (under {@link #param}) and
     * returns null for it. Blank is null, except a choice, which must be one of its constants.
     */
    public Object parse(String raw, FieldErrors errors) {
        boolean blank = raw == null || raw.isBlank();
        switch (type) {
            case TEXT, CODE:
                return blank ? null : raw.strip();
            case DATE:
                if (blank) {
                    return null;
                }
                try {
                    return LocalDate.parse(raw.strip());
                } catch (DateTimeParseException ex) {
                    errors.reject(param, "doc.date.invalid");
                    return null;
                }
            case ID:
                if (blank) {
                    return null;
                }
                try {
                    return Long.parseLong(raw.strip());
                } catch (NumberFormatException ex) {
                    errors.reject(param, "doc.number.invalid");
                    return null;
                }
            default:
                for (Enum<?> e : choices.getEnumConstants()) {
                    if (!blank && e.name().equals(raw.strip())) {
                        return e;
                    }
                }
                errors.reject(param, "doc.choice.invalid");
                return null;
        }
    }

    /** The constants a choice field may hold, in their order (the form's options); empty for other fields. */
    public List<Object> choices() {
        return choices == null ? List.of() : List.of((Object[]) choices.getEnumConstants());
    }

    /** The constant of a choice field named {@code name} (as stored). */
    Object constant(String name) {
        for (Enum<?> e : choices.getEnumConstants()) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        throw new IllegalArgumentException(param + ": no constant " + name);
    }

    /**
     * Checks what the field alone allows (required, length, date range) and rejects under {@link #param}. Rules that
     * span fields (a withholding reason, a repeal date, a replacing document) are {@code ContentRules}'.
     */
    void check(DocumentContent c, FieldErrors errors) {
        Object v = value(c);
        if (type == Type.TEXT && required) {
            String s = (String) v;
            errors.require(s != null && !s.isBlank() && s.strip().length() <= maxLength, param, labelKey + ".invalid");
        } else if (type == Type.TEXT && maxLength > 0) {
            errors.require(v == null || ((String) v).length() <= maxLength, param, labelKey + ".tooLong");
        } else if (type == Type.DATE) {
            errors.require(ContentRules.plausible((LocalDate) v), param, "doc.date.range");
        }
    }

    private static Spec field(String param, String column) {
        return new Spec(param, column);
    }

    /** The declaration of one field, read once by the constructor. */
    private static final class Spec {
        final String param;
        final String column;
        String labelKey;
        String member;
        Type type;
        Class<? extends Enum<?>> choices;
        int maxLength;
        boolean required;
        int canonicalSince;
        int canonicalPosition;
        boolean shown;
        String jsonLd;
        boolean internal;
        boolean searchable;
        boolean screened;

        Spec(String param, String column) {
            this.param = param;
            this.column = column;
        }

        Spec label(String key) {
            labelKey = key;
            return this;
        }

        Spec member(String name) {
            member = name;
            return this;
        }

        Spec text(int max) {
            type = Type.TEXT;
            maxLength = max;
            return this;
        }

        Spec code() {
            type = Type.CODE;
            return this;
        }

        Spec date() {
            type = Type.DATE;
            return this;
        }

        Spec id() {
            type = Type.ID;
            return this;
        }

        Spec choice(Class<? extends Enum<?>> values) {
            type = Type.CHOICE;
            choices = values;
            return this;
        }

        Spec required() {
            required = true;
            return this;
        }

        Spec canonical(int since, int position) {
            canonicalSince = since;
            canonicalPosition = position;
            return this;
        }

        Spec shown() {
            shown = true;
            return this;
        }

        /** Shown, and in the JSON-LD as the text of this schema.org property. */
        Spec shown(String schemaOrgProperty) {
            jsonLd = schemaOrgProperty;
            return shown();
        }

        Spec internal() {
            internal = true;
            return this;
        }

        Spec searchable() {
            searchable = true;
            return this;
        }

        Spec screened() {
            screened = true;
            return this;
        }
    }
}
