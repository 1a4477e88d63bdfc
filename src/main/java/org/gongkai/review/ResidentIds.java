package org.gongkai.review;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Set;

/**
 * Facts about resident identity numbers (GB 11643): the province part of the region prefix, the birth date and the
 * ISO 7064 MOD 11-2 check digit.
 */
final class ResidentIds {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";
    /** Province-level codes of GB/T 2260, plus 71 Taiwan, 81 Hong Kong, 82 Macau, 83 Taiwan residence permits. */
    static final Set<String> PROVINCES = Set.of("11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34",
            "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64",
            "65", "71", "81", "82", "83");

    private ResidentIds() {
    }

    static char checkDigit(CharSequence first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    /** 18 chars: 17 digits and a digit or X (either case). */
    static boolean isValid18(String id, LocalDate today) {
        if (id.length() != 18 || !PROVINCES.contains(id.substring(0, 2))) {
            return false;
        }
        if (!allDigits(id, 17) || !plausibleBirth(Integer.parseInt(id.substring(6, 10)), id.substring(10, 14), today)) {
            return false;
        }
        return Character.toUpperCase(id.charAt(17)) == checkDigit(id);
    }

    /** 18 chars with a real province prefix and a plausible birth date, whatever the check digit: an ID, perhaps mistyped. */
    static boolean isIdShaped18(String id, LocalDate today) {
        return id.length() == 18 && PROVINCES.contains(id.substring(0, 2)) && allDigits(id, 17)
                && plausibleBirth(Integer.parseInt(id.substring(6, 10)), id.substring(10, 14), today);
    }

    private static boolean allDigits(String s, int n) {
        for (int i = 0; i < n; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** 15 digits (before 1999): region, yyMMdd of a 19xx birth date, sequence. No check digit. */
    static boolean isPlausible15(String id, LocalDate today) {
        return id.length() == 15 && PROVINCES.contains(id.substring(0, 2))
                && plausibleBirth(1900 + Integer.parseInt(id.substring(6, 8)), id.substring(8, 12), today);
    }

    private static boolean plausibleBirth(int year, String monthDay, LocalDate today) {
        if (year < 1900 || year > today.getYear()) {
            return false;
        }
        try {
            LocalDate d = LocalDate.of(year, Integer.parseInt(monthDay.substring(0, 2)),
                    Integer.parseInt(monthDay.substring(2, 4)));
            return !d.isAfter(today);
        } catch (DateTimeException e) {
            return false;
        }
    }
}
