package org.gongkai.search;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns a {@link SearchQuery} into a Lucene query. Each chunk of the text (a run between spaces, or a "quoted
 * phrase" whole) must occur in the title, 文号, body or attachments: a chunk of Chinese characters only as its
 * bigram, trigram or 4-gram term, or a phrase of 4-grams ({@link HanGrams}); any other chunk as a phrase of CJK bigrams
 * and words. So any run of two or more characters of the document finds it, whatever the word segmenter made of
 * either side. The segmenter's words
 * only add to the score, and title and 文号 matches are boosted far above the body. A chunk with a Chinese
 * character but no two adjacent ones (学, a学b) may also match by the words of one field (each field analysed its own
 * way, {@link ChineseAnalysis}), since a lone character is no bigram. A query shaped like a 文号 may
 * instead match the exact 文号, boosted above anything else. Filters do not score.
 */
final class LuceneQueries {

    private static final float EXACT_NUMBER_BOOST = 1000f;
    private static final float WORD_BOOST = 0.5f;
    private static final Pattern TWO_HAN = Pattern.compile("\\p{IsHan}{2}");
    private static final Pattern ONE_HAN = Pattern.compile("\\p{IsHan}");
    private final QueryBuilder builder = new QueryBuilder(ChineseAnalysis.analyzer());

    /** The scoring part only (what the highlighter looks for). */
    Query text(QueryText text) {
        if (text.isEmpty()) {
            return new MatchAllDocsQuery();
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        int clauses = 0;
        List<String> chunks = new ArrayList<>();
        for (String w : text.words().split("\\s+")) {
            if (!w.isBlank()) {
                chunks.add(w);
            }
        }
        chunks.addAll(text.phrases());
        for (String chunk : chunks) {
            Query q = chunk(chunk);
            if (q != null) {
                all.add(q, Occur.MUST);
                clauses++;
            }
        }
        for (String token : ChineseAnalysis.tokens(String.join(" ", chunks))) {
            // words rank within the title only: the body's bigram phrases already decide what matches, and
            // word clauses over the long fields cost more than they tell
            all.add(new BoostQuery(new TermQuery(new Term(Fields.TITLE, token)), WORD_BOOST * Fields.BOOST[0]),
                    Occur.SHOULD);
        }
        Query words = clauses == 0 ? null : all.build();
        if (text.documentNumber() == null) {
            return words == null ? new MatchAllDocsQuery() : words;
        }
        BooleanQuery.Builder either = new BooleanQuery.Builder().setMinimumNumberShouldMatch(1);
        either.add(new BoostQuery(new TermQuery(new Term(Fields.NUMBER_EXACT, text.documentNumber())),
                EXACT_NUMBER_BOOST), Occur.SHOULD);
        if (words != null) {
            either.add(words, Occur.SHOULD);
        }
        return either.build();
    }

    /** One chunk in any text field: its bigrams as a phrase, or (no two adjacent Chinese characters) its words. */
    private Query chunk(String chunk) {
        String folded = TextFolding.fold(chunk);
        int han = HanGrams.hanLength(folded);
        if (han >= 3) {
            return grams(folded, han);
        }
        BooleanQuery.Builder fields = new BooleanQuery.Builder();
        boolean any = false;
        for (int i = 0; i < Fields.TEXT.length; i++) {
            Query q = builder.createPhraseQuery(Fields.grams(Fields.TEXT[i]), chunk);
            if (q != null) {
                fields.add(new BoostQuery(q, Fields.BOOST[i]), Occur.SHOULD);
                any = true;
            }
        }
        if (!any || ONE_HAN.matcher(folded).find() && !TWO_HAN.matcher(folded).find()) {
            for (int i = 0; i < Fields.TEXT.length; i++) {
                Query q = builder.createBooleanQuery(Fields.TEXT[i], chunk, Occur.MUST);
                if (q != null) {
                    fields.add(new BoostQuery(q, Fields.BOOST[i]), Occur.SHOULD);
                    any = true;
                }
            }
        }
        return any ? fields.build() : null;
    }

    /**
     * A run of three or more Chinese characters in any text field: one trigram or 4-gram term, or the phrase of its
     * 4-grams (ADR 0019).
     */
    private static Query grams(String folded, int length) {
        BooleanQuery.Builder fields = new BooleanQuery.Builder();
        for (int i = 0; i < Fields.TEXT.length; i++) {
            Query q;
            if (length == 3) {
                q = new TermQuery(new Term(Fields.trigrams(Fields.TEXT[i]), folded));
            } else {
                PhraseQuery.Builder phrase = new PhraseQuery.Builder();
                for (String gram : HanGrams.quadgrams(folded)) {
                    phrase.add(new Term(Fields.quadgrams(Fields.TEXT[i]), gram));
                }
                q = phrase.build();
            }
            fields.add(new BoostQuery(q, Fields.BOOST[i]), Occur.SHOULD);
        }
        return fields.build();
    }

    /** The text query with the filters; {@code withOpenness} false leaves the five-openness filter out (for counts). */
    Query full(Query text, SearchQuery q, boolean withOpenness) {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(text, Occur.MUST);
        if (q.organisationId() != null) {
            String field = q.includeSubordinates() ? Fields.ORG_PATH : Fields.ORG;
            b.add(new TermQuery(new Term(field, q.organisationId().toString())), Occur.FILTER);
        }
        if (withOpenness && notBlank(q.opennessClass())) {
            filter(b, Fields.OPENNESS, q.opennessClass());
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
        return b.build();
    }

    private static void filter(BooleanQuery.Builder b, String field, String value) {
        b.add(new TermQuery(new Term(field, value)), Occur.FILTER);
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
