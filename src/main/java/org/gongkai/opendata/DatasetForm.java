package org.gongkai.opendata;

/**
 * A dataset's metadata as typed (text, so a refused form shows what the person entered). {@code version} is the
 * version an edit was based on (empty when creating).
 */
public record DatasetForm(String title, String description, String theme, String keywords, String publisher,
                          String contactEmail, String contactPhone, String licence, String frequency,
                          String temporalStart, String temporalEnd, String spatial, String opennessClass,
                          String legalBasis, String version) {

    static DatasetForm blank(String publisher) {
        return new DatasetForm(null, null, DatasetTheme.EDUC.name(), null, publisher, null, null,
                DataLicence.CC_BY_4_0.name(), UpdateFrequency.ANNUAL.name(), null, null, null, null, null, null);
    }

    DatasetForm fromRequest(String requestedTitle, String requestedDescription) {
        return new DatasetForm(requestedTitle, requestedDescription, theme, keywords, publisher, contactEmail,
                contactPhone, licence, frequency, temporalStart, temporalEnd, spatial, opennessClass, legalBasis,
                version);
    }

    static DatasetForm of(Dataset d) {
        return new DatasetForm(d.title(), d.description(), d.theme().name(), d.keywords(), d.publisher(),
                d.contactEmail(), d.contactPhone(), d.licence().name(), d.frequency().name(),
                d.temporalStart() == null ? null : d.temporalStart().toString(),
                d.temporalEnd() == null ? null : d.temporalEnd().toString(), d.spatial(),
                d.opennessClass().name(), d.legalBasis(), String.valueOf(d.version()));
    }

    DatasetForm withVersion(int v) {
        return new DatasetForm(title, description, theme, keywords, publisher, contactEmail, contactPhone, licence,
                frequency, temporalStart, temporalEnd, spatial, opennessClass, legalBasis, String.valueOf(v));
    }
}
