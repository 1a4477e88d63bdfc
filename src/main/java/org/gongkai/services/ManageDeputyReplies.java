package org.gongkai.services;

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

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The actions on the replies to deputies' suggestions and members' proposals (建议提案办理结果). Editors record a
 * suggestion, its reply and the promises the reply makes (each optionally carried out by a ledger task); a publisher
 * publishes, and alone changes a reply once it is public. Every action is a {@link StaffAction}.
 */
@Service
public class ManageDeputyReplies {

    private final DeputyReplyStore store;
    private final TaskLedgerStore tasks;
    private final OrganisationAccess access;
    private final ApplicationEventPublisher events;
    private final ManageTaskLedger ledger;
    private final PublicEditions editions;

    ManageDeputyReplies(DeputyReplyStore store, TaskLedgerStore tasks, OrganisationAccess access,
                        ApplicationEventPublisher events, ManageTaskLedger ledger, PublicEditions editions) {
        this.store = store;
        this.tasks = tasks;
        this.access = access;
        this.events = events;
        this.ledger = ledger;
        this.editions = editions;
    }

    @Transactional
    public long create(StaffUser user, DeputyReplyForm form) {
        access.requireRole(user, user.organisationId(), Role.EDITOR);
        DeputyReplyValidation.Values v = DeputyReplyValidation.reply(form);
        if (store.codeTaken(user.organisationId(), v.year(), v.kind(), v.code(), null)) {
            throw InvalidInputException.of("code", "svc.reply.error.codeTaken");
        }
        long id = store.insert(user.organisationId(), v, user.id());
        log(user, user.organisationId(), id, "reply.create", Map.of(), v.asMap());
        return id;
    }

    @Transactional
    public void update(StaffUser user, long id, DeputyReplyForm form) {
        DeputyReply before = changeable(user, id);
        DeputyReplyValidation.Values v = DeputyReplyValidation.reply(form);
        int version = PublicRecords.version(form.version());
        if (store.codeTaken(before.organisationId(), v.year(), v.kind(), v.code(), id)) {
            throw InvalidInputException.of("code", "svc.reply.error.codeTaken");
        }
        if (!store.update(id, version, v)) {
            throw new ConflictException("svc.error.stale");
        }
        PublicRecords.Diff d = PublicRecords.diff(DeputyReplyValidation.Values.of(before).asMap(), v.asMap());
        log(user, before.organisationId(), id, "reply.update", d.was(), d.now());
        announce(before);
    }

    /** Adds a promise the reply makes; the task named must be one of the organisation's ledger tasks. */
    @Transactional
    public long addPromise(StaffUser user, long id, String text, String dueOn, String task) {
        DeputyReply r = changeable(user, id);
        DeputyReplyValidation.Promise p = DeputyReplyValidation.promise(text, dueOn, task);
        Long taskId = null;
        if (p.taskCode() != null) {
            int year = p.taskYear() != null ? p.taskYear() : r.year();
            taskId = tasks.findByCode(r.organisationId(), year, p.taskCode()).map(LedgerTask::id)
                    .orElseThrow(() -> InvalidInputException.of("promiseTask", "svc.reply.error.taskUnknown"));
        }
        long pid = store.addPromise(id, p, taskId);
        store.touch(id);
        Map<String, Object> now = new LinkedHashMap<>();
        now.put("promise", pid);
        now.put("text", p.text());
        now.put("dueOn", p.dueOn().toString());
        now.put("task", taskId);
        log(user, r.organisationId(), id, "promise.add", Map.of(), now);
        announce(r);
        return pid;
    }

    /** Records that a promise was kept: when, and what came of it. */
    @Transactional
    public void keepPromise(StaffUser user, long id, long promiseId, String keptOn, String result) {
        DeputyReply r = changeable(user, id);
        DeputyReplyValidation.Kept k = DeputyReplyValidation.kept(promiseId, keptOn, result);
        if (!store.keepPromise(id, promiseId, k)) {
            throw new NotFoundException("open promise", promiseId);
        }
        store.touch(id);
        log(user, r.organisationId(), id, "promise.kept", Map.of(),
                Map.of("promise", promiseId, "keptOn", k.keptOn().toString(), "result", k.result()));
        announce(r);
    }

    @Transactional
    public void publish(StaffUser user, long id) {
        DeputyReply r = store.lock(id).orElseThrow(() -> new NotFoundException("reply", id));
        access.requireRole(user, r.organisationId(), Role.PUBLISHER);
        if (r.published()) {
            throw new ConflictException("svc.reply.error.published");
        }
        store.publish(id, user.id());
        recordEdition(id);
        log(user, r.organisationId(), id, "reply.publish", Map.of("published", false), Map.of("published", true));
        events.publishEvent(new SiteContentChanged(r.organisationId()));
    }

    DeputyReply readable(StaffUser user, long id) {
        DeputyReply r = get(id);
        access.requireRead(user, r.organisationId());
        return r;
    }

    DeputyReply get(long id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("reply", id));
    }

    /** Its editors while it is a draft, its publishers once it is public. */
    boolean mayChange(StaffUser user, DeputyReply r) {
        return PublicRecords.mayChange(access, user, r.organisationId(), r.published());
    }

    LocalDate today() {
        return ledger.today();
    }

    private DeputyReply changeable(StaffUser user, long id) {
        DeputyReply r = get(id);
        PublicRecords.requireChangeable(access, user, r.organisationId(), r.published());
        return r;
    }

    /** A change to a public reply is public at once: a new edition of its history, and the site changes. */
    private void announce(DeputyReply r) {
        if (r.published()) {
            recordEdition(r.id());
            events.publishEvent(new SiteContentChanged(r.organisationId()));
        }
    }

    private void recordEdition(long id) {
        DeputyReply r = get(id);
        editions.record(PublicEditions.Part.REPLY, r.organisationId(), String.valueOf(id),
                publicFields(r, store.promises(id, false)));
    }

    /** What the public sees of a reply and its promises, with the keys of its history and API. */
    static Map<String, Object> publicFields(DeputyReply r, List<DeputyPromise> promises) {
        Map<String, Object> m = new LinkedHashMap<>(DeputyReplyValidation.Values.of(r).asMap());
        m.put("promises", promises.stream().map(p -> {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("position", p.position());
            e.put("text", p.text());
            e.put("dueOn", p.dueOn().toString());
            e.put("keptOn", p.keptOn() == null ? null : p.keptOn().toString());
            e.put("result", p.result());
            return e;
        }).toList());
        return m;
    }

    private void log(StaffUser user, long organisationId, long id, String action, Map<String, Object> was,
                     Map<String, Object> now) {
        events.publishEvent(new StaffAction(user.id(), user.username(), organisationId, "services." + action,
                "svc_proposal", String.valueOf(id), was, now));
    }
}
