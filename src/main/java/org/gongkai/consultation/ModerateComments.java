package org.gongkai.consultation;

import org.gongkai.identity.OrganisationAccess;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.audit.StaffAction;
import org.gongkai.platform.web.ConflictException;
import org.gongkai.platform.web.InvalidInputException;
import org.gongkai.platform.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Staff of the organisation moderate comments (published or rejected: spam, abuse), decide on each comment
 * (adopted, partly, not adopted, always with the reason), record the changes of the text with the comments behind
 * them, and publish the adoption report once the consultation has closed and every comment has its decision.
 */
@Service
public class ModerateComments {

    static final int REASON_MAX = 2000;

    private final ConsultationStore store;
    private final DraftConsultation drafts;
    private final OrganisationAccess access;
    private final ApplicationEventPublisher events;
    private final java.time.Clock clock;
    private final VersionStore versions;
    private final FinalDiff finalDiff;

    ModerateComments(ConsultationStore store, DraftConsultation drafts, OrganisationAccess access,
                     ApplicationEventPublisher events, java.time.Clock clock, VersionStore versions,
                     FinalDiff finalDiff) {
        this.versions = versions;
        this.finalDiff = finalDiff;
        this.store = store;
        this.drafts = drafts;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public void moderate(StaffUser user, long consultationId, long commentId, String moderation) {
        Consultation c = editable(user, consultationId);
        Comment comment = commentOf(c, commentId);
        Moderation m = parse(Moderation.class, moderation, "moderation");
        if (m == Moderation.PENDING || (m == Moderation.REJECTED && (comment.decision() != null || comment.groupId() != null))) {
            throw InvalidInputException.of("moderation", "consult.error.moderation");
        }
        store.moderate(commentId, m, user.id());
        events.publishEvent(new StaffAction(user.id(), user.username(), c.organisationId(), "consultation.moderate",
                "consultation_comment", String.valueOf(commentId), Map.of("moderation", comment.moderation().name()),
                Map.of("moderation", m.name())));
    }

    @Transactional
    public void decide(StaffUser user, long consultationId, long commentId, String decision, String reason) {
        Consultation c = editable(user, consultationId);
        Comment comment = commentOf(c, commentId);
        Map<String, String> errors = new LinkedHashMap<>();
        Decision d = null;
        try {
            d = parse(Decision.class, decision, "decision");
        } catch (InvalidInputException e) {
            errors.putAll(e.fieldErrors());
        }
        String r = DraftConsultation.text(reason);
        if (r == null) {
            errors.put("reason", "consult.error.reason");
        } else if (r.length() > REASON_MAX) {
            errors.put("reason", "consult.error.tooLong");
        }
        if (comment.moderation() == Moderation.REJECTED) {
            errors.put("decision", "consult.error.rejectedComment");
        } else if (comment.groupId() != null) {
            // decided with its group, on the group's page
            errors.put("decision", "consult.group.error.inGroup");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (c.reportPublishedAt() != null) {
            throw new ConflictException("consult.error.reported");
        }
        store.decide(commentId, d, r, user.id());
        events.publishEvent(new StaffAction(user.id(), user.username(), c.organisationId(), "consultation.decide",
                "consultation_comment", String.valueOf(commentId), Map.of(),
                Map.of("decision", d.name(), "reason", r)));
    }

    @Transactional
    long recordChange(StaffUser user, long consultationId, String passage, String description, List<String> comments) {
        return recordChange(user, consultationId, passage, null, description, comments);
    }

    /**
     * Records a change with the comments behind it. {@code passage} is a passage of any draft version (or blank: the
     * whole); {@code finalPassage} one of the final text, when the change explains a row of the draft-to-final diff.
     * A change explaining a row of that diff may cite no comment (a change for another reason, which the description
     * says); any other change cites at least one comment not rejected in moderation.
     */
    @Transactional
    long recordChange(StaffUser user, long consultationId, String passage, String finalPassage, String description,
                      List<String> comments) {
        Consultation c = editable(user, consultationId);
        Map<String, String> errors = new LinkedHashMap<>();
        Map<Long, PassageRef> refs = versions.refs(consultationId);
        java.util.Optional<Version> fin = versions.finalText(consultationId);
        int finalNumber = fin.map(Version::number).orElse(-1);
        Long passageId = passageId(passage, refs, r -> r.version() != finalNumber, "passage", errors);
        Long finalPassageId = passageId(finalPassage, refs, r -> r.version() == finalNumber, "finalPassage", errors);
        int lastDraft = versions.current(consultationId).number();
        boolean diffRow = fin.isPresent() && (finalPassageId != null
                || (passageId != null && refs.get(passageId).version() == lastDraft));
        String text = DraftConsultation.text(description);
        if (text == null) {
            errors.put("description", "consult.error.required");
        } else if (text.length() > REASON_MAX) {
            errors.put("description", "consult.error.tooLong");
        }
        List<Long> known = store.comments(consultationId).stream().filter(k -> k.moderation() != Moderation.REJECTED)
                .map(Comment::id).toList();
        List<Long> cited = (comments == null ? List.<String>of() : comments).stream()
                .map(s -> { try { return Long.parseLong(s.strip()); } catch (NumberFormatException e) { return -1L; } })
                .distinct().toList();
        if ((cited.isEmpty() && !diffRow) || !known.containsAll(cited)) {
            errors.put("comments", "consult.error.changeComments");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (c.reportPublishedAt() != null) {
            throw new ConflictException("consult.error.reported");
        }
        long id = store.insertChange(consultationId, passageId, finalPassageId, text, cited, user.id());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("change", id);
        after.put("comments", cited.toString());
        after.put("finalPassage", finalPassageId);
        events.publishEvent(new StaffAction(user.id(), user.username(), c.organisationId(), "consultation.change",
                "consultation", String.valueOf(consultationId), Map.of(), after));
        return id;
    }

    private static Long passageId(String value, Map<Long, PassageRef> refs, java.util.function.Predicate<PassageRef> fits,
                                  String field, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            PassageRef ref = refs.get(Long.parseLong(value.strip()));
            if (ref != null && fits.test(ref)) {
                return ref.id();
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        errors.put(field, "consult.error.passage");
        return null;
    }

    @Transactional
    void publishReport(StaffUser user, long consultationId, String summary) {
        Consultation c = drafts.get(user, consultationId);
        access.requireRole(user, c.organisationId(), Role.PUBLISHER);
        String text = DraftConsultation.text(summary);
        if (text == null) {
            throw InvalidInputException.of("summary", "consult.error.required");
        }
        if (text.length() > DraftConsultation.TEXT_MAX) {
            throw InvalidInputException.of("summary", "consult.error.tooLong");
        }
        if (c.phase(clock.instant()) != Phase.CLOSED) {
            throw new ConflictException(c.reportPublishedAt() != null ? "consult.error.reported" : "consult.error.notClosed");
        }
        if (store.undecided(consultationId) > 0) {
            throw new ConflictException("consult.error.undecided");
        }
        if (finalDiff.of(consultationId).map(FinalDiff.Result::untraced).orElse(0L) > 0) {
            throw new ConflictException("consult.error.untraced");
        }
        if (!store.publishReport(consultationId, text)) {
            throw new ConflictException("consult.error.reported");
        }
        events.publishEvent(new StaffAction(user.id(), user.username(), c.organisationId(), "consultation.report",
                "consultation", String.valueOf(consultationId), Map.of(), Map.of("summary", text)));
        // the site's consultation list and feed show the outcome
        events.publishEvent(new org.gongkai.portal.SiteContentChanged(c.organisationId()));
    }

    private Consultation editable(StaffUser user, long consultationId) {
        Consultation c = drafts.get(user, consultationId);
        access.requireRole(user, c.organisationId(), Role.EDITOR, Role.PUBLISHER);
        return c;
    }

    private Comment commentOf(Consultation c, long commentId) {
        return store.comment(commentId).filter(k -> k.consultationId() == c.id())
                .orElseThrow(() -> new NotFoundException("comment", commentId));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        try {
            return Enum.valueOf(type, value == null ? "" : value.strip());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(field, "consult.error." + field);
        }
    }
}
