package org.gongkai.identity;

import java.security.SecureRandom;

/**
 * At least 10 characters from at least three of: lower case, upper case, digits, other characters; not one of the
 * common passwords shipped with the build, and (when the account is known) not containing its user name.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordPolicy() {
    }

    /** The message key of what is wrong with the password, or null when it is acceptable. */
    public static String problem(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return "password.tooShort";
        }
        if (password.length() > MAX_LENGTH) {
            return "password.tooLong";
        }
        int classes = 0;
        classes += password.chars().anyMatch(Character::isLowerCase) ? 1 : 0;
        classes += password.chars().anyMatch(Character::isUpperCase) ? 1 : 0;
        classes += password.chars().anyMatch(Character::isDigit) ? 1 : 0;
        classes += password.chars().anyMatch(c -> !Character.isLowerCase(c) && !Character.isUpperCase(c) && !Character.isDigit(c)) ? 1 : 0;
        if (classes < 3) {
            return "password.tooSimple";
        }
        return CommonPasswords.contains(password) ? "password.common" : null;
    }

    /** As {@link #problem(String)}, and the password must not contain the user name (in any case). */
    public static String problem(String password, String username) {
        String problem = problem(password);
        if (problem == null && username != null && username.strip().length() >= 3
                && password.toLowerCase(java.util.Locale.ROOT).contains(username.strip().toLowerCase(java.util.Locale.ROOT))) {
            return "password.containsUsername";
        }
        return problem;
    }

    /** A random password that satisfies the policy, for first start and resets. */
    public static String generate() {
        String lower = "abcdefghijkmnpqrstuvwxyz", upper = "ABCDEFGHJKLMNPQRSTUVWXYZ", digits = "23456789", other = "-_.!@#";
        String all = lower + upper + digits + other;
        StringBuilder sb = new StringBuilder();
        sb.append(pick(lower)).append(pick(upper)).append(pick(digits)).append(pick(other));
        while (sb.length() < 16) {
            sb.append(pick(all));
        }
        return sb.toString();
    }

    private static char pick(String s) {
        return s.charAt(RANDOM.nextInt(s.length()));
    }
}
