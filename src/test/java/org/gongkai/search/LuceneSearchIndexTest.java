package org.gongkai.search;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What only the Lucene index does: generations in a directory, reopening, following another process's rebuild,
 * replacing an index of an earlier shape. What every backend answers is {@link SearchIndexContract}.
 */
class LuceneSearchIndexTest {

    @TempDir
    Path dir;
    LuceneSearchIndex index;

    @BeforeEach
    void open() {
        index = new LuceneSearchIndex(dir);
        index.index(doc(1, "关于推进政务公开工作的通知", "教基〔2017〕3号", 10, List.of(1L, 10L), "DECISION", "教育", "VALID",
                LocalDate.of(2017, 5, 2), "各地要认真做好政务公开和义务教育招生入学工作。"));
        index.index(doc(2, "關於做好學校招生錄取工作的意見", "教發〔2019〕12号", 11, List.of(1L, 10L, 11L), "EXECUTION", "招生",
                "EXPIRED", LocalDate.of(2019, 3, 8), "各校應當嚴格執行招生計劃，確保公平公正。"));
        index.index(doc(3, "学校食堂管理办法", "教基〔2017〕30号", 12, List.of(1L, 12L), "MANAGEMENT", "后勤", "VALID",
                LocalDate.of(2021, 9, 1), "学校食堂应当公开食品安全信息和收费标准。政务公开"));
        index.index(doc(4, "学生资助<script>alert(1)</script>公告", null, 12, List.of(1L, 12L), "RESULT", "资助", "VALID",
                LocalDate.of(2023, 1, 15), "资助名单公示期为五个工作日 <b>不得</b> 泄露个人信息。"));
    }

    @AfterEach
    void close() {
        index.close();
    }

    static SearchDocument doc(long id, String title, String number, long org, List<Long> path, String openness,
                              String theme, String validity, LocalDate date, String body) {
        return new SearchDocument(id, id * 10, title, number, org, path, openness, theme, validity, date, body, "");
    }

    private List<Long> ids(String text) {
        return index.search(SearchQuery.of(text)).hits().stream().map(SearchHit::documentId).toList();
    }

    @Test
    void documentNumbersAreNormalisedWhateverTheBrackets() {
        assertThat(DocumentNumbers.normalise("教基 （2017） 3")).isEqualTo("教基〔2017〕3号");
    }

    @Test
    void deleteAndReopenKeepTheIndexAndItsName() {
        String name = index.name();
        index.delete(2);
        index.close();
        index = new LuceneSearchIndex(dir);
        assertThat(index.name()).isEqualTo(name);
        assertThat(index.count()).isEqualTo(3);
        assertThat(ids("录取")).isEmpty();
    }

    @Test
    void aRebuiltGenerationIsTheOneOpenedNextTime() {
        index.rebuild(List.of(doc(9, "重建后的学区通知", null, 10, List.of(1L, 10L), "RESULT", null, "VALID",
                LocalDate.of(2026, 1, 1), "正文")).iterator());
        String rebuilt = index.name();
        index.close();
        index = new LuceneSearchIndex(dir);
        assertThat(ids("学区")).containsExactly(9L);
        assertThat(index.name()).isEqualTo(rebuilt);
        try (LuceneSearchIndex other = new LuceneSearchIndex(dir)) {
            assertThat(other.count()).isEqualTo(1);
        } catch (IllegalStateException expected) {
            // a second writer in the same JVM is refused by the lock: that is fine
        }
    }

    @Test
    void anotherProcessesRebuildIsFollowedOnceItLetsGo() {
        assertThat(ids("食堂")).containsExactly(3L);
        String before = index.name();
        java.util.concurrent.atomic.AtomicInteger swaps = new java.util.concurrent.atomic.AtomicInteger();
        index.onSwap(swaps::incrementAndGet);
        LuceneSearchIndex command = new LuceneSearchIndex(dir);
        command.rebuild(List.of(doc(9, "命令重建的学区通知", null, 10, List.of(1L, 10L), "RESULT", null, "VALID",
                LocalDate.of(2026, 1, 1), "正文")).iterator());
        index.followSwapsNow();
        assertThat(ids("食堂")).as("the command still holds the new index: the old one answers").containsExactly(3L);
        command.close();
        index.followSwapsNow();
        assertThat(ids("学区通知")).containsExactly(9L);
        assertThat(ids("食堂")).isEmpty();
        assertThat(index.name()).isNotEqualTo(before);
        assertThat(swaps.get()).isEqualTo(1);
    }

    /** An index written by the version before bigrams (no schema mark, 文号 without offsets) is replaced, not added to. */
    @Test
    void anIndexOfAnEarlierShapeIsStartedAfreshUnderANewName(@TempDir Path old) throws Exception {
        try (var d = org.apache.lucene.store.FSDirectory.open(old);
             var w = new org.apache.lucene.index.IndexWriter(d, new org.apache.lucene.index.IndexWriterConfig())) {
            var doc = new org.apache.lucene.document.Document();
            doc.add(new org.apache.lucene.document.TextField("number", "教基〔2017〕3号", org.apache.lucene.document.Field.Store.YES));
            w.addDocument(doc);
            w.setLiveCommitData(java.util.Map.of("gongkai.index.id", "old").entrySet());
            w.commit();
        }
        LuceneSearchIndex upgraded = new LuceneSearchIndex(old);
        try {
            assertThat(upgraded.name()).isNotEqualTo("lucene:old");
            upgraded.index(doc(7, "学区划分方案", "教基〔2017〕3号", 10, List.of(1L, 10L), "DECISION", "教育", "VALID",
                    LocalDate.of(2026, 5, 2), "学区划分"));
            assertThat(upgraded.search(SearchQuery.of("学区划分")).hits()).extracting(SearchHit::documentId).containsExactly(7L);
        } finally {
            upgraded.close();
        }
    }
}
