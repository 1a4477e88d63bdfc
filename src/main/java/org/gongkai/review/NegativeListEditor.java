package org.gongkai.review;

import org.gongkai.platform.audit.StaffAction;
import org.gongkai.identity.OrganisationAccess;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.web.ConflictException;
import org.gongkai.platform.web.FieldErrors;
import org.gongkai.platform.web.ForbiddenException;
import org.gongkai.platform.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Changes an organisation's own negative list: only its security administrator, only its own entries (inherited
 * entries are changed where they were set). Every change is audited with the state before and after.
 */
@Service
public class NegativeListEditor {

    static final int MAX_TERMS = 200;

    private final NegativeListRepository repository;
    private final OrganisationAccess access;
    private final ApplicationEventPublisher events;

    NegativeListEditor(NegativeListRepository repository, OrganisationAccess access, ApplicationEventPublisher events) {
        this.repository = repository;
        this.access = access;
        this.events = events;
    }

    @Transactional
    public long create(StaffUser user, NegativeListDraft draft) {
        access.requireRole(user, user.organisationId(), Role.SECURITY_ADMIN);
        NegativeListDraft clean = validate(draft);
        long id = repository.insert(user.organisationId(), clean, user.id());
        audit(user, "negative-list.create", id, Map.of(), state(clean));
        return id;
    }

    @Transactional
    public void update(StaffUser user, long id, int version, NegativeListDraft draft) {
        NegativeListEntry before = editable(user, id);
        NegativeListDraft clean = validate(draft);
        if (!repository.update(id, version, clean, user.id())) {
            throw new ConflictException("review.negative.stale");
        }
        audit(user, "negative-list.update", id, state(asDraft(before)), state(clean));
    }

    @Transactional
    public void delete(StaffUser user, long id, int version) {
        NegativeListEntry before = editable(user, id);
        if (!repository.delete(id, version)) {
            throw new ConflictException("review.negative.stale");
        }
        audit(user, "negative-list.delete", id, state(asDraft(before)), Map.of());
    }

    private NegativeListEntry editable(StaffUser user, long id) {
        access.requireRole(user, user.organisationId(), Role.SECURITY_ADMIN);
        NegativeListEntry entry = repository.find(id).orElseThrow(() -> new NotFoundException("negative-list entry", id));
        if (entry.organisationId() != user.organisationId()) {
            throw new ForbiddenException("review.negative.inherited.forbidden");
        }
        return entry;
    }

    /** Trims the draft and checks every field; throws {@code InvalidInputException} with a message per field. */
    static NegativeListDraft validate(NegativeListDraft d) {
        FieldErrors errors = new FieldErrors();
        String basis = d.legalBasis() == null ? "" : d.legalBasis().strip();
        String description = d.description() == null ? "" : d.description().strip();
        List<String> terms = d.terms() == null ? List.of()
                : d.terms().stream().map(String::strip).filter(t -> !t.isEmpty()).distinct().toList();
        errors.require(d.category() != null, "category", "review.negative.category.invalid");
        errors.require(!basis.isEmpty() && basis.length() <= 500, "legalBasis", "review.negative.legalBasis.invalid");
        errors.require(description.length() <= 2000, "description", "review.negative.description.tooLong");
        errors.require(d.reviewDate() != null, "reviewDate", "review.negative.reviewDate.invalid");
        errors.require(terms.size() <= MAX_TERMS, "terms", "review.negative.terms.tooMany");
        terms.stream().map(NegativeTerm::problem).filter(p -> p != null).findFirst()
                .ifPresent(p -> errors.reject("terms", p));
        errors.throwIfAny();
        return new NegativeListDraft(d.category(), basis, description, terms, d.reviewDate());
    }

    private static NegativeListDraft asDraft(NegativeListEntry e) {
        return new NegativeListDraft(e.category(), e.legalBasis(), e.description(), e.terms(), e.reviewDate());
    }

    private static Map<String, Object> state(NegativeListDraft d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("category", d.category().name());
        m.put("legalBasis", d.legalBasis());
        m.put("description", d.description());
        m.put("terms", List.copyOf(d.terms()));
        m.put("reviewDate", d.reviewDate().toString());
        return m;
    }

    private void audit(StaffUser user, String action, long id, Map<String, Object> before, Map<String, Object> after) {
        events.publishEvent(new StaffAction(user.id(), user.username(), user.organisationId(), action,
                "negative_list_entry", String.valueOf(id), before, after));
    }
}
