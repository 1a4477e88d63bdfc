package org.gongkai.opendata;

import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.identity.OrganisationAccess;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.web.ConflictException;
import org.gongkai.platform.web.InvalidInputException;
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
 * The back office of dataset series: the organisation's series (list), the series form, and its detail page with
 * its members in order (the latest period first), the form that adds one of the organisation's datasets, removing a
 * member, and the publisher's publish and withdraw.
 */
@Controller
class SeriesAdminPages {

    static final int PAGE_SIZE = AdminList.PAGE_SIZE;

    private final SeriesStore store;
    private final ManageSeries manage;
    private final OrganisationAccess access;
    private final OrganisationDirectory organisations;

    SeriesAdminPages(SeriesStore store, ManageSeries manage, OrganisationAccess access,
                     OrganisationDirectory organisations) {
        this.store = store;
        this.manage = manage;
        this.access = access;
        this.organisations = organisations;
    }

    @GetMapping("/admin/opendata/series")
    String list(StaffUser user, @RequestParam(required = false) Long org, @RequestParam(required = false) String sort,
                @RequestParam(required = false) String dir, @RequestParam(required = false) Integer page, Model model) {
        AdminList list = AdminList.of(user, access, "/admin/opendata/series", org, sort, dir, page);
        list.fill(model, user, access, organisations, store.list(list.organisationId(), list.orderBy("s"),
                list.page(), PAGE_SIZE));
        return "opendata/series-list";
    }

    @GetMapping("/admin/opendata/series/new")
    String newForm(StaffUser user, Model model) {
        access.requireRole(user, user.organisationId(), Role.EDITOR);
        return form(model, null, SeriesForm.blank(), Map.of(), null);
    }

    @PostMapping("/admin/opendata/series")
    String create(StaffUser user, @ModelAttribute SeriesForm form, HttpServletResponse response, Model model) {
        try {
            long id = manage.create(user, form);
            return "redirect:/admin/opendata/series/" + id + "?saved";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(model, null, form, e.fieldErrors(), null);
        }
    }

    @GetMapping("/admin/opendata/series/{id}/edit")
    String edit(StaffUser user, @PathVariable long id, Model model) {
        Series s = manage.get(id);
        access.requireRole(user, s.organisationId(), Role.EDITOR);
        return form(model, s, SeriesForm.of(s), Map.of(), null);
    }

    @PostMapping("/admin/opendata/series/{id}")
    String update(StaffUser user, @PathVariable long id, @ModelAttribute SeriesForm form,
                  HttpServletResponse response, Model model) {
        Series s = manage.get(id);
        access.requireRole(user, s.organisationId(), Role.EDITOR);
        try {
            manage.update(user, id, form);
            return "redirect:/admin/opendata/series/" + id + "?saved";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(model, s, form, e.fieldErrors(), null);
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            Series current = manage.get(id);
            return form(model, current, form.withVersion(current.version()), Map.of(), e.getMessage());
        }
    }

    @GetMapping("/admin/opendata/series/{id}")
    String detail(StaffUser user, @PathVariable long id, Model model) {
        return detail(user, manage.readable(user, id), model, Map.of());
    }

    @PostMapping("/admin/opendata/series/{id}/members")
    String attach(StaffUser user, @PathVariable long id, @RequestParam(required = false) Long dataset,
                  HttpServletResponse response, Model model) {
        Series s = manage.readable(user, id);
        try {
            manage.attach(user, id, dataset);
            return "redirect:/admin/opendata/series/" + id + "?attached";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return detail(user, s, model, e.fieldErrors());
        }
    }

    @PostMapping("/admin/opendata/series/{id}/members/{datasetId}/remove")
    String detach(StaffUser user, @PathVariable long id, @PathVariable long datasetId) {
        manage.detach(user, id, datasetId);
        return "redirect:/admin/opendata/series/" + id + "?removed";
    }

    @PostMapping("/admin/opendata/series/{id}/publish")
    String publish(StaffUser user, @PathVariable long id) {
        manage.publish(user, id);
        return "redirect:/admin/opendata/series/" + id + "?published";
    }

    @PostMapping("/admin/opendata/series/{id}/withdraw")
    String withdraw(StaffUser user, @PathVariable long id) {
        manage.withdraw(user, id);
        return "redirect:/admin/opendata/series/" + id + "?withdrawn";
    }

    private String detail(StaffUser user, Series s, Model model, Map<String, String> errors) {
        boolean canEdit = access.canEdit(user, s.organisationId()) && user.has(Role.EDITOR);
        model.addAttribute("series", s);
        model.addAttribute("organisation", organisations.get(s.organisationId()));
        model.addAttribute("members", store.members(s.id()));
        model.addAttribute("candidates", canEdit ? store.candidates(s.organisationId()) : List.of());
        model.addAttribute("errors", errors);
        model.addAttribute("canEdit", canEdit);
        model.addAttribute("canPublish", access.canEdit(user, s.organisationId()) && user.has(Role.PUBLISHER));
        return "opendata/series-detail";
    }

    private String form(Model model, Series s, SeriesForm form, Map<String, String> errors, String problem) {
        model.addAttribute("series", s);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        model.addAttribute("frequencies", UpdateFrequency.values());
        return "opendata/series-form";
    }
}
