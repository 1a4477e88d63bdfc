package org.gongkai.integrity;

import org.gongkai.integrity.mirror.MinHash;
import org.gongkai.integrity.mirror.MirrorText;
import org.gongkai.integrity.mirror.Shingles;
import org.gongkai.integrity.mirror.TextSimilarity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An in-memory index of published documents to recognise copies of: texts are normalised (Traditional →
 * Simplified, junk stripped, only Chinese characters and digits kept), cut into 5-character shingles and summarised
 * by 128-value MinHash signatures, which an LSH index of 64 bands × 2 rows turns into candidates; candidates are
 * then confirmed by exact Jaccard, containment and character-level similarity. For small indexes (≤ 5,000
 * documents) a copy with no LSH candidate is also compared with every document, so short excerpts are found.
 * Thread-safe.
 *
 * <p>Feed each document's text as a reader sees it: title, 文号, body, issuer and date, one paragraph per line
 * (see {@link CleanedDocument#canonicalText()}).
 */
public final class MirrorIndex {

    static final int BANDS = 64;
    static final int ROWS = MinHash.HASHES / BANDS;
    private static final int BRUTE_FORCE_LIMIT = 5_000;
    private static final int MIN_LENGTH = 10;
    private static final int MAX_RESULTS = 5;

    private record Entry(String id, String text, String normalised, long[] shingles, long[] signature) {
    }

    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final Map<Long, Set<String>> buckets = new HashMap<>();

    /** Adds or replaces a document. */
    public synchronized void add(String docId, String text) {
        remove(docId);
        String normalised = MirrorText.normalise(text);
        long[] shingles = Shingles.of(normalised);
        long[] signature = MinHash.signature(shingles);
        Entry e = new Entry(docId, text, normalised, shingles, signature);
        entries.put(docId, e);
        for (int band = 0; band < BANDS; band++) {
            buckets.computeIfAbsent(bandKey(signature, band), k -> new HashSet<>()).add(docId);
        }
    }

    public synchronized boolean remove(String docId) {
        Entry e = entries.remove(docId);
        if (e == null) {
            return false;
        }
        for (int band = 0; band < BANDS; band++) {
            long key = bandKey(e.signature(), band);
            Set<String> ids = buckets.get(key);
            if (ids != null) {
                ids.remove(docId);
                if (ids.isEmpty()) {
                    buckets.remove(key);
                }
            }
        }
        return true;
    }

    public synchronized int size() {
        return entries.size();
    }

    /** The text a document was added with. */
    public synchronized Optional<String> text(String docId) {
        return Optional.ofNullable(entries.get(docId)).map(Entry::text);
    }

    /** Published documents the text is a copy of, best first (at most five); empty when it matches none. */
    public synchronized List<MirrorMatch> match(String text) {
        String normalised = MirrorText.normalise(text);
        if (normalised.length() < MIN_LENGTH) {
            return List.of();
        }
        long[] shingles = Shingles.of(normalised);
        long[] signature = MinHash.signature(shingles);
        Set<String> candidates = new HashSet<>();
        for (int band = 0; band < BANDS; band++) {
            Set<String> ids = buckets.get(bandKey(signature, band));
            if (ids != null) {
                candidates.addAll(ids);
            }
        }
        if (candidates.isEmpty() && entries.size() <= BRUTE_FORCE_LIMIT) {
            candidates.addAll(entries.keySet());
        }
        List<MirrorMatch> matches = new ArrayList<>();
        for (String id : candidates) {
            MirrorMatch m = confirm(entries.get(id), normalised, shingles, signature);
            if (m.verdict() != MirrorVerdict.NOT_OURS) {
                matches.add(m);
            }
        }
        matches.sort(Comparator.comparing(MirrorMatch::verdict)
                .thenComparing(Comparator.comparingDouble(MirrorMatch::similarity).reversed())
                .thenComparing(Comparator.comparingDouble(MirrorMatch::jaccard).reversed()));
        return matches.size() > MAX_RESULTS ? List.copyOf(matches.subList(0, MAX_RESULTS)) : List.copyOf(matches);
    }

    private static MirrorMatch confirm(Entry e, String normalised, long[] shingles, long[] signature) {
        double estimated = MinHash.estimate(signature, e.signature());
        int common = Shingles.intersection(shingles, e.shingles());
        int union = shingles.length + e.shingles().length - common;
        double jaccard = union == 0 ? 0 : (double) common / union;
        double containment = shingles.length == 0 ? 0 : (double) common / shingles.length;
        double coverage = e.shingles().length == 0 ? 0 : (double) common / e.shingles().length;
        double similarity = 0;
        if (normalised.equals(e.normalised())) {
            similarity = 1;
        } else if (jaccard >= 0.3 || containment >= 0.5 || coverage >= 0.5) {
            similarity = TextSimilarity.of(normalised, e.normalised());
        }
        MirrorVerdict verdict;
        if (similarity >= 0.995) {
            verdict = MirrorVerdict.IDENTICAL;
        } else if (similarity >= 0.6 || jaccard >= 0.5
                || (containment >= 0.8 && normalised.length() >= 50)
                || (coverage >= 0.8 && e.normalised().length() >= 50)) {
            verdict = MirrorVerdict.ALTERED_COPY;
        } else {
            verdict = MirrorVerdict.NOT_OURS;
        }
        return new MirrorMatch(e.id(), round(estimated), round(jaccard), round(containment), round(coverage),
                round(similarity), verdict);
    }

    private static long bandKey(long[] signature, int band) {
        long h = band * 0x9E3779B97F4A7C15L;
        for (int r = 0; r < ROWS; r++) {
            h = Shingles.mix(h ^ signature[band * ROWS + r]);
        }
        return h;
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
