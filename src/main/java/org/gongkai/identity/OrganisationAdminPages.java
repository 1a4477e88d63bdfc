package org.gongkai.identity;

import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.platform.web.ConflictException;
import org.gongkai.platform.web.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Map;

/** The system administrator's pages for their organisation and the organisations below it. */
@Controller
@RequestMapping("/admin/organisations")
class OrganisationAdminPages {

    private final OrganisationDirectory directory;
    private final OrganisationRegistry registry;
    private final OrganisationEditing editing;
    private final AdminScope scope;

    OrganisationAdminPages(OrganisationDirectory directory, OrganisationRegistry registry,
                                OrganisationEditing editing, AdminScope scope) {
        this.directory = directory;
        this.registry = registry;
        this.editing = editing;
        this.scope = scope;
    }

    @GetMapping
    String list(StaffUser user, Model model) {
        scope.require(user, Role.SYSTEM_ADMIN, user.organisationId());
        model.addAttribute("entries", OrgEntry.outline(directory.subtree(user.organisationId())));
        return "identity/organisations";
    }

    @GetMapping("/new")
    String newForm(StaffUser user, @RequestParam(name = "parent", required = false) Long parent, Model model) {
        long parentId = parent == null ? user.organisationId() : parent;
        scope.require(user, Role.SYSTEM_ADMIN, parentId);
        return newForm(user, NewOrganisationForm.blank(parentId), Map.of(), model);
    }

    @PostMapping("/new")
    String create(StaffUser user, @ModelAttribute NewOrganisationForm form, Model model, HttpServletResponse response) {
        Long parent = form.parent();
        if (parent == null) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return newForm(user, form, Map.of("parentId", "org.parent.invalid"), model);
        }
        scope.require(user, Role.SYSTEM_ADMIN, parent);
        try {
            long id = registry.create(form.toNew(), user);
            return "redirect:/admin/organisations/" + id + "/edit?created";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return newForm(user, form, e.fieldErrors(), model);
        }
    }

    @GetMapping("/{id}/edit")
    String editForm(StaffUser user, @PathVariable long id, Model model) {
        Organisation org = scope.require(user, Role.SYSTEM_ADMIN, id);
        return editForm(org, OrganisationForm.of(org, editing.version(id)), Map.of(), model);
    }

    @PostMapping("/{id}/edit")
    String update(StaffUser user, @PathVariable long id, @ModelAttribute OrganisationForm form, Model model,
                  HttpServletResponse response) {
        Organisation org = scope.require(user, Role.SYSTEM_ADMIN, id);
        try {
            editing.update(user, id, form);
            return "redirect:/admin/organisations/" + id + "/edit?saved";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return editForm(org, form, e.fieldErrors(), model);
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("problem", e.getMessage());
            return editForm(directory.get(id), form.withVersion(editing.version(id)), Map.of(), model);
        }
    }

    private String newForm(StaffUser user, NewOrganisationForm form, Map<String, String> errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("parents", OrgEntry.outline(directory.subtree(user.organisationId())));
        model.addAttribute("kinds", OrganisationKind.values());
        return "identity/organisation-new";
    }

    private String editForm(Organisation org, OrganisationForm form, Map<String, String> errors, Model model) {
        model.addAttribute("organisation", org);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", OrganisationKind.values());
        return "identity/organisation-edit";
    }
}
