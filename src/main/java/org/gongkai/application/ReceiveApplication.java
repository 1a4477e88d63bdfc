package org.gongkai.application;

import org.gongkai.identity.Organisation;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.Zones;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/**
 * Receives an application: online through the public form (received the moment it is accepted), or registered by
 * staff for one that came in person, by post, fax, e-mail or orally, with the receipt date Art. 31 gives (the day
 * handed in, the day signed for…) as staff enter it. Answers the tracking number and the query code, which is kept
 * only as a hash.
 */
@Service
class ReceiveApplication {

    /** What the applicant is told once: the code is not kept in readable form. */
    record Receipt(long id, String trackingNumber, String queryCode, LocalDate receivedOn, LocalDate dueOn,
                   boolean provisional) {
    }

    private final ApplicationStore store;
    private final ClockKeeper clock;
    private final QueryCodeHashes codes;
    private final ApplicantFiles files;
    private final ApplicationLog log;
    private final Today today;

    ReceiveApplication(ApplicationStore store, ClockKeeper clock, QueryCodeHashes codes,
                       ApplicantFiles files, ApplicationLog log, Today today) {
        this.store = store;
        this.clock = clock;
        this.codes = codes;
        this.files = files;
        this.log = log;
        this.today = today;
    }

    @Transactional
    Receipt online(Organisation org, FormValidation.Parts parts, List<ApplicantFiles.Upload> uploads) {
        Instant now = today.now();
        Receipt r = insert(org, parts, Channel.ONLINE, now, LocalDate.ofInstant(now, Zones.CHINA), null);
        files.store(r.id(), uploads);
        log.other("applicant", store.get(r.id()), "received", Channel.ONLINE.name(), true,
                Map.of("trackingNumber", r.trackingNumber(), "channel", Channel.ONLINE.name()));
        return r;
    }

    @Transactional
    Receipt offline(StaffUser user, Organisation org, FormValidation.Parts parts, Channel channel,
                    LocalDate receivedOn, String note) {
        Instant at = receivedOn.equals(today.date()) ? today.now()
                : receivedOn.atTime(LocalTime.NOON).atZone(Zones.CHINA).toInstant();
        Receipt r = insert(org, parts, channel, at, receivedOn, user.id());
        DisclosureApplication app = store.get(r.id());
        log.staff(user, app, "registered", channel.name() + (note == null || note.isBlank() ? "" : "：" + note.strip()),
                true, Map.of(), Transitions.state(app));
        return r;
    }

    private Receipt insert(Organisation org, FormValidation.Parts parts, Channel channel, Instant at,
                           LocalDate receivedOn, Long createdBy) {
        String tracking;
        do {
            tracking = Codes.trackingNumber(org.code(), receivedOn);
        } while (store.findByTrackingNumber(tracking).isPresent());
        String code = Codes.queryCode();
        ClockKeeper.Due due = clock.first(receivedOn);
        long id = store.insert(org.id(), tracking, codes.hash(Codes.normaliseCode(code)), parts.applicant(),
                parts.info(), parts.delivery(), channel, at, receivedOn, due.on(), due.provisional(), createdBy);
        return new Receipt(id, tracking, code, receivedOn, due.on(), due.provisional());
    }
}
