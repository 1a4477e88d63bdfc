package org.gongkai.budget;

import org.gongkai.identity.OrganisationAccess;
import org.gongkai.identity.OrganisationDirectory;
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
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The staff actions on an organisation's budget glossary (ADR 0051): add, change and remove a term, each audited. An
 * editor or publisher of the organisation keeps it; the organisations above may read it. A term applies to the
 * publications of its organisation and of every organisation below it, so a change drops those sites' cached pages.
 */
@Service
class BudgetGlossary {

    static final int TERM_MAX = 60;
    static final int DEFINITION_MAX = 2000;
    static final int CITATION_MAX = 300;

    /** The form as typed. */
    record Form(String term, String definition, String source, String citation, String version) {
        static Form blank() {
            return new Form("", "", GlossaryTerm.WRITTEN, "", "0");
        }

        static Form of(GlossaryTerm t) {
            return new Form(t.term(), t.definition(), t.source(), t.citation() == null ? "" : t.citation(),
                    String.valueOf(t.version()));
        }
    }

    private final GlossaryStore store;
    private final OrganisationAccess access;
    private final OrganisationDirectory organisations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    BudgetGlossary(GlossaryStore store, OrganisationAccess access, OrganisationDirectory organisations,
                   ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.access = access;
        this.organisations = organisations;
        this.events = events;
        this.clock = clock;
    }

    /** A term the user may read (403 for an organisation not theirs or below theirs, 404 when there is none). */
    GlossaryTerm readable(StaffUser user, long id) {
        GlossaryTerm t = store.find(id).orElseThrow(() -> new NotFoundException("glossary term", id));
        access.requireRead(user, t.organisationId());
        return t;
    }

    /** Adds a term ({@code id} null) or changes one; a field that is wrong is a 400 with its message. */
    @Transactional
    long save(StaffUser user, Long id, Form form) {
        GlossaryTerm existing = id == null ? null : readable(user, id);
        long org = existing == null ? user.organisationId() : existing.organisationId();
        access.requireRole(user, org, Role.EDITOR, Role.PUBLISHER);
        Map<String, String> errors = new LinkedHashMap<>();
        String term = BudgetPublications.text(form.term());
        String definition = BudgetPublications.text(form.definition());
        String source = BudgetPublications.text(form.source());
        String citation = BudgetPublications.text(form.citation());
        if (term == null || term.length() > TERM_MAX) {
            errors.put("term", term == null ? "budget.glossary.error.term" : "budget.error.tooLong");
        } else if (store.exists(org, term, id)) {
            errors.put("term", "budget.glossary.error.duplicate");
        }
        if (definition == null || definition.length() > DEFINITION_MAX) {
            errors.put("definition", definition == null ? "budget.glossary.error.definition" : "budget.error.tooLong");
        }
        if (!GlossaryTerm.WRITTEN.equals(source) && !GlossaryTerm.CITED.equals(source)) {
            errors.put("source", "budget.glossary.error.source");
        } else if (GlossaryTerm.CITED.equals(source) && (citation == null || citation.length() > CITATION_MAX)) {
            errors.put("citation", citation == null ? "budget.glossary.error.citation" : "budget.error.tooLong");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String cite = GlossaryTerm.CITED.equals(source) ? citation : null;
        Instant now = clock.instant();
        long saved;
        Map<String, Object> before = existing == null ? Map.of() : values(existing.term(), existing.definition(),
                existing.source(), existing.citation());
        if (existing == null) {
            saved = store.insert(org, term, definition, source, cite, user.id(), now);
        } else {
            if (!String.valueOf(existing.version()).equals(BudgetPublications.text(form.version()))
                    || !store.update(existing.id(), existing.version(), term, definition, source, cite, user.id(), now)) {
                throw new ConflictException("budget.error.stale");
            }
            saved = existing.id();
        }
        events.publishEvent(new StaffAction(user.id(), user.username(), org, "budget.glossary.save",
                "budget_glossary_term", String.valueOf(saved), before, values(term, definition, source, cite)));
        changed(org);
        return saved;
    }

    @Transactional
    void delete(StaffUser user, long id, String version) {
        GlossaryTerm t = readable(user, id);
        access.requireRole(user, t.organisationId(), Role.EDITOR, Role.PUBLISHER);
        if (!String.valueOf(t.version()).equals(BudgetPublications.text(version)) || !store.delete(id, t.version())) {
            throw new ConflictException("budget.error.stale");
        }
        events.publishEvent(new StaffAction(user.id(), user.username(), t.organisationId(), "budget.glossary.delete",
                "budget_glossary_term", String.valueOf(id),
                values(t.term(), t.definition(), t.source(), t.citation()), Map.of()));
        changed(t.organisationId());
    }

    /** The terms shown with an organisation's publications: its own and those kept above it. */
    List<GlossaryTerm> applicable(long organisationId) {
        return store.applicable(organisations.ancestry(organisationId).stream().map(o -> o.id()).toList());
    }

    private void changed(long organisationId) {
        for (Long o : organisations.subtreeIds(organisationId)) {
            events.publishEvent(new SiteContentChanged(o));
        }
    }

    private static Map<String, Object> values(String term, String definition, String source, String citation) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("term", term);
        m.put("definition", definition);
        m.put("source", source);
        if (citation != null) {
            m.put("citation", citation);
        }
        return m;
    }
}
