package org.gongkai.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An entry of an organisation's negative list. {@code description} and {@code terms} are never shown to the public. */
public record NegativeListEntry(long id, long organisationId, NegativeCategory category, String legalBasis,
                                String description, List<String> terms, LocalDate reviewDate,
                                Long createdBy, Instant createdAt, Long updatedBy, Instant updatedAt, int version) {

    /** True when the entry should have been reviewed by {@code today}. */
    public boolean reviewDue(LocalDate today) {
        return !reviewDate.isAfter(today);
    }

    /** The terms ready for {@link Screener#screen}; the source of each is this entry's id. */
    public List<NegativeTerm> negativeTerms() {
        return terms.stream().filter(t -> NegativeTerm.problem(t) == null)
                .map(t -> NegativeTerm.parse(t, "negative-list:" + id)).toList();
    }
}
