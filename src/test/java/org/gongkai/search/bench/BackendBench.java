package org.gongkai.search.bench;

import org.gongkai.search.LuceneSearchIndex;
import org.gongkai.search.OpenSearchSearchIndex;
import org.gongkai.search.SearchDocument;
import org.gongkai.search.SearchHit;
import org.gongkai.search.SearchIndex;
import org.gongkai.search.SearchQuery;
import org.gongkai.search.SearchResults;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Lucene beside OpenSearch on the same synthetic corpus, in one run: bulk index rate (rebuild), query p50/p95 of the
 * fixed query set (highlights and facets included; Lucene's result cache off; timed interleaved), how soon a single publication is searchable, and whether both
 * find the same documents for every query. OpenSearch at GONGKAI_SEARCH_URL (default http://localhost:9200;
 * bench/opensearch.sh start). Usage: BackendBench [--docs N] [--runs R]
 */
public final class BackendBench {

    private BackendBench() {
    }

    public static void main(String[] args) throws Exception {
        int docs = arg(args, "--docs", 30_000);
        int runs = arg(args, "--runs", 5);
        String url = System.getenv().getOrDefault("GONGKAI_SEARCH_URL", "http://localhost:9200");
        System.out.printf(Locale.ROOT, "Search backends: %,d synthetic documents, %d queries x %d runs, %d cores; OpenSearch at %s%n",
                docs, SearchBench.CASES.size(), runs, Runtime.getRuntime().availableProcessors(), url);
        System.out.println("Machine load at start: " + SearchBench.uptime());
        Path tmp = Files.createTempDirectory("gongkai-backend-bench");
        List<String> rows = new ArrayList<>();
        List<List<long[]>> matches = new ArrayList<>();
        List<List<Long>> totals = new ArrayList<>();
        List<List<List<Long>>> pages = new ArrayList<>();
        try (LuceneSearchIndex lucene = new LuceneSearchIndex(tmp.resolve("index"));
             OpenSearchSearchIndex openSearch = OpenSearchSearchIndex.connect(url, System.getenv("GONGKAI_SEARCH_USER"),
                     System.getenv("GONGKAI_SEARCH_PASSWORD"), "gongkai-bench-" + UUID.randomUUID().toString().substring(0, 8))) {
            System.out.println("OpenSearch " + openSearch.engineVersion());
            try {
                lucene.cacheResults(0); // every timed search is computed, as OpenSearch's are
                List<SearchIndex> both = List.of(lucene, openSearch);
                double[] rate = new double[2];
                double[] bulkSeconds = new double[2];
                for (int b = 0; b < 2; b++) {
                    SearchIndex index = both.get(b);
                    long t0 = System.nanoTime();
                    long n = index.rebuild(SyntheticCorpus.documents(docs));
                    bulkSeconds[b] = (System.nanoTime() - t0) / 1e9;
                    rate[b] = n / bulkSeconds[b];
                    List<long[]> ids = new ArrayList<>();
                    List<Long> total = new ArrayList<>();
                    List<List<Long>> page = new ArrayList<>();
                    totals.add(total);
                    pages.add(page);
                    for (SearchBench.Case c : SearchBench.CASES) { // warm-up, the matches and the first page
                        SearchResults r = index.search(SearchQuery.of(c.typed()));
                        total.add(r.total());
                        page.add(r.hits().stream().map(SearchHit::documentId).toList());
                        ids.add(index instanceof LuceneSearchIndex l ? l.matchingIds(SearchQuery.of(c.typed()))
                                : ((OpenSearchSearchIndex) index).matchingIds(SearchQuery.of(c.typed())));
                    }
                    matches.add(ids);
                }
                // the query set timed interleaved (Lucene, then OpenSearch, per query and run), so that whatever
                // else the machine does weighs on both alike
                List<List<Double>> q = List.of(new ArrayList<>(), new ArrayList<>());
                for (int r = 0; r < runs; r++) {
                    for (SearchBench.Case c : SearchBench.CASES) {
                        for (int b = 0; b < 2; b++) {
                            long t = System.nanoTime();
                            both.get(b).search(SearchQuery.of(c.typed()));
                            q.get(b).add((System.nanoTime() - t) / 1e6);
                        }
                    }
                }
                for (int b = 0; b < 2; b++) {
                    double[] qs = q.get(b).stream().mapToDouble(Double::doubleValue).toArray();
                    double[] p = publication(both.get(b), docs);
                    rows.add(String.format(Locale.ROOT, "%-11s %,10.0f %8.1f %8.2f %8.2f %10.2f %10.2f",
                            b == 0 ? "Lucene" : "OpenSearch", rate[b], bulkSeconds[b],
                            SearchBench.percentile(qs, 50), SearchBench.percentile(qs, 95),
                            SearchBench.percentile(p, 50), SearchBench.percentile(p, 95)));
                }
            } finally {
                openSearch.drop();
            }
        } finally {
            try (var walk = Files.walk(tmp)) {
                walk.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
        System.out.println();
        System.out.printf(Locale.ROOT, "%-11s %10s %8s %8s %8s %10s %10s%n", "backend", "docs/s", "bulk s", "q p50", "q p95",
                "publ. p50", "publ. p95");
        rows.forEach(System.out::println);
        System.out.println("(query and publication latencies in ms; a publication: index() then a search that finds it)");
        System.out.println();
        System.out.printf(Locale.ROOT, "%-34s %10s %10s %10s %12s%n", "query (total found)", "Lucene", "OpenSearch", "same ids",
                "same page 1");
        for (int i = 0; i < SearchBench.CASES.size(); i++) {
            long[] a = matches.get(0).get(i).clone();
            long[] b = matches.get(1).get(i).clone();
            Arrays.sort(a);
            Arrays.sort(b);
            // OpenSearch lists at most max_result_window (10,000) ids in one request
            String same = b.length >= SearchQuery.MAX_DEPTH ? "(>10k)" : Arrays.equals(a, b) ? "yes" : "NO";
            List<Long> pa = pages.get(0).get(i);
            List<Long> pb = pages.get(1).get(i);
            String samePage = pa.equals(pb) ? "yes" : new java.util.HashSet<>(pa).equals(new java.util.HashSet<>(pb))
                    ? "same set" : "NO";
            System.out.printf(Locale.ROOT, "%-34s %,10d %,10d %10s %12s%n", SearchBench.CASES.get(i).typed(),
                    totals.get(0).get(i), totals.get(1).get(i), same, samePage);
        }
        System.out.println("Machine load at end: " + SearchBench.uptime());
    }

    private static double[] publication(SearchIndex index, int docs) {
        List<Double> ms = new ArrayList<>();
        for (int k = 1; k <= 20; k++) {
            SearchDocument d = SyntheticCorpus.document(docs + k);
            SearchDocument marked = new SearchDocument(d.documentId(), d.editionId(), d.title() + " benchnew" + k,
                    d.documentNumber(), d.organisationId(), d.organisationPath(), d.opennessClass(), d.theme(),
                    d.validity(), d.publishDate(), d.body(), "", d.indexNumber(), d.columnId(), d.kind());
            long t = System.nanoTime();
            index.index(marked);
            if (index.search(SearchQuery.of("benchnew" + k)).total() != 1) {
                throw new IllegalStateException("a written document was not found alone at once");
            }
            ms.add((System.nanoTime() - t) / 1e6);
        }
        return ms.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static int arg(String[] args, String name, int def) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1].replace("_", "").replace(",", ""));
            }
        }
        return def;
    }
}
