package org.gongkai.support;

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

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** Builds organisations and staff for tests, with unique codes and names, through the real services. */
@Component
public class Fixtures {

    public static final String PASSWORD = "Test-Passw0rd";
    private static final AtomicInteger SEQ = new AtomicInteger((int) (System.nanoTime() % 100_000));

    private final OrganisationRegistry organisations;
    private final StaffRegistry staff;
    private final UserDetailsService users;

    Fixtures(OrganisationRegistry organisations, StaffRegistry staff, UserDetailsService users) {
        this.organisations = organisations;
        this.staff = staff;
        this.users = users;
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

    /** HTTP Basic credentials of the user (API). */
    public RequestPostProcessor basic(StaffUser u) {
        return httpBasic(u.username(), PASSWORD);
    }
}
