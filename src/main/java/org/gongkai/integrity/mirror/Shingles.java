package org.gongkai.integrity.mirror;

import java.util.Arrays;

/** Character k-grams of a normalised text, hashed to 64 bits, sorted and without repeats. */
public final class Shingles {

    public static final int K = 5;

    private Shingles() {
    }

    public static long[] of(String normalised) {
        int[] cps = normalised.codePoints().toArray();
        if (cps.length == 0) {
            return new long[0];
        }
        int n = Math.max(1, cps.length - K + 1);
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            long h = 0xcbf29ce484222325L;
            for (int j = i; j < Math.min(cps.length, i + K); j++) {
                h ^= cps[j];
                h *= 0x100000001b3L;
            }
            out[i] = mix(h);
        }
        Arrays.sort(out);
        return Arrays.stream(out).distinct().toArray();
    }

    /** Size of the intersection of two sorted, distinct arrays. */
    public static int intersection(long[] a, long[] b) {
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                n++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return n;
    }

    /** SplitMix64 finaliser: spreads the bits of a hash. */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
