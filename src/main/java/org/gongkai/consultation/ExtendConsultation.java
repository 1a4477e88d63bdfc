package org.gongkai.consultation;

import org.gongkai.identity.OrganisationAccess;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.audit.StaffAction;
import org.gongkai.platform.web.ConflictException;
import org.gongkai.platform.web.InvalidInputException;
import org.gongkai.portal.SiteContentChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Extends a published consultation's period, or reopens a closed one for another round, with a reason the public
 * sees beside the new closing time. Publishers of the organisation; not once the final text is recorded or the
 * adoption report published (the outcome would no longer follow from the comments).
 */
@Service
public class ExtendConsultation {

    static final int REASON_MAX = 1000;

    private final DraftConsultation drafts;
    private final ExtensionStore extensions;
    private final VersionStore versions;
    private final OrganisationAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ExtendConsultation(DraftConsultation drafts, ExtensionStore extensions, VersionStore versions,
                       OrganisationAccess access, ApplicationEventPublisher events, Clock clock) {
        this.drafts = drafts;
        this.extensions = extensions;
        this.versions = versions;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public void extend(StaffUser user, long consultationId, String closesAt, String reason) {
        Consultation c = drafts.get(user, consultationId);
        access.requireRole(user, c.organisationId(), Role.PUBLISHER);
        Map<String, String> errors = new LinkedHashMap<>();
        Instant closes = DraftConsultation.time(closesAt, "closesAt", errors);
        Instant now = clock.instant();
        if (closes != null && (!closes.isAfter(c.closesAt()) || !closes.isAfter(now))) {
            errors.put("closesAt", "consult.extend.error.notLater");
        }
        String r = DraftConsultation.text(reason);
        if (r == null) {
            errors.put("reason", "consult.error.reason");
        } else if (r.length() > REASON_MAX) {
            errors.put("reason", "consult.error.tooLong");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Phase phase = c.phase(now);
        if (phase == Phase.DRAFT || phase == Phase.REPORTED || versions.finalText(consultationId).isPresent()) {
            throw new ConflictException("consult.extend.error.notNow");
        }
        if (!extensions.extend(consultationId, c.closesAt(), closes, r, user.id())) {
            throw new ConflictException("consult.error.stale");
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("closesAt", closes.toString());
        after.put("reason", r);
        after.put("reopened", phase == Phase.CLOSED);
        events.publishEvent(new StaffAction(user.id(), user.username(), c.organisationId(), "consultation.extend",
                "consultation", String.valueOf(consultationId), Map.of("closesAt", c.closesAt().toString()), after));
        events.publishEvent(new SiteContentChanged(c.organisationId()));
    }
}
