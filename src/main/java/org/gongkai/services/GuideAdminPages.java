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
import org.springframework.web.multipart.MultipartFile;

import java.util.List;
import java.util.Map;

/**
 * The back office of the service catalog: the organisation's services with each guide's completeness, the guide
 * form, a service's page with its draft or newest edition, materials (with template and sample uploads), the
 * completeness check and the editions, and the publisher's publication.
 */
@Controller
class GuideAdminPages {

    static final String BASE = "/admin/services/guides";
    static final int PAGE_SIZE = 30;
    private static final Map<String, String> SORTS = Map.of("code", "s.code", "name", "g.name", "updated", "g.updated_at");

    private final GuideStore store;
    private final ManageGuides manage;
    private final OrganisationAccess access;
    private final OrganisationDirectory organisations;

    GuideAdminPages(GuideStore store, ManageGuides manage, OrganisationAccess access, OrganisationDirectory organisations) {
        this.store = store;
        this.manage = manage;
        this.access = access;
        this.organisations = organisations;
    }

    record Row(ServiceGuide guide, GuideCompleteness.Missing missing) {
    }

    @GetMapping(BASE)
    String list(StaffUser user, @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
                @RequestParam(required = false) Integer page, Model model) {
        access.requireRead(user, user.organisationId());
        String s = sort != null && SORTS.containsKey(sort) ? sort : "code";
        String d = "desc".equals(dir) ? "desc" : "asc";
        Page<ServiceGuide> rows = store.list(user.organisationId(), SORTS.get(s) + " " + d, Page.clamp(page), PAGE_SIZE);
        model.addAttribute("organisation", organisations.get(user.organisationId()));
        model.addAttribute("rows", rows);
        model.addAttribute("checked", rows.items().stream()
                .map(g -> new Row(g, GuideCompleteness.check(g, store.materials(g.id())))).toList());
        model.addAttribute("sort", s);
        model.addAttribute("dir", d);
        model.addAttribute("sorts", List.of("code", "name", "updated"));
        model.addAttribute("canCreate", manage.mayEdit(user, user.organisationId()));
        return "services/guide-admin-list";
    }

    @GetMapping(BASE + "/new")
    String newForm(StaffUser user, Model model) {
        access.requireRole(user, user.organisationId(), Role.EDITOR);
        return form(model, null, GuideForm.blank(), Map.of(), null);
    }

    @PostMapping(BASE)
    String create(StaffUser user, @ModelAttribute GuideForm form, HttpServletResponse response, Model model) {
        try {
            return "redirect:" + BASE + "/" + manage.create(user, form) + "?saved";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(model, null, form, e.fieldErrors(), null);
        }
    }

    @GetMapping(BASE + "/{id}/edit")
    String edit(StaffUser user, @PathVariable long id, Model model) {
        ServiceGuide current = manage.readable(user, id).get(0);
        access.requireRole(user, current.organisationId(), Role.EDITOR);
        return form(model, id, GuideForm.of(current), Map.of(), null);
    }

    @PostMapping(BASE + "/{id}")
    String update(StaffUser user, @PathVariable long id, @ModelAttribute GuideForm form, HttpServletResponse response,
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
            return form(model, id, GuideForm.of(store.editions(id).get(0)), Map.of(), e.getMessage());
        }
    }

    @GetMapping(BASE + "/{id}")
    String detail(StaffUser user, @PathVariable long id, Model model) {
        return detail(user, id, model, Map.of(), null);
    }

    @PostMapping(BASE + "/{id}/materials")
    String addMaterial(StaffUser user, @PathVariable long id, @RequestParam(required = false) String materialName,
                       @RequestParam(required = false) boolean materialRequired,
                       @RequestParam(required = false) String materialForm,
                       @RequestParam(required = false) MultipartFile template,
                       @RequestParam(required = false) MultipartFile sample, HttpServletResponse response, Model model) {
        manage.readable(user, id);
        try {
            manage.addMaterial(user, id, materialName, materialRequired, materialForm, template, sample);
            return "redirect:" + BASE + "/" + id + "?saved#materials";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("typedMaterial", new String[]{materialName, materialForm});
            return detail(user, id, model, e.fieldErrors(), null);
        }
    }

    @PostMapping(BASE + "/{id}/materials/{materialId}/remove")
    String removeMaterial(StaffUser user, @PathVariable long id, @PathVariable long materialId) {
        manage.readable(user, id);
        manage.removeMaterial(user, id, materialId);
        return "redirect:" + BASE + "/" + id + "?saved#materials";
    }

    @PostMapping(BASE + "/{id}/publish")
    String publish(StaffUser user, @PathVariable long id, HttpServletResponse response, Model model) {
        manage.readable(user, id);
        try {
            manage.publish(user, id);
            return "redirect:" + BASE + "/" + id + "?published";
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return detail(user, id, model, Map.of(), e.getMessage());
        }
    }

    private String detail(StaffUser user, long id, Model model, Map<String, String> errors, String problem) {
        List<ServiceGuide> editions = manage.readable(user, id);
        ServiceGuide current = editions.get(0);
        List<GuideMaterial> materials = store.materials(current.id());
        model.addAttribute("guide", current);
        model.addAttribute("materials", materials);
        model.addAttribute("missing", GuideCompleteness.check(current, materials));
        model.addAttribute("editions", editions);
        model.addAttribute("anyPublic", editions.stream().anyMatch(ServiceGuide::published));
        model.addAttribute("canEdit", manage.mayEdit(user, current.organisationId()));
        model.addAttribute("canPublish", manage.mayPublish(user, current.organisationId()) && !current.published());
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        if (!model.containsAttribute("typedMaterial")) {
            model.addAttribute("typedMaterial", new String[2]);
        }
        return "services/guide-admin-detail";
    }

    private String form(Model model, Long id, GuideForm form, Map<String, String> errors, String problem) {
        model.addAttribute("serviceId", id);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        return "services/guide-admin-form";
    }
}
