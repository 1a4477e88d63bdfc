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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups of similar comments, made by staff (the page suggests them from text similarity) and decided once: the
 * decision and its reason become every member's. Editors and publishers of the organisation, until the report.
 */
@Service
public class GroupComments {

    static final int SUMMARY_MAX = 500;
    /** Similarity suggestions look at this many ungrouped comments at most (the comparison is pairwise). */
    static final int SUGGEST_MAX = 2000;

    private final DraftConsultation drafts;
    private final ConsultationStore store;
    private final GroupStore groups;
    private final OrganisationAccess access;
    private final ApplicationEventPublisher events;

    GroupComments(DraftConsultation drafts, ConsultationStore store, GroupStore groups, OrganisationAccess access,
                  ApplicationEventPublisher events) {
        this.drafts = drafts;
        this.store = store;
        this.groups = groups;
        this.access = access;
        this.events = events;
    }

    /** Suggested groups among the comments not rejected and not yet in a group. */
    List<List<Long>> suggestions(long consultationId) {
        List<Comment> open = store.comments(consultationId).stream()
                .filter(k -> k.moderation() != Moderation.REJECTED && k.groupId() == null)
                .limit(SUGGEST_MAX).toList();
        return SimilarComments.suggest(open);
    }

    @Transactional
    public long group(StaffUser user, long consultationId, String summary, List<String> commentIds) {
        Consultation c = editable(user, consultationId);
        Map<String, String> errors = new LinkedHashMap<>();
        String s = DraftConsultation.text(summary);
        if (s == null) {
            errors.put("summary", "consult.error.required");
        } else if (s.length() > SUMMARY_MAX) {
            errors.put("summary", "consult.error.tooLong");
        }
        Set<Long> chosen = new LinkedHashSet<>();
        for (String id : commentIds == null ? List.<String>of() : commentIds) {
            try {
                chosen.add(Long.parseLong(id.strip()));
            } catch (NumberFormatException e) {
                chosen.add(-1L);
            }
        }
        Set<Long> groupable = new java.util.HashSet<>(store.comments(consultationId).stream()
                .filter(k -> k.moderation() != Moderation.REJECTED && k.groupId() == null).map(Comment::id).toList());
        if (chosen.size() < 2 || !groupable.containsAll(chosen)) {
            errors.put("members", "consult.group.error.members");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        notReported(c);
        long id = groups.insert(consultationId, s, List.copyOf(chosen), user.id());
        events.publishEvent(new StaffAction(user.id(), user.username(), c.organisationId(), "consultation.group",
                "consultation", String.valueOf(consultationId), Map.of(),
                Map.of("group", id, "summary", s, "comments", chosen.toString())));
        return id;
    }

    @Transactional
    public void decide(StaffUser user, long consultationId, long groupId, String decision, String reason) {
        Consultation c = editable(user, consultationId);
        CommentGroup g = groupOf(c, groupId);
        Map<String, String> errors = new LinkedHashMap<>();
        Decision d = null;
        try {
            d = Decision.valueOf(decision == null ? "" : decision.strip());
        } catch (IllegalArgumentException e) {
            errors.put("decision", "consult.error.decision");
        }
        String r = DraftConsultation.text(reason);
        if (r == null) {
            errors.put("reason", "consult.error.reason");
        } else if (r.length() > ModerateComments.REASON_MAX) {
            errors.put("reason", "consult.error.tooLong");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        notReported(c);
        groups.decide(groupId, d, r, user.id());
        events.publishEvent(new StaffAction(user.id(), user.username(), c.organisationId(), "consultation.groupDecide",
                "consultation", String.valueOf(consultationId), Map.of(),
                Map.of("group", groupId, "decision", d.name(), "reason", r, "comments", g.commentIds().toString())));
    }

    @Transactional
    public void dissolve(StaffUser user, long consultationId, long groupId) {
        Consultation c = editable(user, consultationId);
        CommentGroup g = groupOf(c, groupId);
        notReported(c);
        groups.delete(groupId);
        events.publishEvent(new StaffAction(user.id(), user.username(), c.organisationId(), "consultation.ungroup",
                "consultation", String.valueOf(consultationId), Map.of("group", groupId,
                "comments", g.commentIds().toString()), Map.of()));
    }

    CommentGroup groupOf(Consultation c, long groupId) {
        return groups.find(groupId).filter(g -> g.consultationId() == c.id())
                .orElseThrow(() -> new NotFoundException("group", groupId));
    }

    private Consultation editable(StaffUser user, long consultationId) {
        Consultation c = drafts.get(user, consultationId);
        access.requireRole(user, c.organisationId(), Role.EDITOR, Role.PUBLISHER);
        return c;
    }

    private static void notReported(Consultation c) {
        if (c.reportPublishedAt() != null) {
            throw new ConflictException("consult.error.reported");
        }
    }
}
