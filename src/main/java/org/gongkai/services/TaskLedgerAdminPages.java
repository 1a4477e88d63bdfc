package org.gongkai.services;

import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.identity.OrganisationAccess;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.web.InvalidInputException;
import org.gongkai.platform.web.Page;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * The back office of the task ledger: an organisation's tasks for a year (with those of the organisations below it
 * on request, and their roll-up), the task form, a task's page with its milestones, progress and history, the
 * publisher's publication, and the progress CSV's re-import (its export is {@link TaskLedgerFiles}).
 */
@Controller
class TaskLedgerAdminPages {

    static final int PAGE_SIZE = 30;
    static final String BASE = "/admin/services/tasks";
    private static final Map<String, String> SORTS = Map.of("code", "t.code", "deadline", "t.deadline",
            "status", "t.status", "updated", "t.updated_at");

    private final TaskLedgerStore store;
    private final ManageTaskLedger manage;
    private final TaskProgressImport importer;
    private final OrganisationAccess access;
    private final OrganisationDirectory organisations;

    TaskLedgerAdminPages(TaskLedgerStore store, ManageTaskLedger manage, TaskProgressImport importer,
                         OrganisationAccess access, OrganisationDirectory organisations) {
        this.store = store;
        this.manage = manage;
        this.importer = importer;
        this.access = access;
        this.organisations = organisations;
    }

    record Query(Long org, Integer year, String status, boolean overdue, boolean sub, String sort, String dir,
                 Integer page) {
    }

    @GetMapping(BASE)
    String list(StaffUser user, @RequestParam(required = false) Long org, @RequestParam(required = false) String year,
                @RequestParam(required = false) String status, @RequestParam(required = false) boolean overdue,
                @RequestParam(required = false) boolean sub, @RequestParam(required = false) String sort,
                @RequestParam(required = false) String dir, @RequestParam(required = false) Integer page, Model model) {
        long orgId = org == null ? user.organisationId() : org;
        access.requireRead(user, orgId);
        Integer y = null;
        if (year != null && !year.isBlank()) {
            y = PlanValidation.integer(year);
            if (y == null || y < 2000 || y > 2200) {
                throw InvalidInputException.of("year", "svc.task.error.year");
            }
        }
        int shownYear = y != null ? y : manage.today().getYear();
        TaskStatus st = null;
        if (status != null && !status.isBlank()) {
            st = TaskLedgerValidation.status(status);
            if (st == null) {
                throw InvalidInputException.of("status", "svc.task.error.status");
            }
        }
        String s = sort != null && SORTS.containsKey(sort) ? sort : "code";
        String d = "desc".equals(dir) ? "desc" : "asc";
        List<Long> ids = sub ? organisations.subtreeIds(orgId) : List.of(orgId);
        Page<LedgerTask> rows = store.list(new TaskLedgerStore.Filter(ids, shownYear, st, overdue, manage.today()),
                SORTS.get(s) + " " + d, Page.clamp(page), PAGE_SIZE, false);
        model.addAttribute("organisation", organisations.get(orgId));
        model.addAttribute("organisations", organisations.subtree(user.organisationId()));
        model.addAttribute("rows", rows);
        model.addAttribute("names", rows.items().stream().map(t -> organisations.get(t.organisationId()).name()).toList());
        model.addAttribute("today", manage.today());
        model.addAttribute("q", new Query(orgId, shownYear, st == null ? null : st.name(), overdue, sub, s, d, rows.page()));
        model.addAttribute("statuses", TaskStatus.values());
        model.addAttribute("sorts", List.of("code", "deadline", "status", "updated"));
        if (sub) {
            model.addAttribute("rollUp", store.rollUp(ids, shownYear, manage.today(), false).stream()
                    .map(r -> new Object[]{organisations.get(r.organisationId()).name(), r}).toList());
        }
        boolean own = access.canEdit(user, orgId);
        model.addAttribute("canCreate", own && user.has(Role.EDITOR));
        model.addAttribute("canImport", orgId == user.organisationId() && (user.has(Role.EDITOR) || user.has(Role.PUBLISHER)));
        if (!model.containsAttribute("problems")) {
            model.addAttribute("problems", List.of());
            model.addAttribute("errors", Map.of());
        }
        return "services/task-admin-list";
    }

    @PostMapping(BASE + "/import")
    String importProgress(StaffUser user, @RequestParam(required = false) String year,
                          @RequestParam(required = false) MultipartFile file, HttpServletResponse response,
                          Model model) throws IOException {
        Integer y = PlanValidation.integer(year);
        try {
            if (y == null || y < 2000 || y > 2200) {
                throw InvalidInputException.of("year", "svc.task.error.year");
            }
            TaskProgressImport.Outcome o = importer.apply(user, y, file == null ? null : file.getBytes());
            return "redirect:" + BASE + "?year=" + y + "&added=" + o.progressAdded() + "&changed=" + o.statusChanged();
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("problems", e instanceof TaskProgressImport.Refused r ? r.problems : List.of());
            model.addAttribute("errors", e.fieldErrors());
            return list(user, null, y == null ? null : String.valueOf(y), null, false, false, null, null, null, model);
        }
    }

