package org.gongkai.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/**
 * How a published document becomes a Lucene document: the fields of {@link Fields}, the gram twins of the title and
 * 文号, the single matching field {@link Fields#ALL} over all four texts, and the facets.
 */
final class LuceneDocuments {

    /** Words are only ever looked up as terms; the highlighter works on the stored text, so no offsets. */
    private static final FieldType WORDS = new FieldType(TextField.TYPE_STORED);

    /** Trigrams are only looked up as whole terms (a run of exactly three characters). */
    private static final FieldType TERMS = new FieldType(TextField.TYPE_NOT_STORED);

    static {
        WORDS.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        WORDS.freeze();
        TERMS.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        TERMS.freeze();
    }

    private LuceneDocuments() {
    }

    static Document of(SearchDocument d) {
        Document doc = new Document();
        doc.add(new StringField(Fields.ID, Long.toString(d.documentId()), Field.Store.YES));
        doc.add(new StoredField(Fields.EDITION, d.editionId()));
        ranked(doc, Fields.TITLE, d.title());
        ranked(doc, Fields.NUMBER, d.documentNumber());
        words(doc, Fields.BODY, d.body());
        words(doc, Fields.ATTACHMENTS, d.attachmentText());
        for (String value : new String[] {d.title(), d.documentNumber(), d.body(), d.attachmentText()}) {
            grams(doc, Fields.ALL, nullToEmpty(value));
        }
        String number = DocumentNumbers.normalise(d.documentNumber());
        if (!number.isEmpty()) {
            doc.add(new StringField(Fields.NUMBER_EXACT, number, Field.Store.NO));
        }
        String indexNumber = IndexNumbers.normalise(d.indexNumber());
        if (!indexNumber.isEmpty()) {
            doc.add(new StringField(Fields.INDEX_NUMBER, indexNumber, Field.Store.NO));
        }
        doc.add(new StringField(Fields.ORG, Long.toString(d.organisationId()), Field.Store.YES));
        facet(doc, Fields.ORG, Long.toString(d.organisationId()));
        for (Long ancestor : d.organisationPath()) {
            doc.add(new StringField(Fields.ORG_PATH, ancestor.toString(), Field.Store.NO));
        }
        keyword(doc, Fields.OPENNESS, d.opennessClass());
        facet(doc, Fields.OPENNESS, d.opennessClass());
        keyword(doc, Fields.THEME, d.theme() == null ? null : d.theme().strip());
        keyword(doc, Fields.VALIDITY, d.validity());
        String year = Integer.toString(d.publishDate().getYear());
        keyword(doc, Fields.YEAR, year);
        facet(doc, Fields.YEAR, year);
        String column = d.columnId() == null ? null : d.columnId().toString();
        keyword(doc, Fields.COLUMN, column);
        facet(doc, Fields.COLUMN, column);
        keyword(doc, Fields.KIND, d.kind());
        facet(doc, Fields.KIND, d.kind());
        doc.add(new NumericDocValuesField(Fields.DATE, d.publishDate().toEpochDay()));
        doc.add(new StoredField(Fields.DATE, d.publishDate().toEpochDay()));
        return doc;
    }

    /** A text field that ranks: its words and its own gram twins. */
    private static void ranked(Document doc, String field, String value) {
        words(doc, field, value);
        grams(doc, field, nullToEmpty(value));
    }

    /** A text field's words, stored for display and highlighting. */
    private static void words(Document doc, String field, String value) {
        doc.add(new Field(field, nullToEmpty(value), WORDS));
    }

    /** The bigram, trigram and 4-gram twins of a text, under a field name; a field given twice holds both values. */
    private static void grams(Document doc, String field, String value) {
        doc.add(new Field(Fields.grams(field), value, TextField.TYPE_NOT_STORED));
        doc.add(new Field(Fields.trigrams(field), value, TERMS));
        doc.add(new Field(Fields.quadgrams(field), value, TextField.TYPE_NOT_STORED));
    }

    private static void facet(Document doc, String field, String value) {
        if (value != null && !value.isBlank()) {
            doc.add(new SortedDocValuesField(field, new BytesRef(value)));
        }
    }

    private static void keyword(Document doc, String field, String value) {
        if (value != null && !value.isBlank()) {
            doc.add(new StringField(field, value, Field.Store.YES));
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
