package org.gongkai.budget;

import org.gongkai.identity.Role;
import org.gongkai.platform.AdminNavItem;
import org.gongkai.platform.WorkListItem;
import org.gongkai.platform.Zones;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

/** The back-office entry of budgets, and the unpublished ones past their twenty days on the landing page. */
@Configuration(proxyBeanMethods = false)
class BudgetNavigation {

    @Bean
    AdminNavItem budgetNav() {
        return new AdminNavItem("budget.nav", "/admin/budgets", 47,
                Set.of(Role.EDITOR.name(), Role.PUBLISHER.name(), Role.REVIEWER.name()));
    }

    @Bean
    WorkListItem budgetOverdue(BudgetStore store, Clock clock) {
        return new WorkListItem("budget.worklist.overdue", "/admin/budgets?overdue=true", 47,
                Set.of(Role.EDITOR.name(), Role.PUBLISHER.name()),
                org -> store.overdueDrafts(org, LocalDate.now(clock.withZone(Zones.CHINA))));
    }
}
