package org.gongkai.enrollment;

/** A county's zoning for a year became public (the portal shows the look-up in the county's site navigation). */
public record ZoningPublished(long organisationId, long zoningId, int year) {
}
