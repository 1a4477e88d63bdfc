package org.gongkai.search;

import org.opensearch.client.json.JsonData;
import org.opensearch.client.opensearch._types.mapping.DynamicMapping;
import org.opensearch.client.opensearch._types.mapping.IndexOptions;
import org.opensearch.client.opensearch._types.mapping.Property;
import org.opensearch.client.opensearch._types.mapping.TypeMapping;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a published document becomes an OpenSearch document, and the mapping of the index (ADR 0027). The engine does
 * no Chinese analysis: each text field arrives as the tokens {@link ChineseAnalysis} makes of it for the Lucene index,
 * joined by spaces, into a field analysed by the built-in {@code whitespace} analyzer, so both backends hold the
 * same terms at the same positions. Words ({@link Fields#TITLE} …) keep frequencies only, as in Lucene; the bigram
 * twins ({@code *_grams}) keep positions for phrases, the trigram twins frequencies, the 4-gram twins positions. The texts to show live in {@code shown.*} (kept in
 * {@code _source}, not indexed); the token fields are left out of {@code _source}.
 */
final class OpenSearchDocuments {

    /** The shape of the mapping; an index of another shape is replaced by an empty one, which the repair refills. */
    static final String SCHEMA = "3";
    static final String SCHEMA_KEY = "gongkai_schema";
    static final String SHOWN = "shown";
    static final String WHITESPACE = "whitespace";
    private static final String[] KEYWORDS = {Fields.ID, Fields.NUMBER_EXACT, Fields.INDEX_NUMBER, Fields.ORG,
            Fields.ORG_PATH, Fields.OPENNESS, Fields.THEME, Fields.VALIDITY, Fields.YEAR, Fields.COLUMN, Fields.KIND};

    private OpenSearchDocuments() {
    }

    static TypeMapping mapping() {
        Map<String, Property> p = new LinkedHashMap<>();
        List<String> tokenFields = new ArrayList<>();
        for (String field : Fields.TEXT) {
            p.put(field, Property.of(b -> b.text(t -> t.analyzer(WHITESPACE).indexOptions(IndexOptions.Freqs))));
            tokenFields.add(field);
        }
        List<String> gramFields = new ArrayList<>(List.of(Fields.RANKED));
        gramFields.add(Fields.ALL);
        for (String field : gramFields) {
            p.put(Fields.grams(field), Property.of(b -> b.text(t -> t.analyzer(WHITESPACE)
                    .indexOptions(IndexOptions.Positions).positionIncrementGap(ChineseAnalysis.VALUE_GAP))));
            p.put(Fields.trigrams(field), Property.of(b -> b.text(t -> t.analyzer(WHITESPACE)
                    .indexOptions(IndexOptions.Freqs))));
            p.put(Fields.quadgrams(field), Property.of(b -> b.text(t -> t.analyzer(WHITESPACE)
                    .indexOptions(IndexOptions.Positions).positionIncrementGap(ChineseAnalysis.VALUE_GAP))));
            tokenFields.addAll(List.of(Fields.grams(field), Fields.trigrams(field), Fields.quadgrams(field)));
        }
        for (String field : KEYWORDS) {
            p.put(field, Property.of(b -> b.keyword(k -> k)));
        }
        p.put(Fields.DATE, Property.of(b -> b.date(d -> d.format("strict_date"))));
        p.put(Fields.EDITION, Property.of(b -> b.long_(l -> l.index(false))));
        p.put(SHOWN, Property.of(b -> b.object(o -> o.enabled(false))));
        return TypeMapping.of(m -> m.dynamic(DynamicMapping.Strict).properties(p)
                .source(s -> s.excludes(tokenFields))
                .meta(SCHEMA_KEY, JsonData.of(SCHEMA)));
    }

    static Map<String, Object> of(SearchDocument d) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put(Fields.ID, Long.toString(d.documentId()));
        doc.put(Fields.EDITION, d.editionId());
        Map<String, String> shown = new LinkedHashMap<>();
        text(doc, shown, Fields.TITLE, d.title(), ChineseAnalysis.tokens(nullToEmpty(d.title())));
        text(doc, shown, Fields.NUMBER, d.documentNumber(), ChineseAnalysis.tokens(nullToEmpty(d.documentNumber())));
        text(doc, shown, Fields.BODY, d.body(), ChineseAnalysis.characters(nullToEmpty(d.body())));
        text(doc, shown, Fields.ATTACHMENTS, d.attachmentText(),
                ChineseAnalysis.characters(nullToEmpty(d.attachmentText())));
        doc.put(SHOWN, shown);
        List<String> all = new ArrayList<>();
        for (String value : new String[] {d.title(), d.documentNumber(), d.body(), d.attachmentText()}) {
            all.add(nullToEmpty(value));
        }
        doc.put(Fields.grams(Fields.ALL), all.stream().map(v -> String.join(" ", ChineseAnalysis.bigrams(v))).toList());
        doc.put(Fields.trigrams(Fields.ALL), all.stream().map(v -> String.join(" ", ChineseAnalysis.trigrams(v))).toList());
        doc.put(Fields.quadgrams(Fields.ALL),
                all.stream().map(v -> String.join(" ", ChineseAnalysis.quadgrams(v))).toList());
        keyword(doc, Fields.NUMBER_EXACT, DocumentNumbers.normalise(d.documentNumber()));
        keyword(doc, Fields.INDEX_NUMBER, IndexNumbers.normalise(d.indexNumber()));
        doc.put(Fields.ORG, Long.toString(d.organisationId()));
        doc.put(Fields.ORG_PATH, d.organisationPath().stream().map(String::valueOf).toList());
        keyword(doc, Fields.OPENNESS, d.opennessClass());
        keyword(doc, Fields.THEME, d.theme() == null ? null : d.theme().strip());
        keyword(doc, Fields.VALIDITY, d.validity());
        keyword(doc, Fields.YEAR, Integer.toString(d.publishDate().getYear()));
        keyword(doc, Fields.COLUMN, d.columnId() == null ? null : d.columnId().toString());
        keyword(doc, Fields.KIND, d.kind());
        doc.put(Fields.DATE, d.publishDate().toString());
        return doc;
    }

    /** A text field: its words (as space-joined tokens), the text to show, and for title and 文号 their own grams. */
    private static void text(Map<String, Object> doc, Map<String, String> shown, String field, String value,
                             List<String> words) {
        String v = nullToEmpty(value);
        doc.put(field, String.join(" ", words));
        if (List.of(Fields.RANKED).contains(field)) {
            doc.put(Fields.grams(field), String.join(" ", ChineseAnalysis.bigrams(v)));
            doc.put(Fields.trigrams(field), String.join(" ", ChineseAnalysis.trigrams(v)));
            doc.put(Fields.quadgrams(field), String.join(" ", ChineseAnalysis.quadgrams(v)));
        }
        shown.put(field, v);
    }

    private static void keyword(Map<String, Object> doc, String field, String value) {
        if (value != null && !value.isBlank()) {
            doc.put(field, value);
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
