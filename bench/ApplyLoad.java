import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Mixed load against a Gongkai on loopback, bounded in time: {@code readers} threads fetch document pages,
 * {@code writers} threads submit public applications (form page for the CSRF token, then the POST). Prints the
 * submission latencies (POST only) as p50/p95/p99 and the reads done.
 *
 *   java bench/ApplyLoad.java http://127.0.0.1:18093 qingxi 20 100 5 label
 */
public class ApplyLoad {

    private static final java.util.concurrent.atomic.AtomicReference<String> FIRST_ERROR =
            new java.util.concurrent.atomic.AtomicReference<>();

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String org = args[1];
        long seconds = Long.parseLong(args[2]);
        int readers = Integer.parseInt(args[3]);
        int writers = Integer.parseInt(args[4]);
        String label = args.length > 5 ? args[5] : "";
        if (!URI.create(base).getHost().matches("127\\.\\d+\\.\\d+\\.\\d+|localhost|\\[::1\\]")) {
            throw new IllegalArgumentException("loopback only");
        }
        HttpClient shared = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        String sitemap = shared.send(HttpRequest.newBuilder(URI.create(base + "/sitemap.xml")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        List<String> pages = new ArrayList<>();
        Matcher m = Pattern.compile("(/documents/[0-9]+)").matcher(sitemap);
        while (m.find()) {
            pages.add(m.group(1));
        }
        if (pages.isEmpty()) {
            pages.add("/");
        }
        // warm-up, not measured: every page once (page cache, templates, JIT), and the form
        for (String p : pages) {
            shared.send(HttpRequest.newBuilder(URI.create(base + p)).timeout(Duration.ofSeconds(120)).build(),
                    HttpResponse.BodyHandlers.discarding());
        }
        shared.send(HttpRequest.newBuilder(URI.create(base + "/apply?org=" + org)).timeout(Duration.ofSeconds(120)).build(),
                HttpResponse.BodyHandlers.discarding());
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong reads = new AtomicLong();
        AtomicLong readErrors = new AtomicLong();
        AtomicLong writeErrors = new AtomicLong();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < readers; i++) {
            threads.add(started(() -> {
                while (System.nanoTime() < end) {
                    String p = pages.get(ThreadLocalRandom.current().nextInt(pages.size()));
                    try {
                        int status = shared.send(HttpRequest.newBuilder(URI.create(base + p))
                                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                        (status == 200 ? reads : readErrors).incrementAndGet();
                    } catch (Exception e) {
                        readErrors.incrementAndGet();
                        FIRST_ERROR.compareAndSet(null, "read: " + e);
                    }
                }
            }));
        }
        for (int i = 0; i < writers; i++) {
            int writer = i;
            threads.add(started(() -> {
                HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(5)).build();
                int n = 0;
                while (System.nanoTime() < end) {
                    try {
                        String form = client.send(HttpRequest.newBuilder(URI.create(base + "/apply?org=" + org))
                                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString()).body();
                        Matcher t = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(form);
                        if (!t.find()) {
                            t = Pattern.compile("value=\"([^\"]+)\"\\s+name=\"_csrf\"").matcher(form);
                            if (!t.find()) {
                                writeErrors.incrementAndGet();
                                FIRST_ERROR.compareAndSet(null, "form page without a CSRF token");
                                continue;
                            }
                        }
                        Map<String, String> fields = new LinkedHashMap<>();
                        fields.put("_csrf", t.group(1));
                        fields.put("org", org);
                        fields.put("applicantType", "NATURAL_PERSON");
                        fields.put("name", "压测申请人");
                        fields.put("idType", "RESIDENT_ID");
                        fields.put("idNumber", residentId(writer * 100_000 + n++));
                        fields.put("phone", "010-12345678");
                        fields.put("email", "bench@example.cn");
                        fields.put("description", "压力测试：请公开本年度招生计划（第" + n + "份）");
                        fields.put("delivery", "ELECTRONIC");
                        String body = fields.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                                .collect(Collectors.joining("&"));
                        long start = System.nanoTime();
                        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + "/apply"))
                                .timeout(Duration.ofSeconds(60))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                        long took = System.nanoTime() - start;
                        if (r.statusCode() == 200 && r.body().contains("id=\"tracking-number\"")) {
                            latencies.add(took);
                        } else {
                            writeErrors.incrementAndGet();
                            FIRST_ERROR.compareAndSet(null, "submission: HTTP " + r.statusCode());
                        }
                    } catch (Exception e) {
                        writeErrors.incrementAndGet();
                        FIRST_ERROR.compareAndSet(null, "submission: " + e);
                    }
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("%-8s submissions %4d  p50 %7.0f ms  p95 %7.0f ms  p99 %7.0f ms  over 500 ms %3d"
                        + "  | page reads %6d (%.0f/s)  errors: reads %d, submissions %d%n",
                label, sorted.size(), pct(sorted, 50), pct(sorted, 95), pct(sorted, 99),
                sorted.stream().filter(x -> x > 500_000_000L).count(), reads.get(), reads.get() / (double) seconds,
                readErrors.get(), writeErrors.get());
        if (FIRST_ERROR.get() != null) {
            System.out.println("         first error: " + FIRST_ERROR.get());
        }
    }

    private static Thread started(Runnable r) {
        Thread t = new Thread(r);
        t.start();
        return t;
    }

    private static double pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(i, sorted.size() - 1))) / 1e6;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** A resident ID number with a correct check digit. */
    private static String residentId(int seq) {
        String base = "110105" + "1980" + "0101" + "%03d".formatted(seq % 1000);
        int[] w = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (base.charAt(i) - '0') * w[i];
        }
        return base + "10X98765432".charAt(sum % 11);
    }
}
