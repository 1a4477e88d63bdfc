package org.gongkai.application;

import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import java.time.LocalDate;
import java.util.List;

/**
 * What the application's back-office page shows: the page itself and the actions that show it again when an action
 * is refused fill the model here.
 */
@Component
class ApplicationCaseModel {

    static final String VIEW = "application/detail";

    private final ApplicationStore store;
    private final OfficeAccess access;
    private final OrganisationDirectory organisations;
    private final ClockKeeper clock;
    private final Today today;
    private final RequestCorrection correction;
    private final ReplyFileStore replyFiles;
    private final ReplyMail mail;
    private final List<ApplicationPageSection> sections;

    ApplicationCaseModel(ApplicationStore store, OfficeAccess access, OrganisationDirectory organisations,
                         ClockKeeper clock, Today today, RequestCorrection correction, ReplyFileStore replyFiles,
                         ReplyMail mail, List<ApplicationPageSection> sections) {
        this.store = store;
        this.access = access;
        this.organisations = organisations;
        this.clock = clock;
        this.today = today;
        this.correction = correction;
        this.replyFiles = replyFiles;
        this.mail = mail;
        this.sections = sections;
    }

    /** Fills the model for the page of application {@code id}; answers the view's name. */
    String fill(StaffUser user, long id, Model model) {
        DisclosureApplication app = store.get(id);
        access.requireRead(user, app.organisationId());
        LocalDate now = today.date();
        model.addAttribute("app", app);
        model.addAttribute("organisation", organisations.get(app.organisationId()));
        model.addAttribute("timeline", store.timeline(id, false));
        model.addAttribute("pauses", store.pauses(id));
        model.addAttribute("files", store.files(id));
        model.addAttribute("replyFiles", replyFiles.list(id));
        model.addAttribute("deliveries", replyFiles.deliveries(id));
        model.addAttribute("deliveryMethods", Delivery.values());
        model.addAttribute("mailAvailable", mail.available());
        model.addAttribute("canAct", access.canAct(user, app.organisationId()));
        model.addAttribute("canApprove", app.extensionState() == ExtensionState.REQUESTED
                && user.organisationId() == app.organisationId()
                && user.has(Role.PUBLISHER) && !Long.valueOf(user.id()).equals(app.extensionRequestedBy()));
        model.addAttribute("today", now);
        boolean counting = app.dueOn() != null && app.status() == ApplicationStatus.IN_PROGRESS;
        model.addAttribute("left", counting ? clock.workingDaysLeft(now, app.dueOn()) : null);
        model.addAttribute("urgency", counting ? Urgency.of(app.dueOn(), now, clock.workingDaysLeft(now, app.dueOn()))
                : app.status().open() ? Urgency.STOPPED : null);
        model.addAttribute("lastCorrectionDay", correction.lastNoticeDay(app));
        model.addAttribute("correctionDays", store.correctionWorkingDays(app.organisationId()));
        model.addAttribute("outcomes", ReplyOutcome.staffChoices());
        model.addAttribute("groups", OutcomeGroup.values());
        model.addAttribute("feeMethods", FeeMethod.values());
        model.addAttribute("sections", sections.stream().map(ApplicationPageSection::fragment).toList());
        sections.forEach(s -> s.addTo(ApplicationCases.of(app), model));
        if (app.status() == ApplicationStatus.IN_PROGRESS && app.fee() == null) {
            int ordinal = store.ordinalInMonth(app);
            model.addAttribute("monthOrdinal", ordinal);
            model.addAttribute("perApplicationFee", FeeCalculator.perApplication(ordinal));
        }
        return VIEW;
    }
}