    @GetMapping(BASE + "/new")
    String newForm(StaffUser user, Model model) {
        access.requireRole(user, user.organisationId(), Role.EDITOR);
        return form(model, null, TaskForm.blank(manage.today().getYear()), Map.of(), null);
    }

    @PostMapping(BASE)
    String create(StaffUser user, @ModelAttribute TaskForm form, HttpServletResponse response, Model model) {
        return ServicesForms.submit(response, () -> "redirect:" + BASE + "/" + manage.create(user, form) + "?saved",
                errors -> form(model, null, form, errors, null));
    }

    @GetMapping(BASE + "/{id}/edit")
    String edit(StaffUser user, @PathVariable long id, Model model) {
        LedgerTask t = manage.readable(user, id);
        if (!manage.mayChange(user, t)) {
            access.requireRole(user, t.organisationId(), t.published() ? Role.PUBLISHER : Role.EDITOR);
        }
        return form(model, t, TaskForm.of(t), Map.of(), null);
    }

    @PostMapping(BASE + "/{id}")
    String update(StaffUser user, @PathVariable long id, @ModelAttribute TaskForm form, HttpServletResponse response,
                  Model model) {
        LedgerTask t = manage.readable(user, id);
        return ServicesForms.submit(response, () -> {
            manage.update(user, id, form);
            return "redirect:" + BASE + "/" + id + "?saved";
        }, errors -> form(model, t, form, errors, null), conflict -> {
            LedgerTask current = manage.get(id);
            return form(model, current, form.withVersion(current.version()), Map.of(), conflict);
        });
    }

    @GetMapping(BASE + "/{id}")
    String detail(StaffUser user, @PathVariable long id, Model model) {
        return detail(user, manage.readable(user, id), model, Map.of());
    }

    @PostMapping(BASE + "/{id}/milestones")
    String addMilestone(StaffUser user, @PathVariable long id, @RequestParam(required = false) String milestoneTitle,
                        @RequestParam(required = false) String milestoneDue, HttpServletResponse response, Model model) {
        model.addAttribute("typedMilestone", new String[]{milestoneTitle, milestoneDue});
        return act(user, id, response, model, () -> manage.addMilestone(user, id, milestoneTitle, milestoneDue),
                "milestones");
    }

    @PostMapping(BASE + "/{id}/milestones/{milestoneId}/done")
    String completeMilestone(StaffUser user, @PathVariable long id, @PathVariable long milestoneId,
                             @RequestParam(required = false) String doneOn, HttpServletResponse response, Model model) {
        return act(user, id, response, model, () -> manage.completeMilestone(user, id, milestoneId, doneOn),
                "milestones");
    }

    @PostMapping(BASE + "/{id}/progress")
    String addProgress(StaffUser user, @PathVariable long id, @RequestParam(required = false) String reportedOn,
                       @RequestParam(required = false) String percent, @RequestParam(required = false) String summary,
                       @RequestParam(required = false) String evidence, HttpServletResponse response, Model model) {
        model.addAttribute("typedProgress", new String[]{reportedOn, percent, summary, evidence});
        return act(user, id, response, model, () -> manage.addProgress(user, id, reportedOn, percent, summary, evidence),
                "progress");
    }

    @PostMapping(BASE + "/{id}/publish")
    String publish(StaffUser user, @PathVariable long id) {
        manage.publish(user, id);
        return "redirect:" + BASE + "/" + id + "?published";
    }

    private String act(StaffUser user, long id, HttpServletResponse response, Model model, Runnable action,
                       String anchor) {
        LedgerTask t = manage.readable(user, id);
        return ServicesForms.submit(response, () -> {
            action.run();
            return "redirect:" + BASE + "/" + id + "?saved#" + anchor;
        }, errors -> detail(user, t, model, errors));
    }

    private String detail(StaffUser user, LedgerTask t, Model model, Map<String, String> errors) {
        model.addAttribute("task", t);
        model.addAttribute("organisation", organisations.get(t.organisationId()));
        model.addAttribute("milestones", store.milestones(t.id()));
        model.addAttribute("progress", store.progress(t.id(), false));
        model.addAttribute("changes", store.changes(t.id(), false));
        model.addAttribute("today", manage.today());
        model.addAttribute("errors", errors);
        if (!model.containsAttribute("typedMilestone")) {
            model.addAttribute("typedMilestone", new String[2]);
        }
        if (!model.containsAttribute("typedProgress")) {
            model.addAttribute("typedProgress", new String[4]);
        }
        boolean own = access.canEdit(user, t.organisationId());
        model.addAttribute("canChange", manage.mayChange(user, t));
        model.addAttribute("canReport", own && user.has(Role.EDITOR));
        model.addAttribute("canPublish", own && user.has(Role.PUBLISHER)
                && (!t.published() || store.pendingProgress(t.id()) > 0));
        return "services/task-admin-detail";
    }

    private String form(Model model, LedgerTask t, TaskForm form, Map<String, String> errors, String problem) {
        model.addAttribute("task", t);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        model.addAttribute("statuses", TaskStatus.values());
        return "services/task-admin-form";
    }
}
