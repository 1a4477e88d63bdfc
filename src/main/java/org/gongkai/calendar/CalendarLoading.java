package org.gongkai.calendar;

import org.gongkai.platform.audit.StaffAction;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.web.ForbiddenException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads a year's holiday notice into the database (or removes a loaded one), for the system administrator only,
 * and records the action in the audit log. A year that is already known is replaced only when asked to.
 */
@Service
class CalendarLoading {

    private final CalendarStore store;
    private final WorkingDayCalendar calendar;
    private final ApplicationEventPublisher events;

    CalendarLoading(CalendarStore store, WorkingDayCalendar calendar, ApplicationEventPublisher events) {
        this.store = store;
        this.calendar = calendar;
        this.events = events;
    }

    static void requireAdmin(StaffUser user) {
        if (!user.has(Role.SYSTEM_ADMIN)) {
            throw new ForbiddenException("calendar.admin.noPermission");
        }
    }

    /** Loads the notice; returns the problems that stop it (nothing is written then). */
    @Transactional
    List<Problem> load(HolidayNotice notice, String source, boolean replace, StaffUser actor) {
        requireAdmin(actor);
        KnownYear existing = calendar.knownYears().stream().filter(k -> k.year() == notice.year()).findFirst().orElse(null);
        if (existing != null && !replace) {
            return List.of(Problem.of("replace", existing.loaded() ? "calendar.load.existsLoaded" : "calendar.load.existsShipped",
                    String.valueOf(notice.year())));
        }
        store.replace(notice, source, actor.id(), actor.displayName());
        Map<String, Object> before = new LinkedHashMap<>();
        if (existing != null) {
            before.put("source", existing.loaded() ? existing.source() : "SHIPPED");
            before.put("offDays", existing.offDays());
            before.put("makeUpDays", existing.makeUpDays());
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("source", source);
        after.put("days", notice.days().size());
        after.put("offDays", notice.days().stream().filter(NoticeDay::off).count());
        after.put("papers", String.join(" ", notice.papers()));
        events.publishEvent(new StaffAction(actor.id(), actor.username(), actor.organisationId(), "calendar.year.load",
                "calendar_year", String.valueOf(notice.year()), before, after));
        return List.of();
    }

    /** Removes a loaded year (the shipped data, if any, applies again); false when nothing was loaded. */
    @Transactional
    boolean remove(int year, StaffUser actor) {
        requireAdmin(actor);
        if (!store.remove(year)) {
            return false;
        }
        events.publishEvent(new StaffAction(actor.id(), actor.username(), actor.organisationId(), "calendar.year.remove",
                "calendar_year", String.valueOf(year), Map.of("loaded", true), Map.of("loaded", false)));
        return true;
    }
}
