package org.gongkai.participation;

import org.gongkai.identity.Departments;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.audit.StaffAction;
import org.gongkai.portal.SiteContentChanged;
import org.gongkai.platform.web.ConflictException;
import org.gongkai.platform.web.InvalidInputException;
import org.gongkai.platform.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What staff do with a message: assign it to a person, add an internal note, transfer it to the organisation
 * responsible (its clock starts again there, the history keeps where it came from and the writer sees it), reply,
 * publish the exchange (the head of the office, only when the writer allowed it), or set it aside as not valid.
 * Every action checks the version the person saw, writes the message's history and publishes a {@link StaffAction}.
 */
@Service
public class HandleMessage {

    static final int NOTE_MAX = 2000;
    static final int REPLY_MAX = 5000;

    private final MessageStore store;
    private final MessageAssignmentStore assignments;
    private final MessageAccess access;
    private final ReplyClock clock;
    private final OrganisationDirectory organisations;
    private final ApplicationEventPublisher events;
    private final Departments departments;

    HandleMessage(MessageStore store, MessageAssignmentStore assignments, MessageAccess access, ReplyClock clock, OrganisationDirectory organisations,
                  ApplicationEventPublisher events, Departments departments) {
        this.departments = departments;
        this.store = store;
        this.assignments = assignments;
        this.access = access;
        this.clock = clock;
        this.organisations = organisations;
        this.events = events;
    }

    /** The message, for someone who may read it: 404 when there is none, 403 when it is another's. */
    CitizenMessage readable(StaffUser user, long id) {
        CitizenMessage m = store.find(id).orElseThrow(() -> new NotFoundException("message", id));
        access.requireRead(user, m.organisationId());
        return m;
    }

