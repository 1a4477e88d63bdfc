package org.gongkai.application;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Tracking numbers (GK-&lt;org code&gt;-&lt;yyyyMMdd&gt;-&lt;6 random&gt;) and query codes (12 random characters). */
final class Codes {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String TRACKING_ALPHABET = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    /** No 0/O, 1/I/L: read aloud over the phone and typed again. */
    private static final String CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private Codes() {
    }

    static String trackingNumber(String organisationCode, LocalDate receivedOn) {
        return "GK-" + organisationCode + "-" + DAY.format(receivedOn) + "-" + random(TRACKING_ALPHABET, 6);
    }

    /** A new query code as shown to the applicant: XXXX-XXXX-XXXX (about 59 bits). */
    static String queryCode() {
        String c = random(CODE_ALPHABET, 12);
        return c.substring(0, 4) + "-" + c.substring(4, 8) + "-" + c.substring(8);
    }

    /** The code as compared: upper case, without separators and spaces. */
    static String normaliseCode(String entered) {
        return entered == null ? "" : entered.toUpperCase().replaceAll("[^0-9A-Z]", "");
    }

    static String normaliseTracking(String entered) {
        return entered == null ? "" : entered.strip().toUpperCase();
    }

    private static String random(String alphabet, int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return sb.toString();
    }
}
