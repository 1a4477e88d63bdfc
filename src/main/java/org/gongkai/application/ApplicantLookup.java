package org.gongkai.application;

import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Finds an application by tracking number and query code, for the applicant. An unknown number and a wrong code
 * give the same empty answer, after the same work (a keyed hash either way), so neither the answer nor its timing
 * tells which numbers exist. A code still kept as a bcrypt hash is rewritten in the keyed form once it matches.
 */
@Component
class ApplicantLookup {

    private final ApplicationStore store;
    private final QueryCodeHashes hashes;

    ApplicantLookup(ApplicationStore store, QueryCodeHashes hashes) {
        this.store = store;
        this.hashes = hashes;
    }

    Optional<DisclosureApplication> find(String trackingNumber, String queryCode) {
        String code = Codes.normaliseCode(queryCode);
        String tracking = Codes.normaliseTracking(trackingNumber);
        Optional<DisclosureApplication> app = tracking.length() > 40 ? Optional.empty() : store.findByTrackingNumber(tracking);
        String stored = app.map(DisclosureApplication::queryCodeHash).orElse(null);
        QueryCodeHashes.Match match = hashes.matches(code, stored);
        if (match == QueryCodeHashes.Match.NO || app.isEmpty()) {
            return Optional.empty();
        }
        if (match == QueryCodeHashes.Match.YES_BUT_REHASH) {
            store.replaceCodeHash(app.get().id(), stored, hashes.hash(code));
        }
        return app;
    }
}
