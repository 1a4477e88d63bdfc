package org.gongkai.syndication;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One entry of an outside feed (or an outside page) after the import cleaning: {@code key} is the SHA-256 of its
 * guid or address, {@code fingerprint} the SHA-256 of its cleaned text, {@code bodyHtml} the cleaned paragraphs as
 * escaped {@code <p>} elements, {@code removed} what the cleaning took out (for the trail).
 */
record OutsideEntry(String key, String url, String title, String documentNumber, String issuer, LocalDate date,
                    Instant publishedAt, String bodyHtml, String fingerprint, String removed) {
}
