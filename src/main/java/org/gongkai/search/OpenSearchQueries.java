package org.gongkai.search;

import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.query_dsl.BoolQuery;
import org.opensearch.client.opensearch._types.query_dsl.Query;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@link LuceneQueries} in OpenSearch's query language, clause for clause, on the pre-analysed fields of
 * {@link OpenSearchDocuments}: the query text goes through the same {@link ChineseAnalysis} as the Lucene query
 * parser would put it through, and the tokens are sent joined by spaces to fields the engine splits on spaces. So a
 * chunk is a {@code match_phrase} of its bigrams (a {@code term} when it is one token), the lone-character fallback a
 * {@code bool} of {@code term}s per field, the title words {@code should} clauses, the exact 文号 a boosted
 * {@code term}; boosts as in Lucene. Filters are {@code term} filters; the five-openness filter is kept apart (a
 * {@code post_filter}) so that its counts can be taken without it.
 */
final class OpenSearchQueries {

    private static final float EXACT_NUMBER_BOOST = 1000f;
    private static final float WORD_BOOST = 0.5f;
    private static final Pattern TWO_HAN = Pattern.compile("\\p{IsHan}{2}");
    private static final Pattern ONE_HAN = Pattern.compile("\\p{IsHan}");

    private OpenSearchQueries() {
    }

    /** The scoring part. */
    static Query text(QueryText text) {
        if (text.isEmpty()) {
            return matchAll();
        }
        List<String> chunks = new ArrayList<>();
        for (String w : text.words().split("\\s+")) {
            if (!w.isBlank()) {
                chunks.add(w);
            }
        }
        chunks.addAll(text.phrases());
        List<Query> must = new ArrayList<>();
        List<Query> should = new ArrayList<>();
        for (String chunk : chunks) {
            Query q = match(chunk);
            if (q != null) {
                must.add(q);
                rank(should, chunk);
            }
        }
        Query words = null;
        if (!must.isEmpty()) {
            for (String token : ChineseAnalysis.rankingWords(chunks)) {
                should.add(term(Fields.TITLE, token, WORD_BOOST * Fields.BOOST[0]));
            }
            words = Query.of(q -> q.bool(b -> b.must(must).should(should)));
        }
        if (text.documentNumber() == null) {
            return words == null ? matchAll() : words;
        }
        List<Query> either = new ArrayList<>();
        either.add(term(Fields.NUMBER_EXACT, text.documentNumber(), EXACT_NUMBER_BOOST));
        if (words != null) {
            either.add(words);
        }
        return Query.of(q -> q.bool(b -> b.should(either).minimumShouldMatch("1")));
    }

    /** As {@link LuceneQueries}: the chunk's grams in the matching field, or (lone characters) words. */
    private static Query match(String chunk) {
        Query grams = grams(Fields.ALL, chunk, 1f);
        String folded = TextFolding.fold(chunk);
        boolean loneHan = ONE_HAN.matcher(folded).find() && !TWO_HAN.matcher(folded).find();
        if (grams != null && !loneHan) {
            return grams;
        }
        List<Query> either = new ArrayList<>();
        if (grams != null) {
            either.add(grams);
        }
        for (int i = 0; i < Fields.TEXT.length; i++) {
            String field = Fields.TEXT[i];
            List<String> tokens = Fields.BODY.equals(field) || Fields.ATTACHMENTS.equals(field)
                    ? ChineseAnalysis.characters(chunk) : ChineseAnalysis.tokens(chunk);
            Query q = allOf(field, tokens, Fields.BOOST[i]);
            if (q != null) {
                either.add(q);
            }
        }
        return either.isEmpty() ? null : Query.of(q -> q.bool(b -> b.should(either)));
    }

    /** As {@link LuceneQueries}: the chunk in the title's and the 文号's own grams, optional. */
    private static void rank(List<Query> should, String chunk) {
        for (int i = 0; i < Fields.RANKED.length; i++) {
            Query q = grams(Fields.RANKED[i], chunk, Fields.RANK_BOOST[i]);
            if (q != null) {
                should.add(q);
            }
        }
    }

    /** As {@link LuceneQueries}: a trigram term, the phrase of the run's 4-grams, or the phrase of its bigrams. */
    private static Query grams(String field, String chunk, float boost) {
        String folded = TextFolding.fold(chunk);
        int han = HanGrams.hanLength(folded);
        if (han == 3) {
            return term(Fields.trigrams(field), folded, boost);
        }
        if (han > 3) {
            return phrase(Fields.quadgrams(field), HanGrams.quadgrams(folded), boost);
        }
        List<String> grams = ChineseAnalysis.bigrams(chunk);
        return grams.isEmpty() ? null : phrase(Fields.grams(field), grams, boost);
    }

    /** As Lucene's QueryBuilder makes a phrase: one token is a term query, several a phrase. */
    private static Query phrase(String field, List<String> tokens, float boost) {
        if (tokens.size() == 1) {
            return term(field, tokens.get(0), boost);
        }
        return Query.of(q -> q.matchPhrase(p -> p.field(field).query(String.join(" ", tokens)).boost(boost)));
    }

    /** As Lucene's QueryBuilder makes a boolean query of every token (MUST): a term, or a bool of terms. */
    private static Query allOf(String field, List<String> tokens, float boost) {
        if (tokens.isEmpty()) {
            return null;
        }
        if (tokens.size() == 1) {
            return term(field, tokens.get(0), boost);
        }
        List<Query> terms = tokens.stream().map(t -> term(field, t, 1f)).toList();
        return Query.of(q -> q.bool(b -> b.must(terms).boost(boost)));
    }

    /** The text query with the filters other than the five-openness one. */
    static Query full(Query text, SearchQuery q) {
        BoolQuery.Builder b = new BoolQuery.Builder().must(text);
        if (q.organisationId() != null) {
            filter(b, q.includeSubordinates() ? Fields.ORG_PATH : Fields.ORG, q.organisationId().toString());
        }
        if (notBlank(q.theme())) {
            filter(b, Fields.THEME, q.theme().strip());
        }
        if (q.year() != null) {
            filter(b, Fields.YEAR, q.year().toString());
        }
        if (notBlank(q.validity())) {
            filter(b, Fields.VALIDITY, q.validity());
        }
        if (q.columnId() != null) {
            filter(b, Fields.COLUMN, q.columnId().toString());
        }
        if (q.kind() != null) {
            filter(b, Fields.KIND, q.kind());
        }
        if (q.documentNumber() != null) {
            filter(b, Fields.NUMBER_EXACT, DocumentNumbers.normalise(q.documentNumber()));
        }
        if (q.indexNumber() != null) {
            filter(b, Fields.INDEX_NUMBER, IndexNumbers.normalise(q.indexNumber()));
        }
        return Query.of(x -> x.bool(b.build()));
    }

    /** The five-openness filter, or null when the query has none. */
    static Query openness(SearchQuery q) {
        return notBlank(q.opennessClass()) ? term(Fields.OPENNESS, q.opennessClass(), 1f) : null;
    }

    private static void filter(BoolQuery.Builder b, String field, String value) {
        b.filter(term(field, value, 1f));
    }

    private static Query term(String field, String value, float boost) {
        return Query.of(q -> q.term(t -> t.field(field).value(FieldValue.of(value)).boost(boost)));
    }

    private static Query matchAll() {
        return Query.of(q -> q.matchAll(m -> m));
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
