package org.gongkai.review;

import java.time.LocalDate;
import java.util.List;

/** What the security administrator enters for a negative-list entry. */
public record NegativeListDraft(NegativeCategory category, String legalBasis, String description, List<String> terms,
                                LocalDate reviewDate) {
}
