package org.gongkai.consultation;

/** A consultation of the organisation became public: its site's navigation may now link to the consultations. */
public record ConsultationPublished(long organisationId, long consultationId) {
}
