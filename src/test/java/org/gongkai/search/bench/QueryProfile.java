package org.gongkai.search.bench;

import org.gongkai.search.LuceneSearchIndex;
import org.gongkai.search.SearchQuery;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Runs the bench's query set many times over a synthetic index, for a profiler (JFR) to look at the query path alone:
 * {@code java -XX:StartFlightRecording=filename=q.jfr … org.gongkai.search.bench.QueryProfile 30000 20}.
 */
public final class QueryProfile {

    private QueryProfile() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 30_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Path dir = Files.createTempDirectory("gongkai-query-profile");
        try (LuceneSearchIndex index = new LuceneSearchIndex(dir)) {
            index.rebuild(SyntheticCorpus.documents(n));
            index.cacheResults(0);
            for (int round = 0; round < rounds; round++) {
                long t0 = System.nanoTime();
                for (SearchBench.Case c : SearchBench.CASES) {
                    index.search(SearchQuery.of(c.typed()));
                }
                System.out.printf(Locale.ROOT, "round %d: %.1f ms per query%n", round,
                        (System.nanoTime() - t0) / 1e6 / SearchBench.CASES.size());
            }
        }
    }
}
