package org.gongkai.budget;

import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/** The one read path of the public side: published publications only, with their tables and charts. */
@Component
class PublishedBudgets {

    private final BudgetStore store;

    PublishedBudgets(BudgetStore store) {
        this.store = store;
    }

    List<Publication> of(long organisationId) {
        return store.published(organisationId);
    }

    boolean any(long organisationId) {
        return store.anyPublished(organisationId);
    }

    Optional<YearView> year(long organisationId, int year) {
        List<Publication> list = store.publishedOfYear(organisationId, year);
        if (list.isEmpty()) {
            return Optional.empty();
        }
        YearView.Shown budget = shown(list, BudgetKind.BUDGET);
        YearView.Shown finalAccounts = shown(list, BudgetKind.FINAL);
        return Optional.of(YearView.of(year, budget, finalAccounts));
    }

    Optional<YearView.Shown> one(long organisationId, int year, BudgetKind kind) {
        return Optional.ofNullable(shown(store.publishedOfYear(organisationId, year), kind));
    }

    List<BudgetStore.PublishedYear> years(int max) {
        return store.publishedYears(max);
    }

    private YearView.Shown shown(List<Publication> list, BudgetKind kind) {
        return list.stream().filter(p -> p.kind() == kind && p.published()).findFirst().map(p -> {
            BudgetStore.Tables t = store.tables(p.id());
            return new YearView.Shown(p, t, YearView.threePublic(t.threePublic()));
        }).orElse(null);
    }
}
