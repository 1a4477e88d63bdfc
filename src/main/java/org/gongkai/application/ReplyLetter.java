package org.gongkai.application;

import org.gongkai.identity.Organisation;
import org.springframework.stereotype.Component;

/**
 * The reply letter (告知书) of an answered application: who replies to whom about what, the outcome with its legal
 * basis, the reply's text and the applicant's remedies. Rendered as printable HTML by templates/application/letter.
 */
@Component
class ReplyLetter {

    /** What the letter template needs. */
    record Letter(DisclosureApplication app, Organisation org, ReplyOutcome outcome) {

        public String officeName() {
            return org.office() != null && org.office().name() != null ? org.office().name() : org.name();
        }
    }

    Letter letter(DisclosureApplication app, Organisation org) {
        if (app.outcome() == null) {
            throw new IllegalStateException("no reply yet");
        }
        return new Letter(app, org, app.outcome());
    }
}
