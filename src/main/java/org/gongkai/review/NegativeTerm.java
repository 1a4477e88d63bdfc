package org.gongkai.review;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A term of the negative list that signals information not to be disclosed: plain text, or a regular expression
 * written between slashes ({@code /…/}). Build with {@link #parse}.
 *
 * @param raw     as the security administrator wrote it
 * @param literal the plain term, normalised like screened text (null for a regex)
 * @param pattern the compiled regex (null for a plain term)
 * @param source  where it comes from, for the reviewer (e.g. the negative-list entry's id); may be null
 */
public record NegativeTerm(String raw, String literal, Pattern pattern, String source) {

    public static final int MAX_LENGTH = 200;

    public static boolean isRegex(String raw) {
        return raw != null && raw.length() > 2 && raw.startsWith("/") && raw.endsWith("/");
    }

    /** @throws IllegalArgumentException when the term is blank, too long or not a valid regex */
    public static NegativeTerm parse(String raw, String source) {
        String problem = problem(raw);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        String t = raw.strip();
        if (isRegex(t)) {
            return new NegativeTerm(t, null, Pattern.compile(t.substring(1, t.length() - 1)), source);
        }
        return new NegativeTerm(t, TextNormaliser.normalise(t), null, source);
    }

    /** Null when the term is usable, else a message key saying what is wrong. */
    public static String problem(String raw) {
        if (raw == null || raw.isBlank()) {
            return "review.term.blank";
        }
        String t = raw.strip();
        if (t.length() > MAX_LENGTH) {
            return "review.term.tooLong";
        }
        if (isRegex(t)) {
            try {
                Pattern p = Pattern.compile(t.substring(1, t.length() - 1));
                if (p.matcher("").matches()) {
                    return "review.term.matchesEmpty";
                }
            } catch (PatternSyntaxException e) {
                return "review.term.badRegex";
            }
        } else if (t.startsWith("/") && t.length() > 1) {
            return "review.term.unclosedRegex";
        }
        return null;
    }
}
