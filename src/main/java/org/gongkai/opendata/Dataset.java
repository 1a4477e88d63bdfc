package org.gongkai.opendata;

import org.gongkai.catalog.OpennessClass;

import java.time.Instant;
import java.time.LocalDate;

/** A dataset with its metadata (od_dataset). */
record Dataset(long id, long organisationId, String title, String description, DatasetTheme theme, String keywords,
               String publisher, String contactEmail, String contactPhone, DataLicence licence,
               UpdateFrequency frequency, LocalDate temporalStart, LocalDate temporalEnd, String spatial,
               OpennessClass opennessClass, String legalBasis, DatasetStatus status, Instant publishedAt,
               Instant updatedAt, int version) {

    public java.util.List<String> keywordList() {
        if (keywords == null) {
            return java.util.List.of();
        }
        return java.util.Arrays.stream(keywords.split("[,，、;；\\s]+")).filter(s -> !s.isBlank()).toList();
    }
}
