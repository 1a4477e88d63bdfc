package org.gongkai.support;

import org.gongkai.identity.ApiTokens;
import org.gongkai.identity.NewOrganisation;
import org.gongkai.identity.Organisation;
import org.gongkai.identity.OrganisationKind;
import org.gongkai.identity.OrganisationRegistry;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffRegistry;
import org.gongkai.identity.StaffUser;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** Builds organisations and staff for tests, with unique codes and names, through the real services. */
@Component
public class Fixtures {

    public static final String PASSWORD = "Test-Passw0rd";
    private static final AtomicInteger SEQ = new AtomicInteger((int) (System.nanoTime() % 100_000));

    private final OrganisationRegistry organisations;
    private final StaffRegistry staff;
    private final UserDetailsService users;

    /** The token service of the running context, for {@link StaffFixtures#basic}, which is static. */
    private static volatile ApiTokens tokens;

    Fixtures(OrganisationRegistry organisations, StaffRegistry staff, UserDetailsService users, ApiTokens apiTokens) {
        this.organisations = organisations;
        this.staff = staff;
        this.users = users;
        tokens = apiTokens;
    }

    static ApiTokens tokens() {
        if (tokens == null) {
            throw new IllegalStateException("API tokens need the Spring context of an @IntegrationTest");
        }
        return tokens;
    }

    public long organisation(String name) {
        return organisation(name, null);
    }

    public long organisation(String name, Long parentId) {
        return organisation(name, parentId, OrganisationKind.COUNTY);
    }

    public long organisation(String name, Long parentId, OrganisationKind kind) {
        int n = SEQ.incrementAndGet();
        String code = "T%08d".formatted(n);
        return organisations.create(new NewOrganisation(parentId, code, name + n, kind,
                "t-" + n, n, null, null,
                new Organisation.DisclosureOffice(null, null, null, null, null, null, null),
                new Organisation.SiteIdentity(null, null, null)), null);
    }

    /** A staff member with the roles and {@link #PASSWORD}, who need not change it. */
    public StaffUser staff(long organisationId, Role... roles) {
        String username = "u" + SEQ.incrementAndGet();
        long id = staff.create(organisationId, username, "测试" + username, Set.of(roles), PASSWORD, false, null);
        return new StaffUser(id, username, "测试" + username, organisationId, Set.of(roles));
    }

    /** Signs the request in as the user (pages). */
    public RequestPostProcessor as(StaffUser u) {
        return user(users.loadUserByUsername(u.username()));
    }

    /** A Bearer token (write scope) of the user, for the API (ADR 0004; the name is from the HTTP Basic days). */
    public RequestPostProcessor basic(StaffUser u) {
        return StaffFixtures.bearer(u.id(), u.username(), u.organisationId());
    }
}
