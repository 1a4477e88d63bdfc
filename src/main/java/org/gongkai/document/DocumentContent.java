package org.gongkai.document;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * The editable content and metadata of a document (spec/30's catalog entry), as a form or the API submits it.
 * {@code bodyHtml} is untrusted until sanitised. {@code kind} and {@code repealedOn} feed table 二 of the annual report.
 * Each metadata component is a {@link DocumentField}; build one with {@link #builder()} (named, not positional) and
 * change one field with {@link #with}.
 */
public record DocumentContent(
        Long catalogNodeId, String title, String documentNumber, String issuer, LocalDate writtenDate,
        LocalDate publishDate, String theme, String opennessClass, String keywords, Disclosure disclosure,
        String withheldReason, Validity validity, Long replacedByDocumentId, String summary, String bodyHtml,
        DocumentKind kind, LocalDate repealedOn) {

    public DocumentContent {
        kind = kind == null ? DocumentKind.OTHER : kind;
    }

    /** Content of an ordinary document (neither 规章 nor 行政规范性文件), not repealed. */
    public DocumentContent(Long catalogNodeId, String title, String documentNumber, String issuer, LocalDate writtenDate,
                           LocalDate publishDate, String theme, String opennessClass, String keywords,
                           Disclosure disclosure, String withheldReason, Validity validity, Long replacedByDocumentId,
                           String summary, String bodyHtml) {
        this(catalogNodeId, title, documentNumber, issuer, writtenDate, publishDate, theme, opennessClass, keywords,
                disclosure, withheldReason, validity, replacedByDocumentId, summary, bodyHtml, DocumentKind.OTHER, null);
    }

    /** An empty builder: an ordinary document (kind OTHER), proactively disclosed, valid. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this content, to change some of it. */
    public Builder toBuilder() {
        Builder b = new Builder();
        for (DocumentField f : DocumentFields.all()) {
            b.set(f, f.value(this));
        }
        return b.bodyHtml(bodyHtml);
    }

    /** This content with one field changed. */
    public DocumentContent with(DocumentField field, Object value) {
        return toBuilder().set(field, value).build();
    }

    /** Builds content by field: named setters for code, {@link #set} for what goes over the registry. */
    public static final class Builder {

        private final Map<DocumentField, Object> values = new EnumMap<>(DocumentField.class);
        private String bodyHtml;

        private Builder() {
            values.put(DocumentField.DISCLOSURE, Disclosure.PROACTIVE);
            values.put(DocumentField.VALIDITY, Validity.VALID);
            values.put(DocumentField.KIND, DocumentKind.OTHER);
        }

        /** Sets a field to a value of its type (String, LocalDate, Long, or its enum); null clears it. */
        public Builder set(DocumentField field, Object value) {
            values.put(field, value);
            return this;
        }

        public Builder catalogNodeId(Long v) {
            return set(DocumentField.CATALOG_NODE, v);
        }

        public Builder title(String v) {
            return set(DocumentField.TITLE, v);
        }

        public Builder documentNumber(String v) {
            return set(DocumentField.DOCUMENT_NUMBER, v);
        }

        public Builder issuer(String v) {
            return set(DocumentField.ISSUER, v);
        }

        public Builder writtenDate(LocalDate v) {
            return set(DocumentField.WRITTEN_DATE, v);
        }

        public Builder publishDate(LocalDate v) {
            return set(DocumentField.PUBLISH_DATE, v);
        }

        public Builder theme(String v) {
            return set(DocumentField.THEME, v);
        }

        public Builder opennessClass(String v) {
            return set(DocumentField.OPENNESS_CLASS, v);
        }

        public Builder keywords(String v) {
            return set(DocumentField.KEYWORDS, v);
        }

        public Builder disclosure(Disclosure v) {
            return set(DocumentField.DISCLOSURE, v);
        }

        public Builder withheldReason(String v) {
            return set(DocumentField.WITHHELD_REASON, v);
        }

        public Builder validity(Validity v) {
            return set(DocumentField.VALIDITY, v);
        }

        public Builder replacedByDocumentId(Long v) {
            return set(DocumentField.REPLACED_BY, v);
        }

        public Builder summary(String v) {
            return set(DocumentField.SUMMARY, v);
        }

        public Builder kind(DocumentKind v) {
            return set(DocumentField.KIND, v);
        }

        public Builder repealedOn(LocalDate v) {
            return set(DocumentField.REPEALED_ON, v);
        }

        public Builder bodyHtml(String v) {
            bodyHtml = v;
            return this;
        }

        public DocumentContent build() {
            return new DocumentContent((Long) values.get(DocumentField.CATALOG_NODE), text(DocumentField.TITLE),
                    text(DocumentField.DOCUMENT_NUMBER), text(DocumentField.ISSUER), date(DocumentField.WRITTEN_DATE),
                    date(DocumentField.PUBLISH_DATE), text(DocumentField.THEME), text(DocumentField.OPENNESS_CLASS),
                    text(DocumentField.KEYWORDS), (Disclosure) values.get(DocumentField.DISCLOSURE),
                    text(DocumentField.WITHHELD_REASON), (Validity) values.get(DocumentField.VALIDITY),
                    (Long) values.get(DocumentField.REPLACED_BY), text(DocumentField.SUMMARY), bodyHtml,
                    (DocumentKind) values.get(DocumentField.KIND), date(DocumentField.REPEALED_ON));
        }

        private String text(DocumentField f) {
            return (String) values.get(f);
        }

        private LocalDate date(DocumentField f) {
            return (LocalDate) values.get(f);
        }
    }
}
