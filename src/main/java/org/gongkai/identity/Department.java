package org.gongkai.identity;

/** A department (科室) of an organisation; staff belong to zero or more of them. */
public record Department(long id, long organisationId, String name, int version) {
}
