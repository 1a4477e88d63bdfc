package org.gongkai.services;

import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.identity.OrganisationAccess;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.web.InvalidInputException;
import org.gongkai.platform.web.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The back office of the replies to deputies' suggestions and members' proposals: an organisation's list for a year
 * with its statistics, the form, a reply's page with its promises (and the ledger tasks that carry them out), the
 * publisher's publication.
 */
@Controller
class DeputyReplyAdminPages {

    static final int PAGE_SIZE = 30;
    static final String BASE = "/admin/services/replies";
    private static final Map<String, String> SORTS = Map.of("code", "r.kind, r.code", "received", "r.received_on",
            "due", "r.due_on", "replied", "r.replied_on");

    private final DeputyReplyStore store;
    private final TaskLedgerStore tasks;
    private final ManageDeputyReplies manage;
    private final OrganisationAccess access;
    private final OrganisationDirectory organisations;

    DeputyReplyAdminPages(DeputyReplyStore store, TaskLedgerStore tasks, ManageDeputyReplies manage,
                          OrganisationAccess access, OrganisationDirectory organisations) {
        this.store = store;
        this.tasks = tasks;
        this.manage = manage;
        this.access = access;
        this.organisations = organisations;
    }

    record Query(long org, int year, String kind, boolean overdue, String sort, String dir, int page) {
    }

    @GetMapping(BASE)
    String list(StaffUser user, @RequestParam(required = false) Long org, @RequestParam(required = false) String year,
                @RequestParam(required = false) String kind, @RequestParam(required = false) boolean overdue,
                @RequestParam(required = false) String sort,
                @RequestParam(required = false) String dir, @RequestParam(required = false) Integer page, Model model) {
        long orgId = org == null ? user.organisationId() : org;
        access.requireRead(user, orgId);
        Integer y = ServicesForms.year(year);
        int shownYear = y != null ? y : manage.today().getYear();
        DeputyReply.Kind k = null;
        if (kind != null && !kind.isBlank()) {
            k = DeputyReplyValidation.parse(DeputyReply.Kind.class, kind);
            if (k == null) {
                throw InvalidInputException.of("kind", "svc.reply.error.kind");
            }
        }
        String s = sort != null && SORTS.containsKey(sort) ? sort : "code";
        String d = "desc".equals(dir) ? "desc" : "asc";
        DeputyReplyStore.Filter f = new DeputyReplyStore.Filter(List.of(orgId), overdue ? null : shownYear, k,
                overdue ? manage.today() : null);
        String order = SORTS.get(s).replace(",", " " + d + ",") + " " + d;
        Page<DeputyReply> rows = store.list(f, order, Page.clamp(page), PAGE_SIZE, false);
        model.addAttribute("organisation", organisations.get(orgId));
        model.addAttribute("organisations", organisations.subtree(user.organisationId()));
        model.addAttribute("rows", rows);
        model.addAttribute("stats", store.stats(f, manage.today(), false));
        model.addAttribute("today", manage.today());
        model.addAttribute("q", new Query(orgId, shownYear, k == null ? null : k.name(), overdue, s, d, rows.page()));
        model.addAttribute("kinds", DeputyReply.Kind.values());
        model.addAttribute("sorts", List.of("code", "received", "due", "replied"));
        model.addAttribute("canCreate", access.canEdit(user, orgId) && user.has(Role.EDITOR));
        return "services/reply-admin-list";
    }

    @GetMapping(BASE + "/new")
    String newForm(StaffUser user, Model model) {
        access.requireRole(user, user.organisationId(), Role.EDITOR);
        return form(model, null, DeputyReplyForm.blank(manage.today().getYear()), Map.of(), null);
    }

    @PostMapping(BASE)
    String create(StaffUser user, @ModelAttribute DeputyReplyForm form, HttpServletResponse response, Model model) {
        return ServicesForms.submit(response, () -> "redirect:" + BASE + "/" + manage.create(user, form) + "?saved",
                errors -> form(model, null, form, errors, null));
    }

