package org.gongkai.search.bench;

import org.gongkai.search.LuceneSearchIndex;
import org.gongkai.search.SearchQuery;
import org.gongkai.search.SearchResults;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Mixed load: T reader threads for S seconds, without think time, each request either a search (with the given
 * probability: a query of the fixed set, page 1 to 3, sometimes with a five-openness filter, rendered to HTML with
 * its highlights and facets) or a document page (one row read from PostgreSQL by id and rendered to HTML). The
 * default share, 0.033, is the mix issue #13 measured against the app (109 searches/s beside 3,157 pages/s).
 * Prints requests/s and p50/p95/p99 per kind.
 */
final class MixedLoad {

    private static final String[] OPENNESS = {null, null, null, "DECISION", "RESULT"};

    private MixedLoad() {
    }

    static void run(LuceneSearchIndex index, DataSource db, int docs, int readers, int seconds, double searchShare) throws Exception {
        BlockingQueue<Connection> pool = new ArrayBlockingQueue<>(32);
        for (int i = 0; i < 32; i++) {
            pool.add(db.getConnection());
        }
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        List<Samples> searches = new ArrayList<>();
        List<Samples> pages = new ArrayList<>();
        AtomicLong bytes = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        System.out.printf(Locale.ROOT, "%nMixed load: %d readers for %d s, no think time, each request a search with probability %.3f, else a document page; load %s%n",
                readers, seconds, searchShare, SearchBench.uptime());
        long start = System.nanoTime();
        for (int t = 0; t < readers; t++) {
            SplittableRandom r = new SplittableRandom(t);
            Samples search = new Samples();
            Samples page = new Samples();
            Thread thread = new Thread(() -> {
                try {
                    while (System.nanoTime() < until) {
                        long t0 = System.nanoTime();
                        if (r.nextDouble() < searchShare) {
                            SearchBench.Case c = SearchBench.CASES.get(r.nextInt(SearchBench.CASES.size()));
                            SearchResults res = index.search(new SearchQuery(c.typed(), null, false,
                                    OPENNESS[r.nextInt(OPENNESS.length)], null, null, null, SearchQuery.Sort.RELEVANCE,
                                    1 + r.nextInt(3), 20));
                            bytes.addAndGet(render(res).length());
                            search.add((System.nanoTime() - t0) / 1e6);
                        } else {
                            bytes.addAndGet(page(pool, 1 + r.nextInt(docs)).length());
                            page.add((System.nanoTime() - t0) / 1e6);
                        }
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            }, "reader-" + t);
            threads.add(thread);
            searches.add(search); // read after the thread has ended
            pages.add(page);
            thread.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        double took = (System.nanoTime() - start) / 1e9;
        for (Connection c : pool) {
            c.close();
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException("a reader failed", failures.get(0));
        }
        print("search (highlights, facets, HTML)", merge(searches), took);
        print("document page (PostgreSQL row, HTML)", merge(pages), took);
        System.out.printf(Locale.ROOT, "  %,d MB of HTML rendered; load at end %s%n", bytes.get() >> 20, SearchBench.uptime());
    }

    private static double[] merge(List<Samples> all) {
        int n = 0;
        for (Samples s : all) {
            n += s.size;
        }
        double[] out = new double[n];
        int at = 0;
        for (Samples s : all) {
            System.arraycopy(s.values, 0, out, at, s.size);
            at += s.size;
        }
        return out;
    }

    private static void print(String kind, double[] ms, double seconds) {
        System.out.printf(Locale.ROOT, "  %-38s %,8d requests  %,8.0f req/s  p50 %7.1f  p95 %7.1f  p99 %7.1f ms%n",
                kind, ms.length, ms.length / seconds, SearchBench.percentile(ms, 50), SearchBench.percentile(ms, 95),
                SearchBench.percentile(ms, 99));
    }

    private static String render(SearchResults res) {
        StringBuilder html = new StringBuilder("<ol>");
        res.hits().forEach(h -> html.append("<li><a href=\"/d/").append(h.documentId()).append("\">")
                .append(h.titleHtml()).append("</a><p>").append(h.snippetHtml()).append("</p></li>"));
        html.append("</ol><ul>");
        res.facets().forEach((f, counts) -> counts.forEach(c -> html.append("<li>").append(f).append(' ')
                .append(escape(c.value())).append(" (").append(c.count()).append(")</li>")));
        return html.append("</ul>").toString();
    }

    private static String page(BlockingQueue<Connection> pool, long id) throws InterruptedException, SQLException {
        Connection c = pool.take();
        try (PreparedStatement ps = c.prepareStatement(
                "select title, document_number, body, publish_date from doc where id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("no document " + id);
                }
                return "<h1>" + escape(rs.getString(1)) + "</h1><p>" + escape(rs.getString(2)) + " "
                        + rs.getDate(4) + "</p><div>" + escape(rs.getString(3)) + "</div>";
            }
        } finally {
            pool.put(c);
        }
    }

    private static String escape(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** One thread's latencies, read after the thread ended. */
    private static final class Samples {
        double[] values = new double[1024];
        int size;

        void add(double v) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }
    }
}
