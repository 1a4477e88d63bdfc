package org.gongkai.services;

import org.gongkai.document.PublishedDocuments;
import org.gongkai.identity.OrganisationAccess;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.audit.StaffAction;
import org.gongkai.platform.web.ConflictException;
import org.gongkai.platform.web.InvalidInputException;
import org.gongkai.platform.web.NotFoundException;
import org.gongkai.portal.SiteContentChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The actions on the task ledger (执行公开). Editors draft tasks, milestones and progress updates; a publisher
 * publishes a task and the progress recorded since, and alone changes a task once it is public (the change is then
 * public at once, and in its public history). Every action is a {@link StaffAction} and a line of the task's history.
 */
@Service
public class ManageTaskLedger {

    private final TaskLedgerStore store;
    private final OrganisationAccess access;
    private final PublishedDocuments documents;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ManageTaskLedger(TaskLedgerStore store, OrganisationAccess access, PublishedDocuments documents,
                     ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.access = access;
        this.documents = documents;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public long create(StaffUser user, TaskForm form) {
        access.requireRole(user, user.organisationId(), Role.EDITOR);
        TaskLedgerValidation.Values v = TaskLedgerValidation.task(form);
        if (store.codeTaken(user.organisationId(), v.year(), v.code(), null)) {
            throw InvalidInputException.of("code", "svc.task.error.codeTaken");
        }
        long id = store.insert(user.organisationId(), v, user.id());
        log(user, user.organisationId(), id, "task.create", Map.of(), v.asMap());
        return id;
    }

    @Transactional
    public void update(StaffUser user, long id, TaskForm form) {
        LedgerTask before = changeable(user, id);
        TaskLedgerValidation.Values v = TaskLedgerValidation.task(form);
        int version = PublicRecords.version(form.version());
        if (store.codeTaken(before.organisationId(), v.year(), v.code(), id)) {
            throw InvalidInputException.of("code", "svc.task.error.codeTaken");
        }
        if (!store.update(id, version, v)) {
            throw new ConflictException("svc.error.stale");
        }
        PublicRecords.Diff d = PublicRecords.diff(TaskLedgerValidation.Values.of(before).asMap(), v.asMap());
        log(user, before.organisationId(), id, "task.update", d.was(), d.now());
        announce(before);
    }

    @Transactional
    public long addMilestone(StaffUser user, long id, String title, String due) {
        LedgerTask t = changeable(user, id);
        TaskLedgerValidation.Milestone m = TaskLedgerValidation.milestone(title, due);
        long mid = store.addMilestone(id, m);
        store.touch(id);
        log(user, t.organisationId(), id, "milestone.add", Map.of(),
                Map.of("milestone", mid, "title", m.title(), "due", m.due().toString()));
        announce(t);
        return mid;
    }

    @Transactional
    public void completeMilestone(StaffUser user, long id, long milestoneId, String on) {
        LedgerTask t = changeable(user, id);
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate d = TaskLedgerValidation.date(on, "doneOn-" + milestoneId, true, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (!store.completeMilestone(id, milestoneId, d)) {
            throw new NotFoundException("open milestone", milestoneId);
        }
        store.touch(id);
        log(user, t.organisationId(), id, "milestone.done", Map.of(),
                Map.of("milestone", milestoneId, "doneOn", d.toString()));
        announce(t);
    }

    /** Records a progress update; the public sees it once a publisher publishes it. */
    @Transactional
    public long addProgress(StaffUser user, long id, String reportedOn, String percent, String summary, String evidence) {
        LedgerTask t = get(id);
        access.requireRole(user, t.organisationId(), Role.EDITOR);
        TaskLedgerValidation.Progress p = TaskLedgerValidation.progress(reportedOn, percent, summary, evidence);
        return addProgress(user, t, p, "evidence");
    }

    long addProgress(StaffUser user, LedgerTask t, TaskLedgerValidation.Progress p, String evidenceField) {
        if (p.evidenceDocument() != null && documents.find(p.evidenceDocument()).filter(d -> !d.withdrawn()).isEmpty()) {
            throw InvalidInputException.of(evidenceField, "svc.task.error.evidenceDocument");
        }
        long pid = store.addProgress(t.id(), p, user.id());
        store.touch(t.id());
        Map<String, Object> now = new LinkedHashMap<>();
        now.put("progress", pid);
        now.put("reportedOn", p.reportedOn().toString());
        now.put("percent", p.percent());
        now.put("summary", p.summary());
        now.put("evidence", p.evidenceDocument() != null ? "/documents/" + p.evidenceDocument() : p.evidenceUrl());
        log(user, t.organisationId(), t.id(), "progress.add", Map.of(), now);
        return pid;
    }

    /** Status change from the CSV import; on a public task only a publisher may make it. */
    void setStatus(StaffUser user, LedgerTask t, TaskStatus status, LocalDate doneOn) {
        store.setStatus(t.id(), status, doneOn);
        Map<String, Object> was = new LinkedHashMap<>();
        was.put("status", t.status().name());
        was.put("doneOn", t.doneOn() == null ? null : t.doneOn().toString());
        Map<String, Object> now = new LinkedHashMap<>();
        now.put("status", status.name());
        now.put("doneOn", doneOn == null ? null : doneOn.toString());
        log(user, t.organisationId(), t.id(), "task.update", was, now);
        announce(t);
    }

    /** Publishes the task (if it is not public yet) and the progress updates recorded since. */
    @Transactional
    public int publish(StaffUser user, long id) {
        LedgerTask t = store.lock(id).orElseThrow(() -> new NotFoundException("task", id));
        access.requireRole(user, t.organisationId(), Role.PUBLISHER);
        int pending = store.pendingProgress(id);
        if (t.published() && pending == 0) {
            throw new ConflictException("svc.task.error.nothingToPublish");
        }
        if (!t.published()) {
            store.publish(id, user.id());
        }
        int n = store.publishProgress(id);
        if (n > 0) {
            store.touch(id); // the feed's entry changes with the task's public progress
        }
        log(user, t.organisationId(), id, "task.publish", Map.of("published", t.published()),
                Map.of("published", true, "progress", n));
        events.publishEvent(new SiteContentChanged(t.organisationId()));
        return n;
    }

    /** The task, for a staff member who may read its organisation's back office. */
    LedgerTask readable(StaffUser user, long id) {
        LedgerTask t = get(id);
        access.requireRead(user, t.organisationId());
        return t;
    }

    LedgerTask get(long id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("task", id));
    }

    /** Who may change a task: its editors while it is a draft, its publishers once it is public. */
    boolean mayChange(StaffUser user, LedgerTask t) {
        return PublicRecords.mayChange(access, user, t.organisationId(), t.published());
    }

    private LedgerTask changeable(StaffUser user, long id) {
        LedgerTask t = get(id);
        PublicRecords.requireChangeable(access, user, t.organisationId(), t.published());
        return t;
    }

    private void announce(LedgerTask t) {
        if (t.published()) {
            events.publishEvent(new SiteContentChanged(t.organisationId()));
        }
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(org.gongkai.platform.Zones.CHINA));
    }

    private void log(StaffUser user, long organisationId, long taskId, String action, Map<String, Object> was,
                        Map<String, Object> now) {
        store.change(taskId, action, was, now);
        events.publishEvent(new StaffAction(user.id(), user.username(), organisationId, "services." + action,
                "svc_task", String.valueOf(taskId), was, now));
    }
}
