package org.gongkai.consultation;

import org.gongkai.identity.OrganisationAccess;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.Zones;
import org.gongkai.platform.audit.StaffAction;
import org.gongkai.platform.web.ConflictException;
import org.gongkai.platform.web.InvalidInputException;
import org.gongkai.platform.web.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.gongkai.portal.SiteContentChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Creates and edits a consultation while it is a draft, and publishes it. The draft text is split into passages at
 * blank lines. The period must be at least {@code gongkai.consultation.minimum-days} (30: the rule for major
 * administrative decisions) unless a reason is given, which the public page shows. Editors and publishers of the
 * organisation edit; publishers publish.
 */
@Service
public class DraftConsultation {

    static final int TITLE_MAX = 200;
    static final int TEXT_MAX = 20000;
    static final int PASSAGES_MAX = 500;

    private final ConsultationStore store;
    private final OrganisationAccess access;
    private final ApplicationEventPublisher events;
    private final int minimumDays;

    DraftConsultation(ConsultationStore store, OrganisationAccess access, ApplicationEventPublisher events,
                      @Value("${gongkai.consultation.minimum-days:30}") int minimumDays) {
        this.store = store;
        this.access = access;
        this.events = events;
        this.minimumDays = minimumDays;
    }

    int minimumDays() {
        return minimumDays;
    }

    @Transactional
    public long create(StaffUser user, ConsultationInput in) {
        access.requireRole(user, user.organisationId(), Role.EDITOR, Role.PUBLISHER);
        ConsultationStore.Values v = validate(in);
        long id = store.insert(user.organisationId(), v, user.id());
        events.publishEvent(new StaffAction(user.id(), user.username(), user.organisationId(), "consultation.create",
                "consultation", String.valueOf(id), Map.of(), summary(v)));
        return id;
    }

    @Transactional
    void update(StaffUser user, long id, ConsultationInput in) {
        Consultation c = get(user, id);
        access.requireRole(user, c.organisationId(), Role.EDITOR, Role.PUBLISHER);
        if (c.published()) {
            throw new ConflictException("consult.error.published");
        }
        ConsultationStore.Values v = validate(in);
        Integer version = parse(in.version());
        if (version == null || !store.update(id, version, v)) {
            throw new ConflictException("consult.error.stale");
        }
        events.publishEvent(new StaffAction(user.id(), user.username(), c.organisationId(), "consultation.update",
                "consultation", String.valueOf(id), Map.of(), summary(v)));
    }

    @Transactional
    public void publish(StaffUser user, long id) {
        Consultation c = get(user, id);
        access.requireRole(user, c.organisationId(), Role.PUBLISHER);
        if (!store.publish(id)) {
            throw new ConflictException("consult.error.published");
        }
        events.publishEvent(new StaffAction(user.id(), user.username(), c.organisationId(), "consultation.publish",
                "consultation", String.valueOf(id), Map.of(), Map.of("opensAt", c.opensAt().toString(),
                "closesAt", c.closesAt().toString())));
        events.publishEvent(new SiteContentChanged(c.organisationId()));
    }

    /** The consultation, when the user may read its organisation's back office; 404 otherwise. */
    Consultation get(StaffUser user, long id) {
        Consultation c = store.find(id).orElseThrow(() -> new NotFoundException("consultation", id));
        if (!access.canRead(user, c.organisationId())) {
            throw new NotFoundException("consultation", id);
        }
        return c;
    }

    ConsultationStore.Values validate(ConsultationInput in) {
        Map<String, String> errors = new LinkedHashMap<>();
        String title = required(in.title(), TITLE_MAX, "title", errors);
        String dept = required(in.draftingDepartment(), TITLE_MAX, "draftingDepartment", errors);
        String explanation = required(in.explanation(), TEXT_MAX, "explanation", errors);
        List<String> passages = passages(in.draftText());
        if (passages.isEmpty()) {
            errors.put("draftText", "consult.error.draftText");
        } else if (passages.size() > PASSAGES_MAX || passages.stream().anyMatch(p -> p.length() > TEXT_MAX)) {
            errors.put("draftText", "consult.error.draftTooLong");
        }
        Instant opens = time(in.opensAt(), "opensAt", errors);
        Instant closes = time(in.closesAt(), "closesAt", errors);
        String reason = text(in.shortPeriodReason());
        if (reason != null && reason.length() > 1000) {
            errors.put("shortPeriodReason", "consult.error.tooLong");
        }
        if (opens != null && closes != null) {
            if (!closes.isAfter(opens)) {
                errors.put("closesAt", "consult.error.closesBeforeOpens");
            } else if (opens.plus(java.time.Duration.ofDays(minimumDays)).isAfter(closes) && reason == null) {
                errors.put("shortPeriodReason", "consult.error.shortPeriod");
            }
        }
        List<Channel> channels = new ArrayList<>();
        for (String ch : in.channels() == null ? List.<String>of() : in.channels()) {
            Arrays.stream(Channel.values()).filter(c -> c.name().equals(ch)).findFirst().ifPresent(channels::add);
        }
        if (channels.isEmpty()) {
            errors.put("channels", "consult.error.channels");
        }
        String contact = required(in.contact(), 500, "contact", errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new ConsultationStore.Values(title, dept, explanation, opens, closes, reason,
                channels.stream().distinct().toList(), contact, "true".equals(in.publishComments()), passages,
                "true".equals(in.nameRequired()));
    }

    /** The draft split at blank lines, each passage trimmed; empty ones dropped. */
    static List<String> passages(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.replace("\r\n", "\n").split("\n\\s*\n")).map(String::strip)
                .filter(p -> !p.isEmpty()).toList();
    }

    private static Map<String, Object> summary(ConsultationStore.Values v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", v.title());
        m.put("opensAt", v.opensAt().toString());
        m.put("closesAt", v.closesAt().toString());
        m.put("shortPeriodReason", v.shortPeriodReason());
        m.put("passages", v.passages().size());
        m.put("nameRequired", v.nameRequired());
        return m;
    }

    static Instant time(String value, String field, Map<String, String> errors) {
        String v = text(value);
        if (v == null) {
            errors.put(field, "consult.error.required");
            return null;
        }
        try {
            return LocalDateTime.parse(v).atZone(Zones.CHINA).toInstant();
        } catch (DateTimeParseException e) {
            errors.put(field, "consult.error.time");
            return null;
        }
    }

    private static String required(String value, int max, String field, Map<String, String> errors) {
        String v = text(value);
        if (v == null) {
            errors.put(field, "consult.error.required");
        } else if (v.length() > max) {
            errors.put(field, "consult.error.tooLong");
        }
        return v;
    }

    private static Integer parse(String s) {
        try {
            return s == null ? null : Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String text(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
