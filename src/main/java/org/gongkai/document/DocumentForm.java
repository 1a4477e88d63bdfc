package org.gongkai.document;

import org.gongkai.platform.web.FieldErrors;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The document form as typed: every field a string, so input that does not parse comes back to the person
 * with a message instead of being lost.
 */
public record DocumentForm(String catalogNodeId, String title, String documentNumber, String issuer,
                           String writtenDate, String publishDate, String theme, String opennessClass,
                           String keywords, String disclosure, String withheldReason, String validity,
                           String replacedByDocumentId, String summary, String bodyHtml, String lockVersion,
                           String kind, String repealedOn) {

    public static DocumentForm of(DocumentContent c, int lockVersion) {
        return new DocumentForm(str(c.catalogNodeId()), c.title(), c.documentNumber(), c.issuer(), str(c.writtenDate()),
                str(c.publishDate()), c.theme(), c.opennessClass(), c.keywords(), c.disclosure().name(),
                c.withheldReason(), c.validity().name(), str(c.replacedByDocumentId()), c.summary(), c.bodyHtml(),
                String.valueOf(lockVersion), c.kind().name(), str(c.repealedOn()));
    }

    public static DocumentForm blank(String issuer) {
        return new DocumentForm(null, "", "", issuer, "", "", "", "", "", Disclosure.PROACTIVE.name(), "",
                Validity.VALID.name(), "", "", "", "0", DocumentKind.OTHER.name(), "");
    }

    /** Converts to content, throwing field errors for what does not parse. */
    public DocumentContent toContent() {
        FieldErrors e = new FieldErrors();
        Long node = longValue(catalogNodeId, "catalogNodeId", e);
        LocalDate written = date(writtenDate, "writtenDate", e);
        LocalDate published = date(publishDate, "publishDate", e);
        Disclosure d = enumValue(Disclosure.class, disclosure, "disclosure", e);
        Validity v = enumValue(Validity.class, validity, "validity", e);
        Long replaced = longValue(replacedByDocumentId, "replacedByDocumentId", e);
        DocumentKind k = kind == null || kind.isBlank() ? DocumentKind.OTHER
                : enumValue(DocumentKind.class, kind, "kind", e);
        LocalDate repealed = date(repealedOn, "repealedOn", e);
        e.throwIfAny();
        return new DocumentContent(node, trim(title), trim(documentNumber), trim(issuer), written, published,
                trim(theme), trim(opennessClass), trim(keywords), d, trim(withheldReason), v, replaced, trim(summary),
                bodyHtml == null ? "" : bodyHtml, k, repealed);
    }

    public int version() {
        try {
            return Integer.parseInt(lockVersion == null ? "" : lockVersion.strip());
        } catch (NumberFormatException ex) {
            throw org.gongkai.platform.web.InvalidInputException.of("lockVersion", "doc.version.invalid");
        }
    }

    public DocumentForm withVersion(int v) {
        return new DocumentForm(catalogNodeId, title, documentNumber, issuer, writtenDate, publishDate, theme,
                opennessClass, keywords, disclosure, withheldReason, validity, replacedByDocumentId, summary, bodyHtml,
                String.valueOf(v), kind, repealedOn);
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }

    private static LocalDate date(String s, String field, FieldErrors e) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException ex) {
            e.reject(field, "doc.date.invalid");
            return null;
        }
    }

    private static Long longValue(String s, String field, FieldErrors e) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(s.strip());
        } catch (NumberFormatException ex) {
            e.reject(field, "doc.number.invalid");
            return null;
        }
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String s, String field, FieldErrors e) {
        try {
            return Enum.valueOf(type, s == null ? "" : s.strip());
        } catch (IllegalArgumentException ex) {
            e.reject(field, "doc.choice.invalid");
            return null;
        }
    }
}
