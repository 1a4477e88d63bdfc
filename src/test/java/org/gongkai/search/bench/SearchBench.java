package org.gongkai.search.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.gongkai.search.LuceneSearchIndex;
import org.gongkai.search.SearchDocument;
import org.gongkai.search.SearchQuery;
import org.postgresql.PGConnection;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * Search benchmark: a deterministic synthetic corpus of N documents (default 30,000), indexed in bulk into a Lucene
 * index in a temporary directory (docs/s), then a fixed query set timed on Lucene (p50/p95, highlighting and
 * five-openness counts included) and, in the same run, the same queries as LIKE '%…%' on an embedded PostgreSQL.
 * Usage: SearchBench [--docs N] [--runs R] [--pg-runs R] [--mixed-seconds S [--readers T] [--search-share P]]
 */
public final class SearchBench {

    /** The fixed query set: what a visitor types, and the LIKE terms the same search needs in SQL. */
    record Case(String typed, List<String> likeTerms, String likeNumber) {
    }

    static final List<Case> CASES = List.of(
            new Case("招生", List.of("招生"), null),
            new Case("义务教育 入学", List.of("义务教育", "入学"), null),
            new Case("校外培训 双减", List.of("校外培训", "双减"), null),
            new Case("\"课后服务\"", List.of("课后服务"), null),
            new Case("食品安全 校园安全 整改", List.of("食品安全", "校园安全", "整改"), null),
            new Case("随迁子女", List.of("随迁子女"), null),
            new Case("教师 交流轮岗", List.of("教师", "交流轮岗"), null),
            new Case("资助 减免 公示", List.of("资助", "减免", "公示"), null),
            new Case("政務公開", List.of("政務公開"), null),
            new Case("近视防控 心理健康", List.of("近视防控", "心理健康"), null),
            new Case("预算 决算", List.of("预算", "决算"), null),
            new Case("关于深化课程改革工作的意见", List.of("关于深化课程改革工作的意见"), null),
            new Case("职称评审", List.of("职称评审"), null),
            new Case("集团化办学 学区 划片", List.of("集团化办学", "学区", "划片"), null),
            new Case(SyntheticCorpus.documentNumber(4242), List.of(), SyntheticCorpus.documentNumber(4242)),
            new Case(restyle(SyntheticCorpus.documentNumber(777)), List.of(), restyle(SyntheticCorpus.documentNumber(777))));

    private SearchBench() {
    }

    /** The same 文号 typed with square brackets, as visitors do. */
    static String restyle(String number) {
        return number.replaceAll("[〔（(【\\[]", "[").replaceAll("[〕）)】\\]]", "]");
    }

