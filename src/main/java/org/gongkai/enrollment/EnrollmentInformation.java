package org.gongkai.enrollment;

import org.gongkai.identity.StaffUser;
import org.springframework.stereotype.Service;

import java.time.LocalDate;

/**
 * The staff actions on enrollment information for callers outside this module (the demo content, operator tools):
 * the same checks, roles and audit as the back-office pages.
 */
@Service
public class EnrollmentInformation {

    private final EnrollmentYears years;
    private final EnrollmentStore store;

    EnrollmentInformation(EnrollmentYears years, EnrollmentStore store) {
        this.years = years;
        this.store = store;
    }

    /** Opens the year of the user's organisation, copying the latest earlier year's texts and schools if asked. */
    public long open(StaffUser user, int year, boolean copyLatest) {
        return years.open(user, user.organisationId(), year, copyLatest);
    }

    public void texts(StaffUser user, long id, String policy, String migrantRules) {
        years.saveTexts(user, id, policy, migrantRules, String.valueOf(years.readable(user, id).version()));
    }

    public void step(StaffUser user, long id, LocalDate from, LocalDate to, String what) {
        years.addItem(user, id, new EnrollmentYears.ItemForm(from.toString(), to.toString(), what));
    }

    public void school(StaffUser user, long id, String name, boolean junior, int places, String address) {
        years.addSchool(user, id, new EnrollmentYears.SchoolForm(name, junior ? "JUNIOR" : "PRIMARY",
                String.valueOf(places), address, null));
    }

    public void publish(StaffUser user, long id, String decisionTitle, String decisionUrl) {
        years.publish(user, id, decisionTitle, decisionUrl, String.valueOf(years.readable(user, id).version()));
    }

    /** Whether the organisation has enrollment information of the year, published or not. */
    public boolean exists(long organisationId, int year) {
        return store.yearTaken(organisationId, year);
    }
}
