package org.gongkai.search;

import java.time.LocalDate;
import java.util.List;

/**
 * What the index holds of one published document. {@code organisationPath} is the publishing organisation and every
 * organisation above it (the "with subordinates" filter matches any of them).
 */
public record SearchDocument(long documentId, long editionId, String title, String documentNumber,
                             long organisationId, List<Long> organisationPath, String opennessClass, String theme,
                             String validity, LocalDate publishDate, String body, String attachmentText) {
}
