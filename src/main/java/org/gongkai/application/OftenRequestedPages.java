package org.gongkai.application;

import org.gongkai.platform.audit.StaffAction;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.web.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;
import java.util.Map;

/**
 * Often-requested information (founding policy art. 二十): groups of the last 12 months' applications that ask for
 * similar information, and turning a group into a proactive-disclosure task (a simple record the office works on).
 */
@Controller
class OftenRequestedPages {

    static final double THRESHOLD = 0.5;

    record Task(long id, String title, int applications, String status, java.time.Instant createdAt) {
    }

    private final ApplicationStore store;
    private final OfficeAccess access;
    private final OrganisationDirectory organisations;
    private final JdbcClient jdbc;
    private final Today today;
    private final ApplicationEventPublisher events;

    OftenRequestedPages(ApplicationStore store, OfficeAccess access, OrganisationDirectory organisations,
                             JdbcClient jdbc, Today today, ApplicationEventPublisher events) {
        this.store = store;
        this.access = access;
        this.organisations = organisations;
        this.jdbc = jdbc;
        this.today = today;
        this.events = events;
    }

    @GetMapping("/admin/applications/similar")
    String groups(StaffUser user, Model model) {
        access.requireRead(user, user.organisationId());
        List<QueueRow> rows = store.since(user.organisationId(), today.date().minusMonths(12));
        model.addAttribute("organisation", organisations.get(user.organisationId()));
        model.addAttribute("groups", SimilarRequests.group(rows, THRESHOLD));
        model.addAttribute("tasks", jdbc.sql("""
                        select id, title, cardinality(application_ids) as n, status, created_at from disclosure_task
                         where organisation_id = ? order by created_at desc limit 100""")
                .param(user.organisationId())
                .query((rs, i) -> new Task(rs.getLong("id"), rs.getString("title"), rs.getInt("n"),
                        rs.getString("status"), rs.getTimestamp("created_at").toInstant())).list());
        model.addAttribute("canAct", access.canAct(user, user.organisationId()));
        return "application/similar";
    }

    @PostMapping("/admin/applications/similar/task")
    @Transactional
    String createTask(StaffUser user, @RequestParam(required = false) String title,
                      @RequestParam(name = "ids", required = false) List<Long> ids) {
        access.requireAct(user, user.organisationId());
        if (title == null || title.isBlank() || title.length() > 300) {
            throw InvalidInputException.of("title", "app.error.taskTitle");
        }
        if (ids == null || ids.isEmpty() || ids.size() > 1000) {
            throw InvalidInputException.of("ids", "app.error.taskIds");
        }
        long own = jdbc.sql("select count(*) from disclosure_application where organisation_id = :org and id in (:ids)")
                .param("org", user.organisationId()).param("ids", ids).query(Long.class).single();
        if (own != ids.stream().distinct().count()) {
            throw InvalidInputException.of("ids", "app.error.taskIds");
        }
        long id = jdbc.sql("""
                        insert into disclosure_task (organisation_id, title, application_ids, created_by)
                        values (?, ?, ?, ?) returning id""")
                .params(user.organisationId(), title.strip(), ids.stream().distinct().toArray(Long[]::new), user.id())
                .query(Long.class).single();
        events.publishEvent(new StaffAction(user.id(), user.username(), user.organisationId(), "application.task.create",
                "disclosure_task", String.valueOf(id), Map.of(), Map.of("title", title.strip(), "applications", ids.size())));
        return "redirect:/admin/applications/similar";
    }
}
