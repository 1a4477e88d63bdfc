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
 * phrase" whole) must occur in the single matching field {@link Fields#ALL}, which holds the grams of the title, 文号,
 * body and attachments: a chunk of Chinese characters only as its bigram, trigram or 4-gram term, or a phrase of
 * 4-grams ({@link HanGrams}); any other chunk as a phrase of CJK bigrams and words. So any run of two or more
 * characters of the document finds it, whatever the word segmenter made of either side, and a query of several chunks
 * is a conjunction of single-field clauses. The same chunk in the title's or the 文号's own grams, and the title's
 * segmenter words, only add to the score: title and 文号 matches rank far above the body. A chunk with a Chinese
 * character but no two adjacent ones (学, a学b) may also match by the words of one field (each field analysed its own
 * way, {@link ChineseAnalysis}), since a lone character is no bigram. A query shaped like a 文号 may instead match the
 * exact 文号, boosted above anything else. Filters do not score; without scores (the count pass) the ranking clauses
 * are not even looked at.
 */
final class LuceneQueries {

    private static final float EXACT_NUMBER_BOOST = 1000f;
    private static final float WORD_BOOST = 0.5f;
    private static final Pattern TWO_HAN = Pattern.compile("\\p{IsHan}{2}");
    private static final Pattern ONE_HAN = Pattern.compile("\\p{IsHan}");
    private final QueryBuilder builder = new QueryBuilder(ChineseAnalysis.analyzer());

    /** The text part of the query, without filters. */
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
            Query q = match(chunk);
            if (q != null) {
                all.add(q, Occur.MUST);
                clauses++;
                rank(all, chunk);
            }
        }
        for (String token : ChineseAnalysis.rankingWords(chunks)) {
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

    /** What a chunk must match: its grams in the matching field, or (no two adjacent Chinese characters) words. */
    private Query match(String chunk) {
        Query grams = grams(Fields.ALL, chunk);
        String folded = TextFolding.fold(chunk);
        boolean loneHan = ONE_HAN.matcher(folded).find() && !TWO_HAN.matcher(folded).find();
        if (grams != null && !loneHan) {
            return grams;
        }
        BooleanQuery.Builder either = new BooleanQuery.Builder();
        boolean any = false;
        if (grams != null) {
            either.add(grams, Occur.SHOULD);
            any = true;
        }
        for (int i = 0; i < Fields.TEXT.length; i++) {
            Query q = builder.createBooleanQuery(Fields.TEXT[i], chunk, Occur.MUST);
            if (q != null) {
                either.add(new BoostQuery(q, Fields.BOOST[i]), Occur.SHOULD);
                any = true;
            }
        }
        return any ? either.build() : null;
    }

    /** The chunk in the title's and the 文号's own grams, as optional clauses that raise their score. */
    private void rank(BooleanQuery.Builder all, String chunk) {
        for (int i = 0; i < Fields.RANKED.length; i++) {
            Query q = grams(Fields.RANKED[i], chunk);
            if (q != null) {
                all.add(new BoostQuery(q, Fields.RANK_BOOST[i]), Occur.SHOULD);
            }
        }
    }

    /**
     * The chunk in one field's grams: a run of three or more Chinese characters as one trigram or 4-gram term, or the
     * phrase of its 4-grams (ADR 0019); anything else as the phrase of its bigrams and words. Null when the chunk has
     * no such token.
     */
    private Query grams(String field, String chunk) {
        String folded = TextFolding.fold(chunk);
        int han = HanGrams.hanLength(folded);
        if (han == 3) {
            return new TermQuery(new Term(Fields.trigrams(field), folded));
        }
        if (han > 3) {
            PhraseQuery.Builder phrase = new PhraseQuery.Builder();
            for (String gram : HanGrams.quadgrams(folded)) {
                phrase.add(new Term(Fields.quadgrams(field), gram));
            }
            return phrase.build();
        }
        return builder.createPhraseQuery(Fields.grams(field), chunk);
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
