package org.gongkai.search;

import java.time.LocalDate;

/**
 * One result. {@code titleHtml} and {@code snippetHtml} are HTML: the document's text escaped, with {@code <mark>}
 * around the matches; everything else is plain text.
 */
public record SearchHit(long documentId, String title, String titleHtml, String documentNumber, long organisationId,
                        LocalDate publishDate, String snippetHtml, float score) {
}