    /**
     * Assigns the message to a department of its organisation and/or a person who handles messages there; when both
     * are given, the person belongs to the department. Null clears either.
     */
    @Transactional
    public void assign(StaffUser user, long id, int version, Long departmentId, Long staffId) {
        CitizenMessage m = actable(user, id);
        Map<String, String> errors = new LinkedHashMap<>();
        if (departmentId != null && departments.find(departmentId)
                .filter(d -> d.organisationId() == m.organisationId()).isEmpty()) {
            errors.put("department", "msg.error.department");
        }
        if (staffId != null && assignments.assignees(m.organisationId()).stream().noneMatch(a -> a.id() == staffId)) {
            errors.put("assignee", "msg.error.assignee");
        } else if (staffId != null && departmentId != null && errors.isEmpty()
                && !departments.isMember(departmentId, staffId)) {
            errors.put("assignee", "msg.error.assigneeNotInDepartment");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (!assignments.assign(id, version, departmentId, staffId)) {
            throw new ConflictException("msg.stale");
        }
        store.event(id, "ASSIGNED", user.id(), null, null, null, false);
        audit(user, m, "message.assign", map("department", m.departmentId(), "assignedTo", m.assignedTo()),
                map("department", departmentId, "assignedTo", staffId));
    }

    @Transactional
    public void note(StaffUser user, long id, String text) {
        CitizenMessage m = actable(user, id);
        String note = text == null || text.isBlank() ? null : text.strip();
        if (note == null || note.length() > NOTE_MAX) {
            throw InvalidInputException.of("note", note == null ? "msg.error.note" : "msg.error.noteLong");
        }
        store.event(id, "NOTE", user.id(), null, null, note, false);
        audit(user, m, "message.note", Map.of(), map("note", note));
    }

    @Transactional
    public void transfer(StaffUser user, long id, int version, Long toOrganisation, String reason) {
        CitizenMessage m = actable(user, id);
        requireOpen(m);
        String note = reason == null || reason.isBlank() ? null : reason.strip();
        Map<String, String> errors = new LinkedHashMap<>();
        if (toOrganisation == null || toOrganisation == m.organisationId()
                || organisations.find(toOrganisation).isEmpty()) {
            errors.put("toOrganisation", "msg.error.transferTo");
        }
        if (note == null || note.length() > NOTE_MAX) {
            errors.put("reason", note == null ? "msg.error.transferReason" : "msg.error.noteLong");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        LocalDate today = clock.today();
        int days = clock.days(toOrganisation, m.type());
        LocalDate due = clock.due(today, days);
        if (!store.transfer(id, version, toOrganisation, today, days, due)) {
            throw new ConflictException("msg.stale");
        }
        store.event(id, "TRANSFERRED", user.id(), m.organisationId(), toOrganisation, note, true);
        audit(user, m, "message.transfer", map("organisation", m.organisationId(), "dueOn", m.dueOn().toString()),
                map("organisation", toOrganisation, "dueOn", due.toString(), "reason", note));
    }

    @Transactional
    public void reply(StaffUser user, long id, int version, String text) {
        CitizenMessage m = actable(user, id);
        requireOpen(m);
        if (text == null || text.isBlank()) {
            throw InvalidInputException.of("reply", "msg.error.reply");
        }
        if (text.length() > REPLY_MAX) {
            throw InvalidInputException.of("reply", "msg.error.replyLong");
        }
        LocalDate today = clock.today();
        if (!store.reply(id, version, text, clock.now(), today, user.id())) {
            throw new ConflictException("msg.stale");
        }
        store.event(id, "REPLIED", user.id(), null, null, null, true);
        audit(user, m, "message.reply", map("status", m.status().name()),
                map("status", MessageStatus.ANSWERED.name(), "onTime", !today.isAfter(m.dueOn())));
    }

    @Transactional
    public void publish(StaffUser user, long id, int version) {
        CitizenMessage m = store.find(id).orElseThrow(() -> new NotFoundException("message", id));
        access.requirePublish(user, m.organisationId());
        if (!m.mayPublish()) {
            throw new ConflictException("msg.publish.notAllowed");
        }
        if (m.status() != MessageStatus.ANSWERED) {
            throw new ConflictException("msg.publish.notAnswered");
        }
        if (m.published()) {
            throw new ConflictException("msg.publish.already");
        }
        PublicCopy copy = PublicCopy.of(m);
        if (!store.publish(id, version, clock.now(), user.id(), copy)) {
            throw new ConflictException("msg.stale");
        }
        store.event(id, "PUBLISHED", user.id(), null, null, null, true);
        events.publishEvent(new SiteContentChanged(m.organisationId()));
        audit(user, m, "message.publish", Map.of(), map("published", true, "masked", copy.findings().size()));
    }

    /** The head of office answers a dissatisfied writer's request for a second look; the writer sees the answer. */
    @Transactional
    public void answerSecondLook(StaffUser user, long id, int version, String text) {
        CitizenMessage m = store.find(id).orElseThrow(() -> new NotFoundException("message", id));
        access.requirePublish(user, m.organisationId());
        if (m.secondLook() == null || !m.secondLook().waiting()) {
            throw new ConflictException("msg.secondLook.notWaiting");
        }
        if (text == null || text.isBlank()) {
            throw InvalidInputException.of("secondLookReply", "msg.error.secondLookReply");
        }
        if (text.length() > REPLY_MAX) {
            throw InvalidInputException.of("secondLookReply", "msg.error.replyLong");
        }
        if (!store.answerSecondLook(id, version, text, clock.now(), user.id())) {
            throw new ConflictException("msg.stale");
        }
        store.event(id, "SECOND_LOOK_ANSWERED", user.id(), null, null, null, true);
        audit(user, m, "message.secondLook", map("secondLook", "ASKED"), map("secondLook", "ANSWERED"));
    }

    @Transactional
    public void markInvalid(StaffUser user, long id, int version, String reason) {
        CitizenMessage m = actable(user, id);
        requireOpen(m);
        InvalidReason r;
        try {
            r = InvalidReason.valueOf(String.valueOf(reason).strip());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("invalidReason", "msg.error.invalidReason");
        }
        if (!store.markInvalid(id, version, r)) {
            throw new ConflictException("msg.stale");
        }
        store.event(id, "INVALID", user.id(), null, null, r.name(), false);
        audit(user, m, "message.invalid", map("status", m.status().name()),
                map("status", MessageStatus.INVALID.name(), "reason", r.name()));
    }

    private CitizenMessage actable(StaffUser user, long id) {
        CitizenMessage m = store.find(id).orElseThrow(() -> new NotFoundException("message", id));
        access.requireAct(user, m.organisationId());
        return m;
    }

    private static void requireOpen(CitizenMessage m) {
        if (!m.open()) {
            throw new ConflictException("msg.notOpen");
        }
    }

    private void audit(StaffUser user, CitizenMessage m, String action, Map<String, Object> before,
                       Map<String, Object> after) {
        events.publishEvent(new StaffAction(user.id(), user.username(), m.organisationId(), action, "citizen_message",
                String.valueOf(m.id()), before, after));
    }

    /** A map that keeps nulls and order (Map.of refuses nulls). */
    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }
}
