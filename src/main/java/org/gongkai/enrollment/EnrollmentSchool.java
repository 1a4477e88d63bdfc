package org.gongkai.enrollment;

/** A school admitting pupils in the year, with its places (招生计划数); its name is what the zoning's rules name. */
public record EnrollmentSchool(long id, long enrollmentYearId, String name, Stage stage, int places, String address,
                               String note) {
}
