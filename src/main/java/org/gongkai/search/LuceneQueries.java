package org.gongkai.search;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns a {@link SearchQuery} into a Lucene query: every word must match (in the title, 文号, body or attachments),
 * every quoted phrase must match as a phrase; a query shaped like a 文号 may instead match the exact 文号, which is
 * boosted far above anything else. Filters do not score.
 */
final class LuceneQueries {

    private static final float EXACT_NUMBER_BOOST = 1000f;
    private final QueryBuilder builder = new QueryBuilder(ChineseAnalysis.analyzer());

    /** The scoring part only (what the highlighter looks for). */
    Query text(QueryText text) {
        if (text.isEmpty()) {
            return new MatchAllDocsQuery();
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        int clauses = 0;
        for (String token : ChineseAnalysis.tokens(text.words())) {
            all.add(anyField(token), Occur.MUST);
            clauses++;
        }
        for (String phrase : text.phrases()) {
            BooleanQuery.Builder fields = new BooleanQuery.Builder();
            boolean any = false;
            for (int i = 0; i < Fields.TEXT.length; i++) {
                Query q = builder.createPhraseQuery(Fields.TEXT[i], phrase);
                if (q != null) {
                    fields.add(new BoostQuery(q, Fields.BOOST[i]), Occur.SHOULD);
                    any = true;
                }
            }
            if (any) {
                all.add(fields.build(), Occur.MUST);
                clauses++;
            }
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

    private static Query anyField(String token) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (int i = 0; i < Fields.TEXT.length; i++) {
            b.add(new BoostQuery(new TermQuery(new Term(Fields.TEXT[i], token)), Fields.BOOST[i]), Occur.SHOULD);
        }
        return b.build();
    }

    /** The text query with the filters; {@code withOpenness} false leaves the five-openness filter out (for counts). */
    Query full(Query text, SearchQuery q, boolean withOpenness) {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(text, Occur.MUST);
        if (q.organisationId() != null) {
            String field = q.includeSubordinates() ? Fields.ORG_PATH : Fields.ORG;
            b.add(new TermQuery(new Term(field, q.organisationId().toString())), Occur.FILTER);
        }
        if (withOpenness && notBlank(q.opennessClass())) {
            b.add(new TermQuery(new Term(Fields.OPENNESS, q.opennessClass())), Occur.FILTER);
        }
        if (notBlank(q.theme())) {
            b.add(new TermQuery(new Term(Fields.THEME, q.theme().strip())), Occur.FILTER);
        }
        if (q.year() != null) {
            b.add(new TermQuery(new Term(Fields.YEAR, q.year().toString())), Occur.FILTER);
        }
        if (notBlank(q.validity())) {
            b.add(new TermQuery(new Term(Fields.VALIDITY, q.validity())), Occur.FILTER);
        }
        return b.build();
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
