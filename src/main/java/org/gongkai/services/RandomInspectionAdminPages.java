package org.gongkai.services;

import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.identity.OrganisationAccess;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.web.ConflictException;
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

import java.util.List;
import java.util.Map;

/**
 * The back office of random inspections: the organisation's plans (list, form, detail), the matters and the two
 * registers pasted as lines while the plan is a draft, the publisher's publication of the registers and the draw,
 * and the results of the drawn entities.
 */
@Controller
class RandomInspectionAdminPages {

    static final int PAGE_SIZE = 30;
    static final String BASE = "/admin/services/inspections";
    private static final Map<String, String> SORTS = Map.of("title", "title", "status", "status",
            "updated", "updated_at");

    private final RandomInspectionStore store;
    private final ManageInspections manage;
    private final OrganisationAccess access;
    private final OrganisationDirectory organisations;
    private final java.time.Clock clock;

    RandomInspectionAdminPages(RandomInspectionStore store, ManageInspections manage, OrganisationAccess access,
                               OrganisationDirectory organisations, java.time.Clock clock) {
        this.store = store;
        this.manage = manage;
        this.access = access;
        this.organisations = organisations;
        this.clock = clock;
    }

    @GetMapping(BASE)
    String list(StaffUser user, @RequestParam(required = false) Long org, @RequestParam(required = false) String status,
                @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
                @RequestParam(required = false) Integer page, Model model) {
        long orgId = org == null ? user.organisationId() : org;
        access.requireRead(user, orgId);
        PlanStatus st = null;
        if (status != null && !status.isBlank()) {
            try {
                st = PlanStatus.valueOf(status);
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.of("status", "svc.error.status");
            }
        }
        String s = sort != null && SORTS.containsKey(sort) ? sort : "updated";
        String d = "asc".equals(dir) ? "asc" : "desc";
        model.addAttribute("organisation", organisations.get(orgId));
        model.addAttribute("organisations", organisations.subtree(user.organisationId()));
        model.addAttribute("rows", store.list(orgId, st, SORTS.get(s) + " " + d, Page.clamp(page), PAGE_SIZE));
        model.addAttribute("status", st);
        model.addAttribute("statuses", PlanStatus.values());
        model.addAttribute("sort", s);
        model.addAttribute("dir", d);
        model.addAttribute("sorts", List.of("title", "status", "updated"));
        model.addAttribute("canCreate", access.canEdit(user, orgId) && user.has(Role.EDITOR));
        return "services/admin-list";
    }

    @GetMapping(BASE + "/new")
    String newForm(StaffUser user, Model model) {
        access.requireRole(user, user.organisationId(), Role.EDITOR);
        return form(model, null, PlanForm.blank(), Map.of(), null);
    }

    @PostMapping(BASE)
    String create(StaffUser user, @ModelAttribute PlanForm form, HttpServletResponse response, Model model) {
        try {
            long id = manage.create(user, form);
            return "redirect:" + BASE + "/" + id + "?saved";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(model, null, form, e.fieldErrors(), null);
        }
    }

    @GetMapping(BASE + "/{id}/edit")
    String edit(StaffUser user, @PathVariable long id, Model model) {
        InspectionPlan p = manage.get(id);
        access.requireRole(user, p.organisationId(), Role.EDITOR);
        if (p.status() != PlanStatus.DRAFT) {
            throw new ConflictException("svc.error.notDraft");
        }
        return form(model, p, PlanForm.of(p), Map.of(), null);
    }

    @PostMapping(BASE + "/{id}")
    String update(StaffUser user, @PathVariable long id, @ModelAttribute PlanForm form, HttpServletResponse response,
                  Model model) {
        InspectionPlan p = manage.get(id);
        access.requireRole(user, p.organisationId(), Role.EDITOR);
        try {
            manage.update(user, id, form);
            return "redirect:" + BASE + "/" + id + "?saved";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(model, p, form, e.fieldErrors(), null);
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            InspectionPlan current = manage.get(id);
            return form(model, current, form.withVersion(current.version()), Map.of(), e.getMessage());
        }
    }

    @GetMapping(BASE + "/{id}")
    String detail(StaffUser user, @PathVariable long id, Model model) {
        return detail(user, manage.readable(user, id), model, null, Map.of());
    }

