package org.gongkai.search;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lucene and OpenSearch, given the same random corpus, answer a few hundred searches the same: the same documents
 * with the same scores (both run Lucene's BM25 over the same pre-analysed terms, ADR 0027), the same totals and the
 * same facet counts. Order among equal scores is each engine's insertion order, so hits are compared by score, then id.
 */
class SearchBackendParityOpenSearchIT {

    @TempDir
    static Path dir;
    static LuceneSearchIndex lucene;
    static OpenSearchSearchIndex openSearch;
    static List<SearchDocument> docs = new ArrayList<>();

    @BeforeAll
    static void fill() {
        SearchIndexOpenSearchIT.anEngineAnswers();
        Random r = new Random(20261203);
        String[] openness = {"DECISION", "EXECUTION", "MANAGEMENT", "SERVICE", "RESULT"};
        for (int i = 1; i <= 300; i++) {
            long org = 10 + r.nextInt(6);
            String number = r.nextInt(3) == 0 ? "教基〔" + (2015 + r.nextInt(10)) + "〕" + (1 + r.nextInt(40)) + "号" : null;
            docs.add(new SearchDocument(i, i, SearchRecallPropertiesTest.text(r, 8 + r.nextInt(20)), number, org,
                    List.of(1L, org), openness[r.nextInt(openness.length)], r.nextBoolean() ? "教育" : "招生",
                    r.nextInt(4) == 0 ? "EXPIRED" : "VALID", LocalDate.of(2018, 1, 1).plusDays(r.nextInt(3000)),
                    SearchRecallPropertiesTest.text(r, 40 + r.nextInt(400)),
                    r.nextInt(5) == 0 ? SearchRecallPropertiesTest.text(r, 100) : "", null,
                    r.nextBoolean() ? (long) (100 + r.nextInt(4)) : null, r.nextBoolean() ? "NORMATIVE" : "OTHER"));
        }
        lucene = new LuceneSearchIndex(dir);
        lucene.rebuild(docs.iterator());
        openSearch = SearchIndexOpenSearchIT.connect(SearchIndexOpenSearchIT.freshAlias());
        openSearch.rebuild(docs.iterator());
    }

    @AfterAll
    static void close() {
        if (lucene != null) {
            lucene.close();
        }
        if (openSearch != null) {
            openSearch.drop();
            openSearch.close();
        }
    }

    @Test
    void bothBackendsAnswerTheSame() {
        Random r = new Random(14);
        List<SearchQuery> queries = new ArrayList<>();
        for (SearchDocument d : docs.subList(0, 60)) {
            String run = SearchRecallPropertiesTest.run(r, d.body());
            queries.add(SearchQuery.of(run));
            queries.add(SearchQuery.of(run.substring(0, 1)));
            queries.add(SearchQuery.of(SearchRecallPropertiesTest.run(r, d.title()) + " " + run.substring(0, 2)));
            queries.add(new SearchQuery(run.substring(0, 2), 1L, true, "RESULT", null, null, null, SearchQuery.Sort.RELEVANCE, 1, 20));
            queries.add(new SearchQuery(run.substring(0, 2), d.organisationId(), false, null, "教育", null, "VALID",
                    SearchQuery.Sort.DATE, 1, 10));
            if (d.documentNumber() != null) {
                queries.add(SearchQuery.of(d.documentNumber().replace('〔', '[').replace('〕', ']')));
            }
        }
        queries.add(SearchQuery.of(""));
        queries.add(new SearchQuery("", null, false, "DECISION", null, 2020, null, null, 2, 5, 101L, "NORMATIVE", null, null));
        for (SearchQuery q : queries) {
            SearchResults a = lucene.search(q);
            SearchResults b = openSearch.search(q);
            String what = "「" + q.text() + "」 " + q;
            assertThat(b.total()).as("total of " + what).isEqualTo(a.total());
            assertThat(b.opennessCounts()).as("openness counts of " + what).isEqualTo(a.opennessCounts());
            assertThat(b.facets()).as("facets of " + what).isEqualTo(a.facets());
            if (a.total() <= q.size()) { // a whole result list: the same documents, the same scores
                assertThat(scored(b)).as("hits of " + what).isEqualTo(scored(a));
            }
            // which of equally scored documents a page shows is each engine's order; the scores are the same
            assertThat(b.hits()).hasSameSizeAs(a.hits());
            for (int i = 0; i < a.hits().size(); i++) {
                assertThat(b.hits().get(i).score()).as("score %d of %s", i, what)
                        .isCloseTo(a.hits().get(i).score(), org.assertj.core.data.Percentage.withPercentage(0.001));
            }
            for (int i = 0; i < a.hits().size(); i++) {
                SearchHit x = a.hits().get(i);
                b.hits().stream().filter(y -> y.documentId() == x.documentId()).findFirst().ifPresent(y -> {
                    assertThat(y.titleHtml()).isEqualTo(x.titleHtml());
                    assertThat(y.snippetHtml()).isEqualTo(x.snippetHtml());
                    assertThat(y.documentNumber()).isEqualTo(x.documentNumber());
                    assertThat(y.publishDate()).isEqualTo(x.publishDate());
                });
            }
        }
        assertThat(openSearch.count()).isEqualTo(lucene.count()).isEqualTo(300);
    }

    /** Ids by score (to four significant digits: the engines' floats differ in the last bit), then id. */
    private static List<Long> scored(SearchResults r) {
        return r.hits().stream()
                .sorted(Comparator.comparing((SearchHit h) -> -new java.math.BigDecimal(h.score())
                        .round(new java.math.MathContext(4)).doubleValue()).thenComparing(SearchHit::documentId))
                .map(SearchHit::documentId).toList();
    }
}
