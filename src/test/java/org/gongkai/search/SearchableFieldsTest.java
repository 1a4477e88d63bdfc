package org.gongkai.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.gongkai.document.DocumentContent;
import org.gongkai.document.DocumentField;
import org.gongkai.document.DocumentFields;
import org.gongkai.document.FieldSamples;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ADR 0021: every field the registry marks searchable reaches the Lucene document, and one it does not mark stays out
 * of the filters. Driven by {@link DocumentFields}, so a new searchable field fails here until search holds it.
 */
class SearchableFieldsTest {

    private static final DocumentContent BASELINE = DocumentContent.builder().title("基线标题").issuer("基线机构").build();

    @Test
    void everySearchableFieldReachesTheIndex() {
        for (DocumentField f : DocumentFields.searchable()) {
            Object value = FieldSamples.value(f);
            Document without = lucene(BASELINE);
            Document with = lucene(BASELINE.with(f, value));
            assertThat(holds(without, f)).as("the baseline does not already hold %s's sample", f).isFalse();
            assertThat(holds(with, f)).as("searchable field %s reaches the index", f).isTrue();
        }
    }

    @Test
    void aFieldNotMarkedSearchableIsNotAFilterOrFacet() {
        for (DocumentField f : DocumentFields.all()) {
            if (!f.searchable() && f.published()) {
                Document with = lucene(BASELINE.with(f, FieldSamples.value(f)));
                assertThat(holds(with, f)).as("%s is not searchable, so the index does not hold it", f).isFalse();
            }
        }
    }

    /** The same for the OpenSearch document (ADR 0027), which is built from the same {@link SearchDocument}. */
    @Test
    void theOpenSearchDocumentHoldsTheSameFields() {
        for (DocumentField f : DocumentFields.all()) {
            if (f.published()) {
                java.util.Map<String, Object> with = OpenSearchDocuments.of(
                        SearchDocuments.of(FieldSamples.published(BASELINE.with(f, FieldSamples.value(f))), List.of(2L), ""));
                assertThat(holds(with, f)).as("%s in the OpenSearch document", f)
                        .isEqualTo(holds(lucene(BASELINE.with(f, FieldSamples.value(f))), f));
            }
        }
    }

    private static boolean holds(Object value, DocumentField f) {
        if (value instanceof java.util.Map<?, ?> m) {
            return m.values().stream().anyMatch(v -> holds(v, f));
        }
        if (value instanceof java.util.Collection<?> c) {
            return c.stream().anyMatch(v -> holds(v, f));
        }
        Object sample = FieldSamples.value(f);
        String s = String.valueOf(value);
        return s.contains(FieldSamples.text(f)) || sample instanceof LocalDate d && s.equals(d.toString());
    }

    private static Document lucene(DocumentContent content) {
        return LuceneDocuments.of(SearchDocuments.of(FieldSamples.published(content), List.of(2L), ""));
    }

    /** Whether some field of the Lucene document holds the sample (a date also as its year or epoch day). */
    private static boolean holds(Document doc, DocumentField f) {
        String text = FieldSamples.text(f);
        Object value = FieldSamples.value(f);
        for (IndexableField field : doc.getFields()) {
            String s = field.stringValue();
            if (s != null && s.contains(text)) {
                return true;
            }
            if (value instanceof LocalDate d && field.numericValue() != null
                    && field.numericValue().longValue() == d.toEpochDay()) {
                return true;
            }
        }
        return false;
    }
}
