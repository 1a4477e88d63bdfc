package org.gongkai.consultation;

import org.springframework.stereotype.Service;

/** What the portal's site frame asks of consultations: whether the site has any published one to link to. */
@Service
public class PublicConsultations {

    private final ConsultationStore store;

    PublicConsultations(ConsultationStore store) {
        this.store = store;
    }

    public boolean anyAt(long organisationId) {
        return store.anyPublished(organisationId);
    }
}
