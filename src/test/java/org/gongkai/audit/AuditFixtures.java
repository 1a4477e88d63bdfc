package org.gongkai.audit;

import org.gongkai.identity.NewOrganisation;
import org.gongkai.identity.Organisation;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.OrganisationKind;
import org.gongkai.identity.OrganisationRegistry;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffRegistry;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.util.Set;

/** Organisations and staff with unique names, built through the identity module's public services. */
@Component
class AuditFixtures {

    static final String PASSWORD = "Audit-Pass-2025x";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private final OrganisationRegistry organisations;
    private final OrganisationDirectory directory;
    private final StaffRegistry staff;

    AuditFixtures(OrganisationRegistry organisations, OrganisationDirectory directory, StaffRegistry staff) {
        this.organisations = organisations;
        this.directory = directory;
        this.staff = staff;
    }

    static String unique(int length) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    long rootId() {
        return directory.root().map(Organisation::id).orElseThrow();
    }

    long organisation(Long parentId) {
        String code = "A" + unique(8);
        return organisations.create(new NewOrganisation(parentId, code, "审计测试机构 " + code, OrganisationKind.SCHOOL,
                "audit-" + code.toLowerCase(), 0, null, null,
                new Organisation.DisclosureOffice(null, null, null, null, null, null, null),
                new Organisation.SiteIdentity(null, null, null)), null);
    }

    /** A user who may sign in at once with {@link #PASSWORD}; returns the user name. */
    String user(long organisationId, Role role) {
        String username = "aud-" + unique(10).toLowerCase();
        staff.create(organisationId, username, "测试 " + role.name(), Set.of(role), PASSWORD, false, null);
        return username;
    }
}
