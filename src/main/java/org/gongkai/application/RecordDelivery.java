package org.gongkai.application;

import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.web.ConflictException;
import org.gongkai.platform.web.InvalidInputException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.Map;

/**
 * Records how the reply reached the applicant (paper, post, electronic, e-mail, in person) and on which day, as a
 * {@code delivery} entry of the timeline. With {@code sendEmail} and mail enabled, the letter is e-mailed first;
 * with mail disabled nothing is sent and the office delivers it by other means and records that here.
 */
@Service
class RecordDelivery {

    private final ApplicationStore store;
    private final ReplyFileStore replyFiles;
    private final OfficeAccess access;
    private final ApplicationLog log;
    private final Today today;
    private final ReplyMail mail;
    private final ReplyLetter letters;
    private final OrganisationDirectory organisations;

    RecordDelivery(ApplicationStore store, ReplyFileStore replyFiles, OfficeAccess access, ApplicationLog log,
                   Today today, ReplyMail mail, ReplyLetter letters, OrganisationDirectory organisations) {
        this.store = store;
        this.replyFiles = replyFiles;
        this.access = access;
        this.log = log;
        this.today = today;
        this.mail = mail;
        this.letters = letters;
        this.organisations = organisations;
    }

    @Transactional
    void record(StaffUser user, long id, Delivery method, LocalDate on, String note, boolean sendEmail) {
        DisclosureApplication app = store.lock(id);
        access.requireRead(user, app.organisationId());
        access.requireAct(user, app.organisationId());
        if (app.status() != ApplicationStatus.ANSWERED) {
            throw new ConflictException("app.conflict.notAnswered");
        }
        if (method == null) {
            throw InvalidInputException.of("method", "app.error.deliveryMethod");
        }
        if (on == null) {
            throw InvalidInputException.of("deliveredOn", "app.error.date");
        }
        if (on.isAfter(today.date())) {
            throw InvalidInputException.of("deliveredOn", "app.error.dateFuture");
        }
        if (app.repliedOn() != null && on.isBefore(app.repliedOn())) {
            throw InvalidInputException.of("deliveredOn", "app.error.dateBeforeStart");
        }
        String clean = note == null || note.isBlank() ? null : note.strip();
        if (clean != null && clean.length() > 500) {
            throw InvalidInputException.of("note", "app.error.deliveryNote");
        }
        boolean emailed = false;
        if (sendEmail) {
            if (app.migrated()) {
                throw new ConflictException("app.conflict.migratedNoMail");
            }
            if (!mail.available()) {
                throw new ConflictException("app.conflict.mailDisabled");
            }
            if (method != Delivery.EMAIL || app.applicant().email() == null || app.applicant().email().isBlank()) {
                throw InvalidInputException.of("method", "app.error.deliveryEmail");
            }
            mail.send(mail.draft(letters.letter(app, organisations.get(app.organisationId())),
                    LocaleContextHolder.getLocale()));
            emailed = true;
        }
        replyFiles.addDelivery(id, method, on, clean, emailed, user.id());
        log.staff(user, app, "delivery", method.name() + " " + on + (emailed ? " (e-mail)" : ""), true,
                Map.of(), Map.of("method", method.name(), "deliveredOn", on.toString(), "emailed", emailed));
    }
}
