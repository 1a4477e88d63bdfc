package org.gongkai.application;

import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.StaffUser;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

/**
 * Applications for the tests of other modules (the challenge module keeps records about them), made through the
 * module's own service: registered by staff as handed in on a given day.
 */
@Component
public class ApplicationFixtures {

    private final ReceiveApplication receive;
    private final OrganisationDirectory organisations;

    ApplicationFixtures(ReceiveApplication receive, OrganisationDirectory organisations) {
        this.receive = receive;
        this.organisations = organisations;
    }

    /** Registers an application handed in in person on {@code receivedOn}; answers its id. */
    public long registered(StaffUser officer, long organisationId, String name, String description, LocalDate receivedOn) {
        return receive.offline(officer, organisations.get(organisationId), ApplicationSamples.parts(name, description),
                Channel.IN_PERSON, receivedOn, null).id();
    }
}
