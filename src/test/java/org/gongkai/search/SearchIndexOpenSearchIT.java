package org.gongkai.search;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search contract against a real OpenSearch at {@code GONGKAI_SEARCH_URL} (default {@code http://localhost:9200};
 * {@code bench/opensearch.sh start} gets one), each test in an alias of its own, and what only the OpenSearch index
 * does: follow a rebuild made by another process, replace an index of another shape. Runs in the {@code opensearch}
 * profile ({@code mvn verify -Popensearch}); with no engine answering it fails, it never skips.
 */
class SearchIndexOpenSearchIT extends SearchIndexContract {

    static String url() {
        String url = System.getenv("GONGKAI_SEARCH_URL");
        return url == null || url.isBlank() ? "http://localhost:9200" : url;
    }

    static OpenSearchSearchIndex connect(String alias) {
        return OpenSearchSearchIndex.connect(url(), System.getenv("GONGKAI_SEARCH_USER"),
                System.getenv("GONGKAI_SEARCH_PASSWORD"), alias);
    }

    static String freshAlias() {
        return "gongkai-test-" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
    }

    @BeforeAll
    static void anEngineAnswers() {
        try (OpenSearchSearchIndex probe = connect(freshAlias())) {
            String version = probe.engineVersion();
            assertThat(version).as("OpenSearch at " + url()).isNotBlank();
        } catch (RuntimeException e) {
            throw new AssertionError("no OpenSearch answers at " + url() + " (GONGKAI_SEARCH_URL): start one with "
                    + "bench/opensearch.sh start. This suite fails rather than skips.", e);
        }
    }

    @Override
    SearchIndex newIndex() {
        return connect(freshAlias());
    }

    @Override
    void dispose(SearchIndex index) {
        OpenSearchSearchIndex os = (OpenSearchSearchIndex) index;
        try {
            os.drop();
        } finally {
            os.close();
        }
    }

    @Test
    void anotherProcessesRebuildIsNoticedWithinASecondAndTheSwapListenerHearsIt() throws Exception {
        OpenSearchSearchIndex os = (OpenSearchSearchIndex) index;
        String before = os.name();
        AtomicInteger swaps = new AtomicInteger();
        os.onSwap(swaps::incrementAndGet);
        try (OpenSearchSearchIndex command = connect(os.alias())) {
            assertThat(command.name()).isEqualTo(before);
            command.rebuild(List.of(doc(9, "命令重建的学区通知", null, 10, List.of(1L, 10L), "RESULT", null, "VALID",
                    LocalDate.of(2026, 1, 1), "正文")).iterator());
            assertThat(ids("学区通知")).as("searches go to the alias: the new index at once").containsExactly(9L);
            Thread.sleep(1_100);
            assertThat(os.name()).isEqualTo(command.name()).isNotEqualTo(before);
            assertThat(swaps.get()).isEqualTo(1);
        }
    }

    @Test
    void anIndexOfAnotherShapeIsReplacedByAnEmptyOneUnderANewName() throws Exception {
        String alias = freshAlias();
        try (OpenSearchSearchIndex raw = connect(alias)) {
            // as an earlier version would have left it: no schema mark in the mapping
            raw.client().indices().create(c -> c.index(alias + "-old").aliases(alias, a -> a));
            try (OpenSearchSearchIndex upgraded = connect(alias)) {
                assertThat(upgraded.name()).doesNotEndWith(alias + "-old");
                assertThat(upgraded.count()).isZero();
                upgraded.index(doc(7, "学区划分方案", "教基〔2017〕3号", 10, List.of(1L, 10L), "DECISION", "教育", "VALID",
                        LocalDate.of(2026, 5, 2), "学区划分"));
                assertThat(upgraded.search(SearchQuery.of("学区划分")).hits()).extracting(SearchHit::documentId)
                        .containsExactly(7L);
            } finally {
                raw.drop();
            }
        }
    }
}
