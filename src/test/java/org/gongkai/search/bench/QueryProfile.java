package org.gongkai.search.bench;

import org.gongkai.search.LuceneSearchIndex;
import org.gongkai.search.SearchQuery;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Runs the bench's query set many times over a synthetic index, for a profiler (JFR) to look at the query path alone,
 * and prints each query's median: {@code java -XX:StartFlightRecording=filename=q.jfr … QueryProfile 30000 20 [dir]}.
 * Given a directory that already holds an index of that size, it reuses it (a million documents take minutes to
 * index), else it builds one there.
 */
public final class QueryProfile {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private QueryProfile() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 30_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Path dir = args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory("gongkai-query-profile");
        try (LuceneSearchIndex index = new LuceneSearchIndex(dir)) {
            if (index.count() != n) {
                long t0 = System.nanoTime();
                index.rebuild(SyntheticCorpus.documents(n));
                System.out.printf(Locale.ROOT, "indexed %,d docs in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);
            }
            index.cacheResults(0);
            int cases = SearchBench.CASES.size();
            double[][] ms = new double[cases][rounds];
            double[][] cpu = new double[cases][rounds];
            for (int round = 0; round < rounds; round++) {
                for (int i = 0; i < cases; i++) {
                    long c0 = threadsCpuNanos();
                    long t0 = System.nanoTime();
                    index.search(SearchQuery.of(SearchBench.CASES.get(i).typed()));
                    ms[i][round] = (System.nanoTime() - t0) / 1e6;
                    cpu[i][round] = (threadsCpuNanos() - c0) / 1e6;
                }
            }
            double[] all = Arrays.stream(ms).flatMapToDouble(r -> Arrays.stream(r, rounds / 2, rounds)).sorted().toArray();
            for (int i = 0; i < cases; i++) {
                double[] r = Arrays.copyOfRange(ms[i], rounds / 2, rounds);
                Arrays.sort(r);
                double[] c = Arrays.copyOfRange(cpu[i], rounds / 2, rounds);
                Arrays.sort(c);
                System.out.printf(Locale.ROOT, "%-36s median %7.1f ms  cpu %7.1f ms  hits %,d%n",
                        SearchBench.CASES.get(i).typed(), r[r.length / 2], c[c.length / 2], index.search(SearchQuery.of(SearchBench.CASES.get(i).typed())).total());
            }
            double[] allCpu = Arrays.stream(cpu).flatMapToDouble(r -> Arrays.stream(r, rounds / 2, rounds)).sorted()
                    .toArray();
            System.out.printf(Locale.ROOT, "second half of the rounds: p50 %.1f ms, p95 %.1f ms; CPU p50 %.1f ms, "
                    + "p95 %.1f ms (all Java threads, slices included; steadier than wall time on a busy machine)%n",
                    all[all.length / 2], all[(int) Math.ceil(all.length * 0.95) - 1], allCpu[allCpu.length / 2],
                    allCpu[(int) Math.ceil(allCpu.length * 0.95) - 1]);
        }
    }

    /** CPU time of every live Java thread (the caller and the slice workers), in nanoseconds. */
    private static long threadsCpuNanos() {
        long sum = 0;
        for (long id : THREADS.getAllThreadIds()) {
            long t = THREADS.getThreadCpuTime(id);
            if (t > 0) {
                sum += t;
            }
        }
        return sum;
    }
}
