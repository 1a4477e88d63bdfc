package org.gongkai.services;

import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.identity.OrganisationAccess;
import org.gongkai.identity.OrganisationDirectory;
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

/** The back office of the lists of powers and approval items: list, item form, item with its editions, publish. */
@Controller
class PowerAdminPages {

    static final String BASE = "/admin/services/powers";
    static final int PAGE_SIZE = 30;
    private static final Map<String, String> SORTS = Map.of("code", "p.code", "name", "e.name", "updated", "e.updated_at");

    private final PowerStore store;
    private final ManagePowers manage;
    private final OrganisationAccess access;
    private final OrganisationDirectory organisations;

    PowerAdminPages(PowerStore store, ManagePowers manage, OrganisationAccess access, OrganisationDirectory organisations) {
        this.store = store;
        this.manage = manage;
        this.access = access;
        this.organisations = organisations;
    }

    @GetMapping(BASE)
    String list(StaffUser user, @RequestParam(required = false) String list, @RequestParam(required = false) String sort,
                @RequestParam(required = false) String dir, @RequestParam(required = false) Integer page, Model model) {
        access.requireRead(user, user.organisationId());
        PowerList l = list == null || list.isBlank() ? null : PowerList.parse(list);
        if (list != null && !list.isBlank() && l == null) {
            throw InvalidInputException.of("list", "svc.power.error.list");
        }
        String s = sort != null && SORTS.containsKey(sort) ? sort : "code";
        String d = "desc".equals(dir) ? "desc" : "asc";
        Page<PowerEdition> rows = store.list(user.organisationId(), l, SORTS.get(s) + " " + d, Page.clamp(page), PAGE_SIZE);
        model.addAttribute("organisation", organisations.get(user.organisationId()));
        model.addAttribute("rows", rows);
        model.addAttribute("lists", PowerList.values());
        model.addAttribute("list", l == null ? null : l.name());
        model.addAttribute("sort", s);
        model.addAttribute("dir", d);
        model.addAttribute("sorts", List.of("code", "name", "updated"));
        model.addAttribute("canCreate", manage.mayEdit(user, user.organisationId()));
        return "services/power-admin-list";
    }

    @GetMapping(BASE + "/new")
    String newForm(StaffUser user, Model model) {
        access.requireRole(user, user.organisationId(), org.gongkai.identity.Role.EDITOR);
        return form(model, null, PowerForm.blank(), Map.of(), null);
    }

    @PostMapping(BASE)
    String create(StaffUser user, @ModelAttribute PowerForm form, HttpServletResponse response, Model model) {
        try {
            return "redirect:" + BASE + "/" + manage.create(user, form) + "?saved";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(model, null, form, e.fieldErrors(), null);
        }
    }

    @GetMapping(BASE + "/{id}/edit")
    String edit(StaffUser user, @PathVariable long id, Model model) {
        PowerEdition current = manage.readable(user, id).get(0);
        access.requireRole(user, current.organisationId(), org.gongkai.identity.Role.EDITOR);
        return form(model, id, PowerForm.of(current), Map.of(), null);
    }

    @PostMapping(BASE + "/{id}")
    String update(StaffUser user, @PathVariable long id, @ModelAttribute PowerForm form, HttpServletResponse response,
                  Model model) {
        manage.readable(user, id);
        try {
            manage.saveDraft(user, id, form);
            return "redirect:" + BASE + "/" + id + "?saved";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(model, id, form, e.fieldErrors(), null);
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            PowerEdition now = store.current(id).orElseThrow();
            return form(model, id, PowerForm.of(now), Map.of(), e.getMessage());
        }
    }

    @GetMapping(BASE + "/{id}")
    String detail(StaffUser user, @PathVariable long id, Model model) {
        return detail(user, id, model, Map.of());
    }

    @PostMapping(BASE + "/{id}/publish")
    String publish(StaffUser user, @PathVariable long id, HttpServletResponse response, Model model) {
        manage.readable(user, id);
        try {
            manage.publish(user, id);
            return "redirect:" + BASE + "/" + id + "?published";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return detail(user, id, model, e.fieldErrors());
        }
    }

    private String detail(StaffUser user, long id, Model model, Map<String, String> errors) {
        List<PowerEdition> editions = manage.readable(user, id);
        PowerEdition current = editions.get(0);
        model.addAttribute("current", current);
        model.addAttribute("editions", editions);
        model.addAttribute("anyPublic", editions.stream().anyMatch(PowerEdition::published));
        model.addAttribute("canEdit", manage.mayEdit(user, current.organisationId()));
        model.addAttribute("canPublish", manage.mayPublish(user, current.organisationId()));
        model.addAttribute("errors", errors);
        return "services/power-admin-detail";
    }

    private String form(Model model, Long id, PowerForm form, Map<String, String> errors, String problem) {
        model.addAttribute("powerId", id);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        model.addAttribute("lists", PowerList.values());
        return "services/power-admin-form";
    }
}
