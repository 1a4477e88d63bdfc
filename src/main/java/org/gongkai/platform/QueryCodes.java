package org.gongkai.platform;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * Tracking numbers (&lt;PREFIX&gt;-&lt;yyyyMMdd&gt;-&lt;8 random&gt;) and query codes (12 random characters, about 59 bits)
 * of what the public sends in without an account, the codes kept as HMAC-SHA-256 under a named key (ADR 0018). A
 * module gives its own prefix and key: a code of one channel never opens another's.
 */
public class QueryCodes {

    private static final String PREFIX = "hmac-sha256:";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String TRACKING_ALPHABET = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    /** No 0/O, 1/I/L: read aloud over the phone and typed again. */
    private static final String CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    private final String trackingPrefix;
    private final KeyedHmac hmac;

    protected QueryCodes(SecretKeys keys, String trackingPrefix, String keyName, String purpose) {
        this.trackingPrefix = trackingPrefix;
        this.hmac = new KeyedHmac(keys, keyName, purpose);
    }

    public String trackingNumber(LocalDate receivedOn) {
        return trackingPrefix + "-" + DateTimeFormatter.BASIC_ISO_DATE.format(receivedOn) + "-"
                + random(TRACKING_ALPHABET, 8);
    }

    /** A new query code as shown to the sender: XXXX-XXXX-XXXX. */
    public static String queryCode() {
        String c = random(CODE_ALPHABET, 12);
        return c.substring(0, 4) + "-" + c.substring(4, 8) + "-" + c.substring(8);
    }

    public static String normaliseCode(String entered) {
        return entered == null ? "" : entered.toUpperCase().replaceAll("[^0-9A-Z]", "");
    }

    public static String normaliseTracking(String entered) {
        return entered == null ? "" : entered.strip().toUpperCase();
    }

    public String hash(String normalisedCode) {
        return PREFIX + HexFormat.of().formatHex(hmac.of(normalisedCode));
    }

    /** Compares in constant time; with no stored hash it does the same work and answers false. */
    public boolean matches(String normalisedCode, String stored) {
        byte[] computed = hmac.of(normalisedCode);
        if (stored == null || normalisedCode.isEmpty() || !stored.startsWith(PREFIX)) {
            return false;
        }
        try {
            return MessageDigest.isEqual(computed, HexFormat.of().parseHex(stored.substring(PREFIX.length())));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String random(String alphabet, int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return sb.toString();
    }
}
