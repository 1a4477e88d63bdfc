package org.gongkai.budget;

import org.gongkai.inspection.OverduePublications;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;

/**
 * Budgets and final accounts not published within twenty days of approval (预算法 art. 14, ADR 0032) in the site
 * self-inspection's list of what to fix.
 */
@Component
class BudgetInspection implements OverduePublications {

    private final BudgetStore store;

    BudgetInspection(BudgetStore store) {
        this.store = store;
    }

    @Override
    public List<Overdue> overdue(long organisationId, LocalDate today) {
        return store.overdueDraftList(organisationId, today).stream()
                .map(p -> new Overdue(p.title(), "budget.inspection.overdue",
                        List.of(p.approvedOn(), p.dueOn()), p.dueOn(), "/admin/budgets/" + p.id()))
                .toList();
    }
}
