package org.gongkai.review;

import org.gongkai.identity.NewOrganisation;
import org.gongkai.identity.Organisation;
import org.gongkai.identity.OrganisationKind;
import org.gongkai.identity.OrganisationRegistry;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffRegistry;
import org.gongkai.identity.StaffUser;

import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/** Organisations and staff with unique names for the review module's integration tests (not a bean: one shared context). */
final class ReviewFixtures {

    static final String PASSWORD = "Review-Pass-2024!";

    private final OrganisationRegistry organisations;
    private final StaffRegistry staff;

    ReviewFixtures(OrganisationRegistry organisations, StaffRegistry staff) {
        this.organisations = organisations;
        this.staff = staff;
    }

    long organisation(Long parentId, String name) {
        String unique = unique();
        return organisations.create(new NewOrganisation(parentId, unique.toUpperCase().substring(0, 9), name + unique,
                parentId == null ? OrganisationKind.MINISTRY : OrganisationKind.COUNTY, "rv-" + unique, 0, null, null,
                new Organisation.DisclosureOffice(null, null, null, null, null, null, null),
                new Organisation.SiteIdentity(null, null, null)), null);
    }

    StaffUser user(long organisationId, Role role) {
        String name = "rv" + unique();
        long id = staff.create(organisationId, name, "审核测试" + name.substring(2, 6), Set.of(role), PASSWORD, false, null);
        return new StaffUser(id, name, "x", organisationId, Set.of(role));
    }

    private static String unique() {
        String chars = "abcdefghijklmnopqrstuvwxyz0123456789";
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            b.append(chars.charAt(ThreadLocalRandom.current().nextInt(chars.length())));
        }
        return b.toString();
    }
}
