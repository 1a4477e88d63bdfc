package org.gongkai.calendar;

import org.gongkai.identity.NewOrganisation;
import org.gongkai.identity.Organisation;
import org.gongkai.identity.OrganisationKind;
import org.gongkai.identity.OrganisationRegistry;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/** Builds an organisation and staff with unique names for the calendar's integration tests. */
final class CalendarTestStaff {

    private CalendarTestStaff() {
    }

    static long organisation(OrganisationRegistry organisations) {
        String unique = UUID.randomUUID().toString().replace("-", "").toUpperCase(Locale.ROOT);
        return organisations.create(new NewOrganisation(null, unique.substring(0, 9), "日历测试机构" + unique.substring(0, 6),
                OrganisationKind.OTHER, "cal-" + unique.substring(0, 12).toLowerCase(Locale.ROOT), 0, null, null,
                new Organisation.DisclosureOffice(null, null, null, null, null, null, null),
                new Organisation.SiteIdentity(null, null, null)), null);
    }

    static UserDetails staff(StaffRegistry staff, UserDetailsService users, long organisationId, Role role) {
        String name = "cal" + UUID.randomUUID().toString().substring(0, 8);
        staff.create(organisationId, name, "日历" + role.name(), Set.of(role), "Calendar-Test-2026!", false, null);
        return users.loadUserByUsername(name);
    }
}
