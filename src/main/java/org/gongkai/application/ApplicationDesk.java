package org.gongkai.application;

import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.StaffUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;

/**
 * The office's work on applications for callers outside this module (the demo builds its applications with it):
 * each method is the service behind the matching form of the public site or the office's pages, with the same
 * checks, clocks, history and audit.
 */
@Service
public class ApplicationDesk {

    /** A natural person's application as the form takes it; the resident ID must carry a valid check digit. */
    public record Request(String name, String residentId, String phone, String address, String description,
                          String infoName, String purpose) {
    }

    private final OrganisationDirectory organisations;
    private final ReceiveApplication receive;
    private final RequestCorrection correction;
    private final ThirdPartyConsultation consultation;
    private final ExtendDeadline extension;
    private final ReplyToApplication reply;
    private final FeeNotice fees;

    ApplicationDesk(OrganisationDirectory organisations, ReceiveApplication receive, RequestCorrection correction,
                    ThirdPartyConsultation consultation, ExtendDeadline extension, ReplyToApplication reply,
                    FeeNotice fees) {
        this.fees = fees;
        this.organisations = organisations;
        this.receive = receive;
        this.correction = correction;
        this.consultation = consultation;
        this.extension = extension;
        this.reply = reply;
    }

    /** Sent through the public form: received now. Answers the application's id. */
    @Transactional
    public long receiveOnline(long organisationId, Request request) {
        return receive.online(organisations.get(organisationId), parts(request), List.of()).id();
    }

    /** Registered by a disclosure officer for one that came by another channel, received on the day given. */
    @Transactional
    public long register(StaffUser officer, long organisationId, Request request, Channel channel, LocalDate receivedOn) {
        if (channel == Channel.ONLINE) {
            throw new IllegalArgumentException("online applications come through the public form");
        }
        return receive.offline(officer, organisations.get(organisationId), parts(request), channel, receivedOn, null).id();
    }

    public void requestCorrection(StaffUser officer, long id, String items, LocalDate on) {
        correction.request(officer, id, items, on);
    }

    /** The correction period ran out: closed as 其他处理 / 逾期不补正. */
    public void lapseCorrection(StaffUser officer, long id) {
        correction.lapse(officer, id);
    }

    public void startConsultation(StaffUser officer, long id, LocalDate on, String note) {
        consultation.start(officer, id, on, note);
    }

    public void requestExtension(StaffUser officer, long id, String reason) {
        extension.request(officer, id, reason);
    }

    /** By the head of the disclosure office (a PUBLISHER of the organisation who did not ask for it). */
    public void approveExtension(StaffUser head, long id, String notice) {
        extension.approve(head, id, notice);
    }

    /** A fee notice counted by pages (the fee is computed, never entered); the clock stands still until payment. */
    public void noticePageFee(StaffUser officer, long id, int pages, LocalDate on) {
        fees.notice(officer, id, FeeMethod.PER_PAGE, pages, on);
    }

    public void feePaid(StaffUser officer, long id, LocalDate on) {
        fees.paid(officer, id, on);
    }

    /** The fee was not paid within its period: closed as 其他处理 / 逾期未缴费. */
    public void lapseFee(StaffUser officer, long id) {
        fees.lapse(officer, id);
    }

    public void reply(StaffUser officer, long id, ReplyOutcome outcome, String text) {
        reply.reply(officer, id, outcome, text);
    }

    /** A reply sent on an earlier day (not before receipt, not after today). */
    public void reply(StaffUser officer, long id, ReplyOutcome outcome, String text, LocalDate sentOn) {
        reply.reply(officer, id, outcome, text, sentOn);
    }

    private static FormValidation.Parts parts(Request r) {
        FormValidation v = new FormValidation();
        FormValidation.Parts p = v.check(new ApplicationForm("NATURAL_PERSON", r.name(), "RESIDENT_ID", r.residentId(),
                null, null, null, r.phone(), null, r.address(), null, r.description(), r.infoName(), null, r.purpose(),
                r.address() == null ? "ELECTRONIC" : "POST", null, null, null));
        if (p == null) {
            throw new IllegalArgumentException("invalid application: " + v.errors);
        }
        return p;
    }
}
