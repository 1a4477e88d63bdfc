package org.gongkai.opendata;

import org.gongkai.platform.KeyedHmac;
import org.gongkai.platform.SecretKeys;
import org.springframework.stereotype.Component;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * Tracking numbers of data requests (SJ-&lt;yyyyMMdd&gt;-&lt;8 random&gt;) and their query codes (12 random characters,
 * about 59 bits), kept as HMAC-SHA-256 under {@code <data dir>/keys/opendata-request-code.key} (ADR 0018).
 */
@Component
class DataRequestCodes {

    static final String KEY_NAME = "opendata-request-code";
    private static final String PREFIX = "hmac-sha256:";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String TRACKING_ALPHABET = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    /** No 0/O, 1/I/L: read aloud over the phone and typed again. */
    private static final String CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    private final KeyedHmac hmac;

    DataRequestCodes(SecretKeys keys) {
        this.hmac = new KeyedHmac(keys, KEY_NAME, "HMAC-SHA-256 of the query codes of data requests");
    }

    static String trackingNumber(LocalDate receivedOn) {
        return "SJ-" + DateTimeFormatter.BASIC_ISO_DATE.format(receivedOn) + "-" + random(TRACKING_ALPHABET, 8);
    }

    static String queryCode() {
        String c = random(CODE_ALPHABET, 12);
        return c.substring(0, 4) + "-" + c.substring(4, 8) + "-" + c.substring(8);
    }

    static String normaliseCode(String entered) {
        return entered == null ? "" : entered.toUpperCase().replaceAll("[^0-9A-Z]", "");
    }

    static String normaliseTracking(String entered) {
        return entered == null ? "" : entered.strip().toUpperCase();
    }

    String hash(String normalisedCode) {
        return PREFIX + HexFormat.of().formatHex(hmac.of(normalisedCode));
    }

    /** Compares in constant time; with no stored hash it does the same work and answers false. */
    boolean matches(String normalisedCode, String stored) {
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