    @GetMapping(BASE + "/{id}/edit")
    String edit(StaffUser user, @PathVariable long id, Model model) {
        DeputyReply r = manage.readable(user, id);
        if (!manage.mayChange(user, r)) {
            access.requireRole(user, r.organisationId(), r.published() ? Role.PUBLISHER : Role.EDITOR);
        }
        return form(model, r, DeputyReplyForm.of(r), Map.of(), null);
    }

    @PostMapping(BASE + "/{id}")
    String update(StaffUser user, @PathVariable long id, @ModelAttribute DeputyReplyForm form,
                  HttpServletResponse response, Model model) {
        DeputyReply r = manage.readable(user, id);
        return ServicesForms.submit(response, () -> {
            manage.update(user, id, form);
            return "redirect:" + BASE + "/" + id + "?saved";
        }, errors -> form(model, r, form, errors, null), conflict -> {
            DeputyReply current = manage.get(id);
            return form(model, current, form.withVersion(current.version()), Map.of(), conflict);
        });
    }

    @GetMapping(BASE + "/{id}")
    String detail(StaffUser user, @PathVariable long id, Model model) {
        return detail(user, manage.readable(user, id), model, Map.of());
    }

    @PostMapping(BASE + "/{id}/promises")
    String addPromise(StaffUser user, @PathVariable long id, @RequestParam(required = false) String promiseText,
                      @RequestParam(required = false) String promiseDue, @RequestParam(required = false) String promiseTask,
                      HttpServletResponse response, Model model) {
        DeputyReply r = manage.readable(user, id);
        model.addAttribute("typedPromise", new String[]{promiseText, promiseDue, promiseTask});
        return ServicesForms.submit(response, () -> {
            manage.addPromise(user, id, promiseText, promiseDue, promiseTask);
            return "redirect:" + BASE + "/" + id + "?saved#promises";
        }, errors -> detail(user, r, model, errors));
    }

    @PostMapping(BASE + "/{id}/promises/{promiseId}/kept")
    String keepPromise(StaffUser user, @PathVariable long id, @PathVariable long promiseId,
                       @RequestParam(required = false) String keptOn, @RequestParam(required = false) String result,
                       HttpServletResponse response, Model model) {
        DeputyReply r = manage.readable(user, id);
        return ServicesForms.submit(response, () -> {
            manage.keepPromise(user, id, promiseId, keptOn, result);
            return "redirect:" + BASE + "/" + id + "?saved#promises";
        }, errors -> detail(user, r, model, errors));
    }

    @PostMapping(BASE + "/{id}/publish")
    String publish(StaffUser user, @PathVariable long id) {
        manage.publish(user, id);
        return "redirect:" + BASE + "/" + id + "?published";
    }

    private String detail(StaffUser user, DeputyReply r, Model model, Map<String, String> errors) {
        List<DeputyPromise> promises = store.promises(r.id(), false);
        Map<Long, LedgerTask> linked = new HashMap<>();
        promises.stream().map(DeputyPromise::taskId).filter(java.util.Objects::nonNull).distinct()
                .forEach(t -> tasks.find(t).ifPresent(task -> linked.put(t, task)));
        model.addAttribute("reply", r);
        model.addAttribute("organisation", organisations.get(r.organisationId()));
        model.addAttribute("promises", promises);
        model.addAttribute("tasks", linked);
        model.addAttribute("today", manage.today());
        model.addAttribute("errors", errors);
        if (!model.containsAttribute("typedPromise")) {
            model.addAttribute("typedPromise", new String[3]);
        }
        boolean own = access.canEdit(user, r.organisationId());
        model.addAttribute("canChange", manage.mayChange(user, r));
        model.addAttribute("canPublish", own && user.has(Role.PUBLISHER) && !r.published());
        return "services/reply-admin-detail";
    }

    private String form(Model model, DeputyReply r, DeputyReplyForm form, Map<String, String> errors, String problem) {
        model.addAttribute("reply", r);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        model.addAttribute("kinds", DeputyReply.Kind.values());
        model.addAttribute("modes", DeputyReply.Mode.values());
        model.addAttribute("classes", DeputyReply.Classification.values());
        model.addAttribute("satisfactions", DeputyReply.Satisfaction.values());
        return "services/reply-admin-form";
    }
}
