package org.gongkai.integrity.mirror;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * MinHash signatures: for each of {@link #HASHES} hash functions (the shingle hash mixed with a fixed seed, so
 * signatures are the same on every run and node), the smallest value over the shingles. The share of equal
 * positions in two signatures estimates the Jaccard similarity of the shingle sets.
 */
public final class MinHash {

    public static final int HASHES = 128;
    private static final long[] SEEDS = new SplittableRandom(0x6F6E67_6B6169L).longs(HASHES).toArray();

    private MinHash() {
    }

    public static long[] signature(long[] shingles) {
        long[] sig = new long[HASHES];
        Arrays.fill(sig, Long.MAX_VALUE);
        for (long s : shingles) {
            for (int i = 0; i < HASHES; i++) {
                long h = Shingles.mix(s ^ SEEDS[i]);
                if (h < sig[i]) {
                    sig[i] = h;
                }
            }
        }
        return sig;
    }

    public static double estimate(long[] a, long[] b) {
        int same = 0;
        for (int i = 0; i < HASHES; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return (double) same / HASHES;
    }
}
