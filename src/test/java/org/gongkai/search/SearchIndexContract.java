package org.gongkai.search;

import org.gongkai.platform.web.InvalidInputException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every {@link SearchIndex} backend answers, whatever it is (ADR 0027): recall of any run of characters,
 * Traditional and Simplified alike, 文号 in any bracket style, filters (organisation with and without subordinates,
 * which is a site's scope), facets, highlighting, order, paging to the depth limit, rebuild beside the live index.
 * {@link LuceneSearchIndexContractTest} runs it in the normal suite, {@code SearchIndexOpenSearchIT} against a real
 * OpenSearch in the {@code opensearch} profile.
 */
abstract class SearchIndexContract {

    SearchIndex index;

    /** A new, empty index of the backend under test. */
    abstract SearchIndex newIndex();

    /** Lets go of an index made by {@link #newIndex()} and of what it holds. */
    abstract void dispose(SearchIndex index);

    @BeforeEach
    void fill() {
        index = newIndex();
        index.index(doc(1, "关于推进政务公开工作的通知", "教基〔2017〕3号", 10, List.of(1L, 10L), "DECISION", "教育", "VALID",
                LocalDate.of(2017, 5, 2), "各地要认真做好政务公开和义务教育招生入学工作。"));
        index.index(doc(2, "關於做好學校招生錄取工作的意見", "教發〔2019〕12号", 11, List.of(1L, 10L, 11L), "EXECUTION", "招生",
                "EXPIRED", LocalDate.of(2019, 3, 8), "各校應當嚴格執行招生計劃，確保公平公正。"));
        index.indexAll(List.of(doc(3, "学校食堂管理办法", "教基〔2017〕30号", 12, List.of(1L, 12L), "MANAGEMENT", "后勤", "VALID",
                        LocalDate.of(2021, 9, 1), "学校食堂应当公开食品安全信息和收费标准。政务公开"),
                doc(4, "学生资助<script>alert(1)</script>公告", null, 12, List.of(1L, 12L), "RESULT", "资助", "VALID",
                        LocalDate.of(2023, 1, 15), "资助名单公示期为五个工作日 <b>不得</b> 泄露个人信息。")));
    }

    @AfterEach
    void close() {
        if (index != null) {
            dispose(index);
        }
    }

    static SearchDocument doc(long id, String title, String number, long org, List<Long> path, String openness,
                              String theme, String validity, LocalDate date, String body) {
        return new SearchDocument(id, id * 10, title, number, org, path, openness, theme, validity, date, body, "");
    }

    List<Long> ids(SearchQuery q) {
        return index.search(q).hits().stream().map(SearchHit::documentId).toList();
    }

    List<Long> ids(String text) {
        return ids(SearchQuery.of(text));
    }

    static SearchQuery filtered(String text, Long org, boolean sub, String openness, String theme, Integer year,
                                String validity, SearchQuery.Sort sort) {
        return new SearchQuery(text, org, sub, openness, theme, year, validity, sort, 1, 20);
    }

    @Test
    void holdsWhatWasWrittenAndNamesItself() {
        assertThat(index.count()).isEqualTo(4);
        assertThat(index.name()).isNotBlank().isEqualTo(index.name());
    }

    @Test
    void traditionalQueryFindsSimplifiedDocumentAndTheOtherWayRound() {
        assertThat(ids("政務公開")).contains(1L, 3L);
        assertThat(ids("政务公开")).contains(1L, 3L);
        assertThat(ids("招生录取")).containsExactly(2L);
        assertThat(ids("招生錄取")).containsExactly(2L);
    }

    @Test
    void quotedPhraseMatchesOnlyTheWordsTogether() {
        assertThat(ids("食堂 公开")).containsExactly(3L);
        assertThat(ids("\"食品安全信息\"")).containsExactly(3L);
        assertThat(ids("\"安全食品信息\"")).isEmpty();
        assertThat(ids("“政务公开工作”")).containsExactly(1L);
    }

    @Test
    void documentNumberInAnyBracketStyleFindsItsDocumentFirst() {
        for (String typed : List.of("教基〔2017〕3号", "教基[2017]3号", "教基(2017)3号", "教基（2017）3号", "教基【2017】3号",
                "教基 [2017] 3号", "教基（2017）3")) {
            assertThat(ids(typed)).as(typed).first().isEqualTo(1L);
        }
        assertThat(ids("教基(2017)30号")).first().isEqualTo(3L);
        assertThat(ids("教發[2019]12號")).first().isEqualTo(2L);
    }

    @Test
    void aLoneCharacterFindsByWords() {
        assertThat(ids("资")).containsExactly(4L);
        assertThat(ids("堂")).containsExactly(3L);
    }

    @Test
    void filtersByOrganisationWithAndWithoutSubordinates() {
        assertThat(ids(filtered("", 10L, false, null, null, null, null, null))).containsExactly(1L);
        assertThat(ids(filtered("", 10L, true, null, null, null, null, null))).containsExactlyInAnyOrder(1L, 2L);
        assertThat(ids(filtered("", 1L, true, null, null, null, null, null))).hasSize(4);
        assertThat(ids(filtered("", 1L, false, null, null, null, null, null))).isEmpty();
        assertThat(ids(filtered("学校", 12L, true, null, null, null, null, null))).containsExactly(3L);
    }

    @Test
    void filtersByOpennessThemeYearAndValidity() {
        assertThat(ids(filtered("", null, false, "MANAGEMENT", null, null, null, null))).containsExactly(3L);
        assertThat(ids(filtered("", null, false, null, "招生", null, null, null))).containsExactly(2L);
        assertThat(ids(filtered("", null, false, null, null, 2017, null, null))).containsExactly(1L);
        assertThat(ids(filtered("", null, false, null, null, null, "EXPIRED", null))).containsExactly(2L);
        assertThat(ids(filtered("学校", null, false, null, null, 2021, "VALID", null))).containsExactly(3L);
        SearchResults r = index.search(filtered("学校", null, false, "RESULT", null, null, null, null));
        assertThat(r.opennessCounts()).containsEntry("MANAGEMENT", 1L).containsEntry("EXECUTION", 1L)
                .containsEntry("RESULT", 0L).hasSize(LuceneSearchIndex.OPENNESS.size());
        assertThat(r.total()).isZero();
    }

    @Test
    void sortsByDateNewestFirst() {
        assertThat(ids(filtered("公开", null, false, null, null, null, null, SearchQuery.Sort.DATE)))
                .containsExactly(3L, 1L);
        assertThat(ids(filtered("", null, false, null, null, null, null, SearchQuery.Sort.DATE)))
                .containsExactly(4L, 3L, 2L, 1L);
        assertThat(ids("")).as("no text: newest first").containsExactly(4L, 3L, 2L, 1L);
    }

    @Test
    void highlightsAreEscapedHtmlWithMarks() {
        SearchHit hit = index.search(SearchQuery.of("资助")).hits().get(0);
        assertThat(hit.documentId()).isEqualTo(4L);
        assertThat(hit.title()).isEqualTo("学生资助<script>alert(1)</script>公告");
        assertThat(hit.titleHtml()).doesNotContain("<script>").contains("&lt;script&gt;").contains("<mark>资助</mark>");
        assertThat(hit.snippetHtml()).doesNotContain("<b>").contains("&lt;b&gt;").contains("<mark>资助</mark>");
        assertThat(hit.documentNumber()).isNull();
        assertThat(hit.organisationId()).isEqualTo(12L);
        assertThat(hit.publishDate()).isEqualTo(LocalDate.of(2023, 1, 15));
        SearchHit traditional = index.search(SearchQuery.of("公平")).hits().get(0);
        assertThat(traditional.snippetHtml()).contains("<mark>公平</mark>");
        SearchHit simplifiedQuery = index.search(SearchQuery.of("录取")).hits().get(0);
        assertThat(simplifiedQuery.titleHtml()).contains("<mark>錄取</mark>");
        assertThat(simplifiedQuery.documentNumber()).isEqualTo("教發〔2019〕12号");
    }

    @Test
    void paginatesAndCountsToTheDepthLimit() {
        SearchResults first = index.search(new SearchQuery("", null, false, null, null, null, null, null, 1, 3));
        SearchResults second = index.search(new SearchQuery("", null, false, null, null, null, null, null, 2, 3));
        assertThat(first.total()).isEqualTo(4);
        assertThat(first.hits()).extracting(SearchHit::documentId).containsExactly(4L, 3L, 2L);
        assertThat(second.hits()).extracting(SearchHit::documentId).containsExactly(1L);
        assertThat(first.totalPages()).isEqualTo(2);
        SearchResults deepest = index.search(new SearchQuery("", null, false, null, null, null, null, null, 100_000, 20));
        assertThat(deepest.page()).isEqualTo(SearchQuery.MAX_DEPTH / 20);
        assertThat(deepest.hits()).isEmpty();
        assertThat(deepest.total()).isEqualTo(4);
    }

    @Test
    void overLongOrMalformedQueriesAreRefusedWithAMessageKey() {
        assertThatThrownBy(() -> index.search(SearchQuery.of("政".repeat(101))))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> index.search(SearchQuery.of("\"政务公开")))
                .isInstanceOf(InvalidInputException.class);
        assertThat(ids("title:* AND (foo")).isEmpty();
        assertThat(ids("{\"query\":{\"match_all\":{}}}")).isEmpty();
    }

    @Test
    void aDeletedDocumentIsGoneAndDeletingTwiceIsHarmless() {
        index.delete(2);
        index.delete(2);
        index.delete(999);
        assertThat(index.count()).isEqualTo(3);
        assertThat(ids("录取")).isEmpty();
    }

    @Test
    void indexingAgainReplacesTheDocument() {
        index.index(doc(3, "学校食堂收费办法", "教基〔2017〕30号", 12, List.of(1L, 12L), "MANAGEMENT", "后勤", "VALID",
                LocalDate.of(2021, 9, 1), "收费标准"));
        assertThat(index.count()).isEqualTo(4);
        assertThat(ids("管理办法")).isEmpty();
        assertThat(ids("收费办法")).containsExactly(3L);
    }

    @Test
    void anyRunOfTwoCharactersFindsTheDocumentAndTitleMatchesComeFirst() {
        index.index(new SearchDocument(5, 50, "清溪县2026年义务教育学校学区划分方案", "清教〔2026〕5号", 12, List.of(1L, 12L),
                "DECISION", "教育", "VALID", LocalDate.of(2026, 2, 1), "主题词：学区 划片 入学", "", "00001-2026-005",
                77L, "NORMATIVE"));
        index.index(new SearchDocument(6, 60, "关于学位的说明", null, 12, List.of(1L, 12L), "RESULT", "教育", "VALID",
                LocalDate.of(2026, 2, 2), "本说明涉及学区划分方案的执行，学区划分方案，学区划分方案。", ""));
        for (String typed : List.of("学区划分", "区划分方", "學區劃分", "2026年义务教育", "育学", "\"学区划分方案\"")) {
            assertThat(ids(typed)).as(typed).first().isEqualTo(5L);
        }
        assertThat(ids("学区划分")).containsExactly(5L, 6L);
        assertThat(ids("\"学区 划分\"")).as("a quoted phrase is exact").isEmpty();
        assertThat(ids("清教2026")).as("文号 text").first().isEqualTo(5L);
    }

    @Test
    void aRunBrokenByPunctuationOrLatinIsNotOneRun() {
        index.index(doc(7, "规划，划分说明", null, 12, List.of(1L, 12L), "RESULT", "教育", "VALID",
                LocalDate.of(2026, 2, 3), "集团化办，办学体制x改革试点；課後\n服务"));
        for (String typed : List.of("规划分", "集团化办学", "化办办学", "体制改革", "课后服务", "规划划分说明")) {
            assertThat(ids(typed)).as(typed).doesNotContain(7L);
        }
        for (String typed : List.of("规划", "划分说明", "集团化办", "办学体制", "改革试点", "課後", "\"办学体制x改革\"")) {
            assertThat(ids(typed)).as(typed).contains(7L);
        }
    }

    @Test
    void aPhraseDoesNotRunFromOneFieldIntoTheNext() {
        // all four texts share one matching field: the end of one and the start of the next are never adjacent
        index.index(new SearchDocument(8, 80, "校车安全方案", "ABC2026", 12, List.of(1L, 12L), "RESULT", null,
                "VALID", LocalDate.of(2026, 3, 1), "划分学区", "结果公示", null, null, null));
        for (String typed : List.of("方案ABC2026", "方案划", "ABC2026划分", "学区结果", "安全方案划分学区")) {
            assertThat(ids(typed)).as(typed).doesNotContain(8L);
        }
        for (String typed : List.of("安全方案", "ABC2026", "划分学区", "结果公示", "方案 划分 公示")) {
            assertThat(ids(typed)).as(typed).contains(8L);
        }
    }

    @Test
    void attachmentTextIsSearchedBelowTheBody() {
        index.index(new SearchDocument(8, 80, "附件通知", null, 12, List.of(1L, 12L), "RESULT", null, "VALID",
                LocalDate.of(2026, 3, 1), "见附件", "附件中的校车安全管理细则全文", null, null, null));
        SearchHit hit = index.search(SearchQuery.of("校车安全")).hits().get(0);
        assertThat(hit.documentId()).isEqualTo(8L);
        assertThat(hit.snippetHtml()).contains("<mark>校车安全</mark>");
    }

    @Test
    void facetsCountOrganisationColumnOpennessYearAndKind() {
        index.index(new SearchDocument(7, 70, "学校食堂收费标准", "教基〔2017〕31号", 12, List.of(1L, 12L), "RESULT", "后勤",
                "VALID", LocalDate.of(2021, 3, 1), "食堂", "", "IDX-7", 88L, "NORMATIVE"));
        SearchResults r = index.search(SearchQuery.of("学校"));
        assertThat(r.total()).isEqualTo(3);
        assertThat(r.facet(Fields.ORG)).containsExactly(new SearchResults.FacetCount("12", 2),
                new SearchResults.FacetCount("11", 1));
        assertThat(r.facet(Fields.YEAR)).containsExactly(new SearchResults.FacetCount("2021", 2),
                new SearchResults.FacetCount("2019", 1));
        assertThat(r.facet(Fields.COLUMN)).containsExactly(new SearchResults.FacetCount("88", 1));
        assertThat(r.facet(Fields.KIND)).containsExactly(new SearchResults.FacetCount("NORMATIVE", 1));
        SearchResults resultOnly = index.search(new SearchQuery("学校", null, false, "RESULT", null, null, null, null, 1, 20));
        assertThat(resultOnly.total()).isEqualTo(1);
        assertThat(resultOnly.hits()).extracting(SearchHit::documentId).containsExactly(7L);
        assertThat(resultOnly.opennessCounts()).containsEntry("MANAGEMENT", 1L).containsEntry("RESULT", 1L)
                .containsEntry("EXECUTION", 1L);
        assertThat(resultOnly.facet(Fields.OPENNESS)).as("every class, as without the filter").hasSize(3);
        assertThat(resultOnly.facet(Fields.YEAR)).containsExactly(new SearchResults.FacetCount("2021", 1));
        assertThat(resultOnly.facet(Fields.ORG)).containsExactly(new SearchResults.FacetCount("12", 1));
    }

    @Test
    void filtersByDocumentNumberIndexNumberColumnAndKind() {
        index.index(new SearchDocument(7, 70, "学校食堂收费标准", "教基〔2017〕31号", 12, List.of(1L, 12L), "RESULT", "后勤",
                "VALID", LocalDate.of(2021, 3, 1), "食堂", "", "IDX-7/2021", 88L, "NORMATIVE"));
        assertThat(ids(new SearchQuery("", null, false, null, null, null, null, null, 1, 20, null, null, "教基[2017]31号", null)))
                .containsExactly(7L);
        assertThat(ids(new SearchQuery("食堂", null, false, null, null, null, null, null, 1, 20, null, null, null, "idx-7/2021")))
                .containsExactly(7L);
        assertThat(ids(new SearchQuery("", null, false, null, null, null, null, null, 1, 20, 88L, "NORMATIVE", null, null)))
                .containsExactly(7L);
        assertThat(ids(new SearchQuery("", null, false, null, null, null, null, null, 1, 20, 89L, null, null, null))).isEmpty();
    }

    @Test
    void rebuildFillsAFreshIndexWhileTheOldOneAnswersThenSwaps() {
        String before = index.name();
        java.util.Iterator<SearchDocument> docs = List.of(doc(9, "重建后的学区通知", null, 10, List.of(1L, 10L), "RESULT",
                null, "VALID", LocalDate.of(2026, 1, 1), "正文")).iterator();
        java.util.Iterator<SearchDocument> watching = new java.util.Iterator<>() {
            @Override
            public boolean hasNext() {
                boolean more = docs.hasNext();
                if (more) {
                    assertThat(ids("食堂")).as("the live index answers during the rebuild").containsExactly(3L);
                }
                return more;
            }

            @Override
            public SearchDocument next() {
                return docs.next();
            }
        };
        assertThat(index.rebuild(watching)).isEqualTo(1);
        assertThat(index.name()).isNotEqualTo(before);
        assertThat(index.count()).isEqualTo(1);
        assertThat(ids("食堂")).isEmpty();
        assertThat(ids("学区")).containsExactly(9L);
        index.index(doc(10, "重建之后发布的通知", null, 10, List.of(1L, 10L), "RESULT", null, "VALID",
                LocalDate.of(2026, 1, 2), "正文"));
        assertThat(ids("之后发布")).containsExactly(10L);
    }

    /** Recall of issue #13, on this backend: any run of 2–8 characters finds its document on the first page. */
    @Test
    void everyRunOfTwoToEightCharactersFindsItsDocument() {
        for (int seed : new int[]{3075, 14, 2027}) {
            SearchRecallPropertiesTest.recallHolds(index, seed);
        }
    }
}
