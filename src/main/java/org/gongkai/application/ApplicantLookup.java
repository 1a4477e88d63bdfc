package org.gongkai.application;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Finds an application by tracking number and query code, for the applicant. An unknown number and a wrong code
 * give the same empty answer, after the same work (a hash comparison either way), so neither the answer nor its
 * timing tells which numbers exist.
 */
@Component
class ApplicantLookup {

    private final ApplicationStore store;
    private final PasswordEncoder encoder;
    private final String dummyHash;

    ApplicantLookup(ApplicationStore store, PasswordEncoder encoder) {
        this.store = store;
        this.encoder = encoder;
        this.dummyHash = encoder.encode("NO-SUCH-APPLICATION");
    }

    Optional<DisclosureApplication> find(String trackingNumber, String queryCode) {
        String code = Codes.normaliseCode(queryCode);
        String tracking = Codes.normaliseTracking(trackingNumber);
        Optional<DisclosureApplication> app = tracking.length() > 40 ? Optional.empty() : store.findByTrackingNumber(tracking);
        boolean matches = encoder.matches(code, app.map(DisclosureApplication::queryCodeHash).orElse(dummyHash));
        return app.isPresent() && matches && !code.isEmpty() ? app : Optional.empty();
    }
}
