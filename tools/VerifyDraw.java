/*
 * Re-runs a Gongkai 双随机 draw (random inspection) from the published registers, outside the platform.
 *
 *   java VerifyDraw.java ENTITIES.csv INSPECTORS.csv RATIO_PERCENT INSPECTORS_PER_ENTITY "SEED VALUES"
 *
 * ENTITIES.csv and INSPECTORS.csv are the registers as downloaded from the plan's public page; compare the SHA-256
 * printed here with the one the page published before the draw. RATIO_PERCENT (e.g. 5 or 12.5) and
 * INSPECTORS_PER_ENTITY are on the plan's page; SEED VALUES are the public numbers named in advance, as their source
 * published them, sources separated by "/" (e.g. "03 09 18 26 34 41 / 12").
 *
 * The algorithm (ADR 0028; RFC 3797 with SHA-256):
 *  - key: for each source, its numbers sorted ascending, each followed by "."; each source followed by "/".
 *  - pool: the register's rows in file order. The i-th pick (i = 0, 1, ...) is
 *    SHA-256(UTF-8(key "\n" entitiesSha256 "\n" inspectorsSha256 "\n" label "\n" i)) read as an unsigned big-endian
 *    integer, modulo the number of candidates remaining; that candidate leaves the pool.
 *  - entities: label "entities", ceil(rows x ratio), at least 1, at most all rows.
 *  - inspectors of the n-th drawn entity (n from 1): label "inspectors/n", drawn from the whole inspector register.
 *
 * Output: the hashes, the key, then one line per drawn entity: position, code, name, inspectors' badge numbers.
 * Needs only a Java 17 (or later) runtime.
 */
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

public class VerifyDraw {

    public static void main(String[] args) throws Exception {
        if (args.length != 5) {
            System.err.println("usage: java VerifyDraw.java ENTITIES.csv INSPECTORS.csv RATIO_PERCENT INSPECTORS_PER_ENTITY \"SEED VALUES\"");
            System.exit(2);
        }
        byte[] entitiesFile = Files.readAllBytes(Path.of(args[0]));
        byte[] inspectorsFile = Files.readAllBytes(Path.of(args[1]));
        int ratioBp = new BigDecimal(args[2].trim()).movePointRight(2).intValueExact();
        int perEntity = Integer.parseInt(args[3].trim());
        String key = key(args[4]);
        String e = hex(sha256(entitiesFile));
        String i = hex(sha256(inspectorsFile));
        List<String[]> entities = rows(entitiesFile);
        List<String[]> inspectors = rows(inspectorsFile);

        int n = entities.size();
        int count = n == 0 ? 0 : (int) Math.min(n, Math.max(1, ((long) n * ratioBp + 9999) / 10000));
        System.out.println("entities sha256   " + e);
        System.out.println("inspectors sha256 " + i);
        System.out.println("key               " + key);
        List<Integer> picked = pick(key, e, i, "entities", n, count);
        for (int p = 0; p < picked.size(); p++) {
            String[] entity = entities.get(picked.get(p));
            List<String> badges = new ArrayList<>();
            for (int k : pick(key, e, i, "inspectors/" + (p + 1), inspectors.size(), perEntity)) {
                badges.add(inspectors.get(k)[0]);
            }
            System.out.println((p + 1) + "\t" + entity[0] + "\t" + entity[1] + "\t" + String.join(",", badges));
        }
    }

    static List<Integer> pick(String key, String e, String i, String label, int pool, int count) throws Exception {
        if (count > pool) {
            throw new IllegalArgumentException("cannot draw " + count + " from " + pool);
        }
        List<Integer> remaining = new ArrayList<>();
        for (int x = 0; x < pool; x++) {
            remaining.add(x);
        }
        List<Integer> out = new ArrayList<>();
        for (int x = 0; x < count; x++) {
            String input = key + "\n" + e + "\n" + i + "\n" + label + "\n" + x;
            BigInteger v = new BigInteger(1, sha256(input.getBytes(StandardCharsets.UTF_8)));
            out.add(remaining.remove(v.mod(BigInteger.valueOf(remaining.size())).intValue()));
        }
        return out;
    }

    static String key(String typed) {
        StringBuilder key = new StringBuilder();
        for (String source : typed.trim().split("/", -1)) {
            List<Long> numbers = new ArrayList<>();
            for (String part : source.trim().split("[\\s,，、;；]+")) {
                if (!part.matches("[0-9]{1,12}")) {
                    throw new IllegalArgumentException("not a number: \"" + part + "\"");
                }
                numbers.add(Long.parseLong(part));
            }
            numbers.sort(null);
            for (long number : numbers) {
                key.append(number).append('.');
            }
            key.append('/');
        }
        return key.toString();
    }

    /** The data rows of a register CSV (RFC 4180 quoting), without its header line. */
    static List<String[]> rows(byte[] file) throws IOException {
        String text = new String(file, StandardCharsets.UTF_8);
        List<String[]> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int x = 0; x < text.length(); x++) {
            char c = text.charAt(x);
            if (quoted) {
                if (c == '"' && x + 1 < text.length() && text.charAt(x + 1) == '"') {
                    field.append('"');
                    x++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                fields.add(field.toString());
                field.setLength(0);
                rows.add(fields.toArray(new String[0]));
                fields.clear();
            } else if (c != '\r') {
                field.append(c);
            }
        }
        if (field.length() > 0 || !fields.isEmpty()) {
            fields.add(field.toString());
            rows.add(fields.toArray(new String[0]));
        }
        return rows.isEmpty() ? rows : rows.subList(1, rows.size());
    }

    static byte[] sha256(byte[] data) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(data);
    }

    static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