    public static void main(String[] args) throws Exception {
        int docs = intArg(args, "--docs", 30_000);
        int runs = intArg(args, "--runs", 5);
        // a LIKE query scans every row: at a million documents a few repetitions say enough
        int pgRuns = intArg(args, "--pg-runs", docs >= 200_000 ? 1 : 3);
        int mixedSeconds = intArg(args, "--mixed-seconds", 0);
        int readers = intArg(args, "--readers", 100);
        double searchShare = Double.parseDouble(stringArg(args, "--search-share", "0.033"));
        System.out.printf(Locale.ROOT, "Search benchmark: %,d synthetic documents, %d queries (Lucene %d runs and PostgreSQL LIKE %d runs, each after one warm-up), %d cores%n",
                docs, CASES.size(), runs, pgRuns, Runtime.getRuntime().availableProcessors());
        System.out.println("Machine load at start: " + uptime());
        Path tmp = Files.createTempDirectory("gongkai-search-bench");
        Files.createDirectories(tmp.resolve("pg"));
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setDataDirectory(tmp.resolve("pg")).setCleanDataDirectory(true)
                .setLocaleConfig("encoding", "UTF8").setServerConfig("max_connections", "200").start()) {
            loadPostgres(pg, docs);
            double[] lucene;
            double[] publication;
            List<long[]> luceneIds = new ArrayList<>();
            List<long[]> likeIds = new ArrayList<>();
            double[] like;
            try (LuceneSearchIndex index = new LuceneSearchIndex(tmp.resolve("index"))) {
                long t0 = System.nanoTime();
                long n = index.rebuild(SyntheticCorpus.documents(docs));
                double s = (System.nanoTime() - t0) / 1e9;
                System.out.printf(Locale.ROOT, "Lucene bulk index (words + CJK bigrams, one commit, %d threads into one writer): %,d docs in %.1f s = %,.0f docs/s%n",
                        Runtime.getRuntime().availableProcessors(), n, s, n / s);
                System.out.printf(Locale.ROOT, "Lucene index size: %,d MB (%,.0f bytes/doc)%n", index.sizeOnDisk() >> 20,
                        (double) index.sizeOnDisk() / n);
                for (Case c : CASES) { // warm-up, and the matches for recall
                    index.search(SearchQuery.of(c.typed()));
                    luceneIds.add(index.matchingIds(SearchQuery.of(c.typed())));
                }
                index.cacheResults(0); // what a search costs, not what a repeated one costs
                lucene = timeLucene(index, runs);
                like = timePostgres(pg, pgRuns, likeIds);
                publication = timePublication(index, docs);
                memory("with the index open");
                if (mixedSeconds > 0) {
                    index.cacheResults(512); // as the application runs: repeated queries answered from the cache
                    System.out.println("Mixed load with the application's result cache (512 answers per index state)");
                    MixedLoad.run(index, pg.getPostgresDatabase(), docs, readers, mixedSeconds, searchShare);
                    memory("after the mixed load");
                }
            }
            System.out.println();
            System.out.printf(Locale.ROOT, "%-34s %10s %10s %10s%n", "query", "search", "LIKE", "recall");
            for (int i = 0; i < CASES.size(); i++) {
                long[] l = luceneIds.get(i);
                long[] k = likeIds.get(i);
                java.util.Set<Long> found = new java.util.HashSet<>();
                for (long id : l) {
                    found.add(id);
                }
                long both = java.util.Arrays.stream(k).filter(found::contains).count();
                System.out.printf(Locale.ROOT, "%-34s %,10d %,10d %10s%n", CASES.get(i).typed(), l.length, k.length,
                        k.length == 0 ? "n/a" : String.format(Locale.ROOT, "%.1f %%", 100.0 * both / k.length));
            }
            System.out.println();
            System.out.printf(Locale.ROOT, "%-50s %10s %10s%n", "latency per query (ms)", "p50", "p95");
            System.out.printf(Locale.ROOT, "%-50s %10.2f %10.2f%n", "Lucene (bigrams+words, highlights, 5 facets)",
                    percentile(lucene, 50), percentile(lucene, 95));
            System.out.printf(Locale.ROOT, "%-50s %10.2f %10.2f%n", "PostgreSQL LIKE '%…%' (top 20 + count)",
                    percentile(like, 50), percentile(like, 95));
            System.out.printf(Locale.ROOT, "%-50s %9.0fx %9.0fx%n", "search faster than LIKE by",
                    percentile(like, 50) / percentile(lucene, 50), percentile(like, 95) / percentile(lucene, 95));
            System.out.printf(Locale.ROOT, "%-50s %10.2f %10.2f%n", "publication searchable after (ms, index() + NRT)",
                    percentile(publication, 50), percentile(publication, 95));
            System.out.println("Machine load at end: " + uptime());
        } finally {
            delete(tmp);
        }
    }

    private static void memory(String when) {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        String rss = "?";
        try {
            rss = Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS"))
                    .map(l -> l.replaceAll("\\D+", "")).findFirst().map(kb -> (Long.parseLong(kb) >> 10) + " MB").orElse("?");
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        System.out.printf(Locale.ROOT, "Memory %s: heap used after GC %,d MB (max %,d MB), process RSS %s%n", when,
                (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20, rss);
    }

    static String uptime() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip() + " (load averages 1/5/15 min, runnable/total, last pid)";
        } catch (IOException e) {
            return "?";
        }
    }

    /** Like the LIKE queries, one warm-up run first (the JIT, the first reads of the index), printed, not counted. */
    private static double[] timeLucene(LuceneSearchIndex index, int runs) {
        List<Double> ms = new ArrayList<>();
        List<Double> cold = new ArrayList<>();
        for (int r = 0; r <= runs; r++) {
            for (Case c : CASES) {
                long t = System.nanoTime();
                index.search(SearchQuery.of(c.typed()));
                (r == 0 ? cold : ms).add((System.nanoTime() - t) / 1e6);
            }
        }
        double[] first = cold.stream().mapToDouble(Double::doubleValue).toArray();
        System.out.printf(Locale.ROOT, "Lucene warm-up run (cold: not counted below): p50 %.1f ms, p95 %.1f ms%n",
                percentile(first, 50), percentile(first, 95));
        return ms.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** One document written at a time into the full index, as publishing does, until a search finds it. */
    private static double[] timePublication(LuceneSearchIndex index, int docs) {
        List<Double> ms = new ArrayList<>();
        for (int k = 1; k <= 20; k++) {
            SearchDocument d = SyntheticCorpus.document(docs + k);
            SearchDocument marked = new SearchDocument(d.documentId(), d.editionId(), d.title() + " benchnew" + k,
                    d.documentNumber(), d.organisationId(), d.organisationPath(), d.opennessClass(), d.theme(),
                    d.validity(), d.publishDate(), d.body(), "", d.indexNumber(), d.columnId(), d.kind());
            long t = System.nanoTime();
            index.index(marked);
            long found = index.search(SearchQuery.of("benchnew" + k)).total();
            if (found != 1) {
                throw new IllegalStateException("a written document was not found alone at once: " + found);
            }
            ms.add((System.nanoTime() - t) / 1e6);
        }
        return ms.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static void loadPostgres(EmbeddedPostgres pg, int docs) throws IOException, SQLException {
        try (Connection c = pg.getPostgresDatabase().getConnection()) {
            try (Statement st = c.createStatement()) {
                st.execute("create table doc (id bigint primary key, title text, document_number text, body text,"
                        + " publish_date date)");
            }
            long t0 = System.nanoTime();
            load(c, docs);
            try (Statement st = c.createStatement()) {
                st.execute("analyze doc");
            }
            System.out.printf(Locale.ROOT, "PostgreSQL load (COPY): %,d docs in %.1f s%n", docs, (System.nanoTime() - t0) / 1e9);
        }
    }

    private static double[] timePostgres(EmbeddedPostgres pg, int runs, List<long[]> ids) throws SQLException {
        try (Connection c = pg.getPostgresDatabase().getConnection()) {
            for (Case k : CASES) {
                ids.add(likeIds(c, k));
            }
            List<Double> ms = new ArrayList<>();
            for (int r = 0; r <= runs; r++) { // run 0 warms the cache and is not counted
                for (Case k : CASES) {
                    long t = System.nanoTime();
                    int hits = like(c, k);
                    double took = (System.nanoTime() - t) / 1e6;
                    if (r == 0) {
                        System.out.printf(Locale.ROOT, "  LIKE %-29s %,8d hits%n", k.typed(), hits);
                    } else {
                        ms.add(took);
                    }
                }
            }
            return ms.stream().mapToDouble(Double::doubleValue).toArray();
        }
    }

    private static long[] likeIds(Connection c, Case k) throws SQLException {
        StringBuilder where = new StringBuilder();
        List<String> params = new ArrayList<>();
        where(k, where, params);
        try (PreparedStatement ps = c.prepareStatement("select id from doc where " + where)) {
            for (int i = 0; i < params.size(); i++) {
                ps.setString(i + 1, params.get(i));
            }
            List<Long> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
            return out.stream().mapToLong(Long::longValue).toArray();
        }
    }

    private static void where(Case k, StringBuilder where, List<String> params) {
        for (String term : k.likeTerms()) {
            where.append(where.isEmpty() ? "" : " and ").append("(title like ? or body like ?)");
            params.add("%" + term + "%");
            params.add("%" + term + "%");
        }
        if (k.likeNumber() != null) {
            where.append(where.isEmpty() ? "" : " and ").append("document_number like ?");
            params.add("%" + k.likeNumber() + "%");
        }
    }

    private static int like(Connection c, Case k) throws SQLException {
        StringBuilder where = new StringBuilder();
        List<String> params = new ArrayList<>();
        for (String term : k.likeTerms()) {
            where.append(where.isEmpty() ? "" : " and ").append("(title like ? or body like ?)");
            params.add("%" + term + "%");
            params.add("%" + term + "%");
        }
        if (k.likeNumber() != null) {
            where.append(where.isEmpty() ? "" : " and ").append("document_number like ?");
            params.add("%" + k.likeNumber() + "%");
        }
        String sql = "select id, title, count(*) over () as total from doc where " + where
                + " order by publish_date desc limit 20";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                ps.setString(i + 1, params.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt("total") : 0;
            }
        }
    }

    private static void load(Connection c, int docs) throws SQLException, IOException {
        var copy = c.unwrap(PGConnection.class).getCopyAPI();
        Iterator<SearchDocument> it = SyntheticCorpus.documents(docs);
        StringBuilder batch = new StringBuilder();
        int inBatch = 0;
        while (it.hasNext()) {
            SearchDocument d = it.next();
            batch.append(d.documentId()).append('\t').append(tsv(d.title())).append('\t')
                    .append(tsv(d.documentNumber())).append('\t').append(tsv(d.body())).append('\t')
                    .append(d.publishDate()).append('\n');
            if (++inBatch == 5000 || !it.hasNext()) {
                copy.copyIn("copy doc from stdin", new StringReader(batch.toString()));
                batch.setLength(0);
                inBatch = 0;
            }
        }
    }

    private static String tsv(String s) {
        return s.replace("\\", "\\\\").replace("\t", " ").replace("\n", " ");
    }

    static double percentile(double[] values, int p) {
        double[] v = values.clone();
        Arrays.sort(v);
        int i = (int) Math.ceil(p / 100.0 * v.length) - 1;
        return v[Math.max(0, Math.min(v.length - 1, i))];
    }

    private static String stringArg(String[] args, String name, String def) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return def;
    }

    private static int intArg(String[] args, String name, int def) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return def;
    }

    private static long size(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void delete(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
