package org.gongkai.services;

import org.gongkai.document.PublishedDocuments;
import org.gongkai.identity.OrganisationAccess;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.audit.StaffAction;
import org.gongkai.platform.web.InvalidInputException;
import org.gongkai.platform.web.NotFoundException;
import org.gongkai.portal.SiteContentChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says which of the organisation's published documents is its work plan or work summary of a year. The document
 * itself goes through the documents' review; linking it is an editor's audited action.
 */
@Service
public class ManageWorkPlans {

    private static final Pattern DOCUMENT_REF = Pattern.compile("(?:.*/documents/)?([0-9]{1,18})/?");

    private final WorkPlanStore store;
    private final PublishedDocuments documents;
    private final OrganisationAccess access;
    private final ApplicationEventPublisher events;
    private final PublicEditions editions;

    ManageWorkPlans(WorkPlanStore store, PublishedDocuments documents, OrganisationAccess access,
                    ApplicationEventPublisher events, PublicEditions editions) {
        this.store = store;
        this.documents = documents;
        this.access = access;
        this.events = events;
        this.editions = editions;
    }

    /** A link's public fields, with the keys of its history and API; {@code document} null once unlinked. */
    static Map<String, Object> publicFields(int year, WorkPlan.Kind kind, Long document) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("year", year);
        m.put("kind", kind.name());
        m.put("document", document);
        return m;
    }

    /** The history's subject of a year's plan or summary: the link row is replaced or deleted, its history is not. */
    static String subject(int year, WorkPlan.Kind kind) {
        return year + "/" + kind.name();
    }

    @Transactional
    public void link(StaffUser user, String year, String kind, String document) {
        long org = user.organisationId();
        access.requireRole(user, org, Role.EDITOR);
        Map<String, String> e = new LinkedHashMap<>();
        Integer y = PlanValidation.integer(year);
        if (y == null || y < 2000 || y > 2200) {
            e.put("year", "svc.task.error.year");
        }
        WorkPlan.Kind k = DeputyReplyValidation.parse(WorkPlan.Kind.class, kind);
        if (k == null) {
            e.put("kind", "svc.plan.error.kind");
        }
        Long doc = null;
        if (document == null || document.isBlank()) {
            e.put("document", "svc.error.required");
        } else {
            Matcher m = DOCUMENT_REF.matcher(document.strip());
            if (!m.matches()) {
                e.put("document", "svc.cleanup.error.documentRef");
            } else {
                doc = Long.valueOf(m.group(1));
                long id = doc;
                if (documents.find(id).filter(d -> !d.withdrawn() && d.organisationId() == org).isEmpty()) {
                    e.put("document", "svc.cleanup.error.document");
                }
            }
        }
        if (!e.isEmpty()) {
            throw new InvalidInputException(e);
        }
        Long before = store.link(org, y, k, doc, user.id()).orElse(null);
        editions.record(PublicEditions.Part.WORK_PLAN, org, subject(y, k), publicFields(y, k, doc));
        Map<String, Object> was = new LinkedHashMap<>();
        was.put("document", before);
        Map<String, Object> now = new LinkedHashMap<>();
        now.put("year", y);
        now.put("kind", k.name());
        now.put("document", doc);
        events.publishEvent(new StaffAction(user.id(), user.username(), org, "services.plan.link", "svc_work_plan",
                org + "/" + y + "/" + k.name(), was, now));
        events.publishEvent(new SiteContentChanged(org));
    }

    @Transactional
    public void unlink(StaffUser user, long id) {
        WorkPlan p = store.find(id).orElseThrow(() -> new NotFoundException("work plan", id));
        access.requireRole(user, p.organisationId(), Role.EDITOR);
        store.unlink(p.organisationId(), id);
        editions.record(PublicEditions.Part.WORK_PLAN, p.organisationId(), subject(p.year(), p.kind()),
                publicFields(p.year(), p.kind(), null));
        events.publishEvent(new StaffAction(user.id(), user.username(), p.organisationId(), "services.plan.unlink",
                "svc_work_plan", p.organisationId() + "/" + p.year() + "/" + p.kind().name(),
                Map.of("document", p.documentId()), Map.of()));
        events.publishEvent(new SiteContentChanged(p.organisationId()));
    }
}
