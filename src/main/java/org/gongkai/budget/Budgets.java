package org.gongkai.budget;

import org.gongkai.identity.StaffUser;
import org.gongkai.platform.web.InvalidInputException;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.Map;

/**
 * The staff actions on budgets for callers outside this module (the demo content, operator tools): the same checks,
 * roles and audit as the back-office pages.
 */
@Service
public class Budgets {

    private final BudgetPublications actions;
    private final BudgetStore store;
    private final BudgetGlossary glossary;

    Budgets(BudgetPublications actions, BudgetStore store, BudgetGlossary glossary) {
        this.actions = actions;
        this.store = store;
        this.glossary = glossary;
    }

    /** Adds a term to the glossary of the user's organisation, marked as written by the organisation (ADR 0051). */
    public long writeTerm(StaffUser user, String term, String definition) {
        return glossary.save(user, null, new BudgetGlossary.Form(term, definition, GlossaryTerm.WRITTEN, "", "0"));
    }

    /** Uploads the workbook as the draft of the user's organisation; a problem in it throws, naming its place. */
    public long upload(StaffUser user, int year, BudgetKind kind, String title, LocalDate approvedOn,
                       String explanation, byte[] xlsx) {
        BudgetPublications.Uploaded u = actions.upload(user, user.organisationId(), new BudgetPublications.Upload(
                String.valueOf(year), kind.name(), title, approvedOn.toString(), explanation, null), kind.slug() + ".xlsx", xlsx);
        if (u.id() == null) {
            BudgetWorkbook.Problem p = u.workbook().problems().get(0);
            throw new InvalidInputException(Map.of(p.sheet() + "!" + p.column() + p.row(), p.key()));
        }
        return u.id();
    }

    public void publish(StaffUser user, long id, String reviewStatement) {
        Publication p = actions.readable(user, id);
        actions.publish(user, id, reviewStatement, String.valueOf(p.version()));
    }

    /** Whether the organisation has the year's budget or final accounts, published or not. */
    public boolean exists(long organisationId, int year, BudgetKind kind) {
        return store.draft(organisationId, year, kind).isPresent() || store.current(organisationId, year, kind).isPresent();
    }
}
