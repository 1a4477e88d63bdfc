package org.gongkai.services;

import java.time.Instant;

/** One edition of a list item: what the item says, as drafted or as published (then never changed). */
public record PowerEdition(long id, long powerId, long organisationId, PowerList list, String code, int editionNo,
                           String name, String category, String legalBasis, String department, String conditions,
                           String changeNote, boolean abolished, boolean published, Instant updatedAt,
                           Instant publishedAt, int version) implements VersionedItems.Edition {
}
