package org.gongkai.services;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The published draw algorithm (ADR 0028; RFC 3797 with SHA-256). The seed is canonicalised RFC 3797's way: each
 * source's numbers sorted ascending, each followed by a dot, each source followed by a slash ({@code 3.9.18./12./}).
 * The i-th pick (i = 0, 1, …) from a pool of the remaining candidates, in register order, is
 * {@code SHA-256(key "\n" entitiesSha256 "\n" inspectorsSha256 "\n" label "\n" i)} (UTF-8) read as an unsigned
 * big-endian integer, modulo the number remaining; the chosen candidate leaves the pool. Entities are drawn with
 * the label {@code entities}, the inspectors of the n-th drawn entity from the whole inspector register with the
 * label {@code inspectors/n}. {@code tools/VerifyDraw.java} is the same algorithm outside the application.
 */
public final class DrawAlgorithm {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s,，、;；]+");
    static final int MAX_SOURCES = 10;
    static final int MAX_NUMBERS = 30;
    static final int MAX_TYPED = 500;

    private DrawAlgorithm() {
    }

    /** How many entities a ratio in basis points draws from a register of n: at least one, rounded up, at most n. */
    public static int sampleSize(int n, int ratioBp) {
        if (n <= 0) {
            return 0;
        }
        long size = ((long) n * ratioBp + 9999) / 10000;
        return (int) Math.min(n, Math.max(1, size));
    }

    /**
     * The canonical key of the seed values as typed ({@code "03 09 18 26 34 41 / 12"}); empty when they are not
     * one to ten groups of whole numbers separated by slashes, thirty numbers at most.
     */
    public static java.util.Optional<String> seedKey(String typed) {
        if (typed == null || typed.isBlank() || typed.length() > MAX_TYPED) {
            return java.util.Optional.empty();
        }
        String[] sources = typed.strip().split("/", -1);
        if (sources.length > MAX_SOURCES) {
            return java.util.Optional.empty();
        }
        StringBuilder key = new StringBuilder();
        int count = 0;
        for (String source : sources) {
            String s = source.strip();
            if (s.isEmpty()) {
                return java.util.Optional.empty();
            }
            List<Long> numbers = new ArrayList<>();
            for (String part : SEPARATORS.split(s)) {
                if (!part.matches("[0-9]{1,12}")) {
                    return java.util.Optional.empty();
                }
                numbers.add(Long.parseLong(part));
                count++;
            }
            numbers.sort(null);
            numbers.forEach(n -> key.append(n).append('.'));
            key.append('/');
        }
        return count > MAX_NUMBERS ? java.util.Optional.empty() : java.util.Optional.of(key.toString());
    }

    /** Positions (0-based, in pick order) of {@code count} candidates drawn without replacement from a pool. */
    public static List<Integer> pick(String key, String entitiesSha256, String inspectorsSha256, String label,
                                     int poolSize, int count) {
        if (count < 0 || count > poolSize) {
            throw new IllegalArgumentException(count + " from " + poolSize);
        }
        List<Integer> remaining = new ArrayList<>(poolSize);
        for (int i = 0; i < poolSize; i++) {
            remaining.add(i);
        }
        List<Integer> picked = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String input = key + "\n" + entitiesSha256 + "\n" + inspectorsSha256 + "\n" + label + "\n" + i;
            BigInteger value = new BigInteger(1, sha256(input.getBytes(StandardCharsets.UTF_8)));
            int k = value.mod(BigInteger.valueOf(remaining.size())).intValue();
            picked.add(remaining.remove(k));
        }
        return picked;
    }

    /** The whole draw: entities (register positions, in pick order) and for each the inspectors' positions. */
    public record Selection(List<Integer> entities, List<List<Integer>> inspectors) {
    }

    public static Selection draw(String key, String entitiesSha256, String inspectorsSha256, int entityCount,
                                 int inspectorCount, int ratioBp, int perEntity) {
        List<Integer> entities = pick(key, entitiesSha256, inspectorsSha256, "entities", entityCount,
                sampleSize(entityCount, ratioBp));
        List<List<Integer>> inspectors = new ArrayList<>();
        for (int n = 1; n <= entities.size(); n++) {
            inspectors.add(pick(key, entitiesSha256, inspectorsSha256, "inspectors/" + n, inspectorCount, perEntity));
        }
        return new Selection(entities, inspectors);
    }

    static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String hex(byte[] bytes) {
        return java.util.HexFormat.of().formatHex(bytes);
    }
}
