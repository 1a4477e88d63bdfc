package org.gongkai.enrollment;

/** A county's enrollment information for a year was published (inside the publishing transaction). */
public record EnrollmentPublished(long organisationId, long enrollmentYearId, int year) {
}
