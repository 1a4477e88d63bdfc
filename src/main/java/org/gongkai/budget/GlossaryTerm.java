package org.gongkai.budget;

import java.time.Instant;

/**
 * One entry of an organisation's budget glossary (名词解释, ADR 0051). {@code source} says whose wording it is:
 * {@code WRITTEN} by the organisation, or {@code CITED} from the published source named in {@code citation}; the
 * platform itself holds no official definitions.
 */
record GlossaryTerm(long id, long organisationId, String term, String definition, String source, String citation,
                    Instant updatedAt, int version) {

    static final String WRITTEN = "WRITTEN";
    static final String CITED = "CITED";

    public boolean cited() {
        return CITED.equals(source);
    }
}
