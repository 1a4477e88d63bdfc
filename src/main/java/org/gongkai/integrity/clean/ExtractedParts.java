package org.gongkai.integrity.clean;

import java.time.LocalDate;
import java.util.List;

/** The parts of a document found in its cleaned lines. */
public record ExtractedParts(String title, String documentNumber, String issuer, LocalDate writtenDate,
                             LocalDate publishedDate, List<String> paragraphs) {
}