    @PostMapping(BASE + "/{id}/matters")
    String addMatter(StaffUser user, @PathVariable long id, @RequestParam(required = false) String name,
                     @RequestParam(required = false) String basis, HttpServletResponse response, Model model) {
        return act(user, id, response, model, () -> manage.addMatter(user, id, name, basis), "matters");
    }

    @PostMapping(BASE + "/{id}/entities")
    String putEntities(StaffUser user, @PathVariable long id, @RequestParam(required = false) String entities,
                       @RequestParam(required = false) boolean replace, HttpServletResponse response, Model model) {
        return act(user, id, response, model, () -> manage.putEntities(user, id, entities, replace), "entities");
    }

    @PostMapping(BASE + "/{id}/inspectors")
    String putInspectors(StaffUser user, @PathVariable long id, @RequestParam(required = false) String inspectors,
                         @RequestParam(required = false) boolean replace, HttpServletResponse response, Model model) {
        return act(user, id, response, model, () -> manage.putInspectors(user, id, inspectors, replace), "inspectors");
    }

    @PostMapping(BASE + "/{id}/publish-registers")
    String publishRegisters(StaffUser user, @PathVariable long id) {
        manage.publishRegisters(user, id);
        return "redirect:" + BASE + "/" + id + "?registersPublished";
    }

    @PostMapping(BASE + "/{id}/draw")
    String draw(StaffUser user, @PathVariable long id, @RequestParam(required = false) String seedValues,
                HttpServletResponse response, Model model) {
        return act(user, id, response, model, () -> manage.draw(user, id, seedValues), "draw");
    }

    @PostMapping(BASE + "/{id}/results/{entityId}")
    String recordResult(StaffUser user, @PathVariable long id, @PathVariable long entityId,
                        @RequestParam(required = false) String inspectedOn, @RequestParam(required = false) String outcome,
                        @RequestParam(required = false) String problems, @RequestParam(required = false) String measures,
                        @RequestParam(required = false) String recheck, HttpServletResponse response, Model model) {
        model.addAttribute("errorEntity", entityId);
        model.addAttribute("typed", new InspectionResult(entityId, null, null, problems, measures, recheck, null));
        model.addAttribute("typedOn", inspectedOn);
        model.addAttribute("typedOutcome", outcome);
        return act(user, id, response, model, () -> manage.recordResult(user, id, entityId, inspectedOn, outcome,
                problems, measures, recheck), "entity-" + entityId);
    }

    @PostMapping(BASE + "/{id}/publish-results")
    String publishResults(StaffUser user, @PathVariable long id) {
        manage.publishResults(user, id);
        return "redirect:" + BASE + "/" + id + "?resultsPublished#draw";
    }

    private String act(StaffUser user, long id, HttpServletResponse response, Model model, Runnable action,
                       String anchor) {
        InspectionPlan p = manage.readable(user, id);
        try {
            action.run();
            return "redirect:" + BASE + "/" + id + "?saved#" + anchor;
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            Integer line = e instanceof PlanValidation.LineError l ? l.line : null;
            return detail(user, p, model, line, e.fieldErrors());
        }
    }

    private String detail(StaffUser user, InspectionPlan p, Model model, Integer errorLine, Map<String, String> errors) {
        model.addAttribute("plan", p);
        model.addAttribute("organisation", organisations.get(p.organisationId()));
        model.addAttribute("matters", store.matters(p.id()));
        model.addAttribute("entities", store.entities(p.id()));
        model.addAttribute("inspectors", store.inspectors(p.id()));
        List<DrawnEntity> drawn = store.drawn(p.id(), false);
        model.addAttribute("drawn", drawn);
        model.addAttribute("resultsOverdue", ResultsDeadline.overdue(p, drawn,
                java.time.LocalDate.now(clock.withZone(org.gongkai.platform.Zones.CHINA))));
        model.addAttribute("outcomes", ResultOutcome.values());
        model.addAttribute("errors", errors);
        model.addAttribute("errorLine", errorLine);
        boolean own = access.canEdit(user, p.organisationId());
        model.addAttribute("canEdit", own && user.has(Role.EDITOR));
        model.addAttribute("canPublish", own && user.has(Role.PUBLISHER));
        return "services/admin-detail";
    }

    private String form(Model model, InspectionPlan p, PlanForm form, Map<String, String> errors, String problem) {
        model.addAttribute("plan", p);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        return "services/admin-form";
    }
}
