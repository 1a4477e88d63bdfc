package org.gongkai.document;

import org.gongkai.platform.web.FieldErrors;


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

    /** Converts to content, each field parsed as its {@link DocumentField} says; throws field errors for what does not parse. */
    public DocumentContent toContent() {
        FieldErrors e = new FieldErrors();
        DocumentContent.Builder b = DocumentContent.builder();
        for (DocumentField f : DocumentFields.all()) {
            String raw = raw(f);
            if (f == DocumentField.KIND && (raw == null || raw.isBlank())) {
                continue; // a form without the kind (the API before it had one) means an ordinary document
            }
            b.set(f, f.parse(raw, e));
        }
        e.throwIfAny();
        return b.bodyHtml(bodyHtml == null ? "" : bodyHtml).build();
    }

    /** What was typed for a field. */
    String raw(DocumentField f) {
        return switch (f) {
            case TITLE -> title;
            case DOCUMENT_NUMBER -> documentNumber;
            case ISSUER -> issuer;
            case WRITTEN_DATE -> writtenDate;
            case PUBLISH_DATE -> publishDate;
            case THEME -> theme;
            case OPENNESS_CLASS -> opennessClass;
            case KEYWORDS -> keywords;
            case DISCLOSURE -> disclosure;
            case WITHHELD_REASON -> withheldReason;
            case VALIDITY -> validity;
            case REPLACED_BY -> replacedByDocumentId;
            case KIND -> kind;
            case REPEALED_ON -> repealedOn;
            case CATALOG_NODE -> catalogNodeId;
            case SUMMARY -> summary;
        };
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

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }
}
