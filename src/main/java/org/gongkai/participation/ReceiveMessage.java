package org.gongkai.participation;

import org.gongkai.platform.Zones;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Takes a message from the public: gives it a tracking number and a query code (shown once, kept only as a keyed
 * hash), starts its reply clock for the organisation and type, and writes the first line of its history.
 */
@Service
public class ReceiveMessage {

    /** What the writer keeps: the tracking number, the query code and when the reply is due. */
    public record Receipt(long id, String trackingNumber, String queryCode, LocalDate dueOn) {
    }

    private final MessageStore store;
    private final MessageCodes codes;
    private final ReplyClock clock;
    private final MessageAttachments attachments;
    private final MessageAccounts accounts;

    ReceiveMessage(MessageStore store, MessageCodes codes, ReplyClock clock, MessageAttachments attachments,
                   MessageAccounts accounts) {
        this.store = store;
        this.codes = codes;
        this.clock = clock;
        this.attachments = attachments;
        this.accounts = accounts;
    }

    /**
     * Takes a message from the public form with its checked attachments, joined to the writer's account when they
     * are signed in ({@code account} null otherwise): all or nothing.
     */
    @Transactional
    Receipt receive(long organisationId, MessageDraft draft, List<MessageAttachments.Checked> files, Long account) {
        Receipt r = receive(organisationId, draft, clock.now());
        attachments.keep(r.id(), files, draft);
        if (account != null) {
            accounts.join(account, r.id());
        }
        return r;
    }

    @Transactional
    public Receipt receive(long organisationId, MessageDraft draft) {
        return receive(organisationId, draft, clock.now());
    }

    /**
     * Takes a message as received at a given moment: for demo content dated relative to today, and for tests of the
     * clock; the public form always receives at the present moment.
     */
    @Transactional
    public Receipt receive(long organisationId, MessageDraft draft, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, Zones.CHINA);
        int days = clock.days(organisationId, draft.type());
        LocalDate due = clock.due(today, days);
        String code = MessageCodes.queryCode();
        String tracking = codes.trackingNumber(today);
        long id = store.insert(new MessageStore.NewRow(organisationId, tracking,
                codes.hash(MessageCodes.normaliseCode(code)), draft.type(), draft.subject(), draft.body(), draft.name(),
                draft.phone(), draft.email(), draft.mayPublish(), now, today, days, due));
        store.event(id, "RECEIVED", null, null, null, null, true);
        return new Receipt(id, tracking, code, due);
    }
}
