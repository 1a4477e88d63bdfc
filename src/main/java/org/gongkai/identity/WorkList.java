package org.gongkai.identity;

import org.gongkai.platform.WorkListItem;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Collects the modules' work-list lines for a staff member: the lines for their roles, counted in their organisation. */
@Component
class WorkList {

    /** A line as the landing page shows it. */
    record Line(String labelKey, String link, long count) {
    }

    /** What waits for a staff member; {@code applies} is false when none of their roles has a work list at all. */
    record Waiting(boolean applies, List<Line> lines) {
    }

    private final List<WorkListItem> items;

    WorkList(List<WorkListItem> items) {
        this.items = items.stream().sorted(Comparator.comparingInt(WorkListItem::order)).toList();
    }

    Waiting waitingFor(StaffUser user) {
        Set<String> roles = user.roles().stream().map(Role::name).collect(Collectors.toSet());
        List<WorkListItem> mine = items.stream().filter(i -> i.shownTo(roles)).toList();
        List<Line> lines = mine.stream()
                .map(i -> new Line(i.labelKey(), i.link(), i.count() instanceof WorkListItem.PersonalCount p
                        ? p.forStaff(user.organisationId(), user.id()) : i.count().in(user.organisationId())))
                .filter(l -> l.count() > 0)
                .toList();
        return new Waiting(!mine.isEmpty(), lines);
    }
}
