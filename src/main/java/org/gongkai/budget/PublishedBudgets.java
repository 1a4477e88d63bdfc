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

    /** The year's published versions that amendments replaced (kept and shown as such). */
    List<Publication> superseded(long organisationId, int year) {
        return store.superseded(organisationId, year);
    }

    /** A published version by number, current or replaced, with its tables. */
    Optional<YearView.Shown> version(long organisationId, int year, BudgetKind kind, int amendment) {
        return store.publishedVersion(organisationId, year, kind, amendment).map(p -> {
            BudgetStore.Tables t = store.tables(p.id());
            return YearView.Shown.of(p, t);
        });
    }

    List<BudgetStore.PublishedYear> years(int max) {
        return store.publishedYears(max);
    }

    private YearView.Shown shown(List<Publication> list, BudgetKind kind) {
        return list.stream().filter(p -> p.kind() == kind && p.published()).findFirst().map(p -> {
            BudgetStore.Tables t = store.tables(p.id());
            return YearView.Shown.of(p, t);
        }).orElse(null);
    }
}
