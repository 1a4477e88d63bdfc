package org.gongkai.report;

import org.gongkai.identity.DashboardNote;
import org.gongkai.identity.DashboardNotes;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.StaffUser;
import org.springframework.stereotype.Component;

import java.util.List;

/** Puts the annual report's deadline on the landing page of the staff who write or release it, until it is published. */
@Component
class ReportDashboardNotes implements DashboardNotes {

    private final ReportReminders reminders;
    private final OrganisationDirectory organisations;

    ReportDashboardNotes(ReportReminders reminders, OrganisationDirectory organisations) {
        this.reminders = reminders;
        this.organisations = organisations;
    }

    @Override
    public List<DashboardNote> notesFor(StaffUser user) {
        if (!user.hasAny(AnnualReports.READERS)) {
            return List.of();
        }
        return reminders.reminderFor(organisations.get(user.organisationId())).map(r -> new DashboardNote(
                r.overdue() ? "report.reminder.overdue" : "report.reminder.due",
                List.<Object>of(r.period().label(), r.period().deadline().toString(), Math.abs(r.daysLeft())),
                "/admin/report/" + r.period().year(), r.overdue())).stream().toList();
    }
}
