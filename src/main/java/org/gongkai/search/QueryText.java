package org.gongkai.search;

import org.gongkai.platform.web.InvalidInputException;

import java.util.ArrayList;
import java.util.List;

/**
 * The text of the search box, split into loose words and "quoted phrases" (ASCII or Chinese quotation marks), and
 * recognised as a 文号 when it is shaped like one. Nothing of Lucene's query syntax is exposed: a colon, a star or a
 * bracket is just text.
 */
record QueryText(String words, List<String> phrases, String documentNumber) {

    static QueryText parse(String raw) {
        String text = raw == null ? "" : raw.strip();
        if (text.codePointCount(0, text.length()) > SearchQuery.MAX_TEXT) {
            throw InvalidInputException.of("q", "search.error.tooLong");
        }
        if (text.chars().anyMatch(c -> c < 0x20 && c != '\t' || c == 0x7F)) {
            throw InvalidInputException.of("q", "search.error.malformed");
        }
        String unified = text.replace('“', '"').replace('”', '"').replace('「', '"').replace('」', '"')
                .replace('＂', '"');
        if (unified.chars().filter(c -> c == '"').count() % 2 != 0) {
            throw InvalidInputException.of("q", "search.error.unbalancedQuote");
        }
        List<String> phrases = new ArrayList<>();
        StringBuilder words = new StringBuilder();
        String[] parts = unified.split("\"", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i % 2 == 1) {
                if (!parts[i].isBlank()) {
                    phrases.add(parts[i].strip());
                }
            } else {
                words.append(' ').append(parts[i]);
            }
        }
        String number = DocumentNumbers.looksLikeOne(text) ? DocumentNumbers.normalise(text) : null;
        return new QueryText(words.toString().strip(), List.copyOf(phrases), number);
    }

    boolean isEmpty() {
        return words.isBlank() && phrases.isEmpty();
    }
}
