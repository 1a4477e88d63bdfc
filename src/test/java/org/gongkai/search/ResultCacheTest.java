package org.gongkai.search;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A repeated search is answered from the cache only while nothing in the index changed. */
class ResultCacheTest {

    @TempDir Path dir;
    LuceneSearchIndex index;

    @BeforeEach
    void open() {
        index = new LuceneSearchIndex(dir);
        index.index(doc(1, "学区划分方案"));
    }

    @AfterEach
    void close() {
        index.close();
    }

    static SearchDocument doc(long id, String title) {
        return new SearchDocument(id, id, title, null, 1, List.of(1L), "RESULT", null, "VALID",
                LocalDate.of(2026, 3, 1), "正文", "");
    }

    private List<Long> ids(String q) {
        return index.search(SearchQuery.of(q)).hits().stream().map(SearchHit::documentId).toList();
    }

    @Test
    void theSameQueryOnTheSameIndexIsTheSameAnswer() {
        SearchResults first = index.search(SearchQuery.of("学区"));
        assertThat(index.search(SearchQuery.of("学区"))).isSameAs(first);
        assertThat(index.search(SearchQuery.of("学区 "))).as("the same query once stripped").isSameAs(first);
        assertThat(index.search(new SearchQuery("学区", null, false, null, null, null, null, SearchQuery.Sort.DATE, 1, 20)))
                .as("another sort is another answer").isNotSameAs(first);
    }

    @Test
    void aPublicationOrAWithdrawalIsNeverAnsweredFromBeforeIt() {
        assertThat(ids("学区")).containsExactly(1L);
        index.index(doc(2, "学区调整通知"));
        assertThat(ids("学区")).containsExactlyInAnyOrder(1L, 2L);
        index.delete(1L);
        assertThat(ids("学区")).containsExactly(2L);
        index.index(doc(2, "招生通知"));
        assertThat(ids("学区")).isEmpty();
    }

    @Test
    void aRebuildIsNeverAnsweredFromTheIndexBeforeIt() {
        assertThat(ids("学区")).containsExactly(1L);
        index.rebuild(List.of(doc(3, "学区地图")).iterator());
        assertThat(ids("学区")).containsExactly(3L);
    }
}
