package org.gongkai.enrollment;

import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.identity.OrganisationAccess;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.web.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.util.Map;

/**
 * The back office of enrollment information: a county's years (sortable, paged), one year's texts, schedule, schools
 * and publication. Reading follows {@link OrganisationAccess}; the actions check their own roles
 * ({@link EnrollmentYears}).
 */
@Controller
class EnrollmentAdminPages {

    static final int PAGE_SIZE = 20;

    private final EnrollmentYears years;
    private final EnrollmentStore store;
    private final OrganisationAccess access;
    private final OrganisationDirectory organisations;
    private final Clock clock;

    EnrollmentAdminPages(EnrollmentYears years, EnrollmentStore store, OrganisationAccess access,
                         OrganisationDirectory organisations, Clock clock) {
        this.years = years;
        this.store = store;
        this.access = access;
        this.organisations = organisations;
        this.clock = clock;
    }

    @GetMapping("/admin/enrollment")
    String list(StaffUser user, @RequestParam(required = false) Long org, @RequestParam(required = false) String sort,
                @RequestParam(required = false) Integer page, Model model) {
        long orgId = org == null ? user.organisationId() : org;
        access.requireRead(user, orgId);
        return listPage(model, user, orgId, sort, page, null, Map.of());
    }

    @PostMapping("/admin/enrollment")
    String open(StaffUser user, @RequestParam(required = false) String year,
                @RequestParam(required = false) Boolean copy, HttpServletResponse response, Model model) {
        return AdminForms.submit(response,
                () -> "redirect:/admin/enrollment/" + years.open(user, user.organisationId(), AdminForms.year(year),
                        copy != null && copy),
                errors -> listPage(model, user, user.organisationId(), null, 1, year, errors));
    }

    private String listPage(Model model, StaffUser user, long orgId, String sort, Integer page, String year,
                            Map<String, String> errors) {
        String s = sort != null && EnrollmentStore.SORTS.containsKey(sort) ? sort : "year";
        model.addAttribute("organisation", organisations.get(orgId));
        model.addAttribute("organisations", organisations.subtree(user.organisationId()));
        model.addAttribute("rows", store.ofOrganisation(orgId, s, Page.clamp(page), PAGE_SIZE));
        model.addAttribute("sort", s);
        model.addAttribute("canEdit", orgId == user.organisationId() && access.canEdit(user, orgId)
                && user.hasAny(Role.EDITOR, Role.PUBLISHER));
        model.addAttribute("year", AdminForms.proposedYear(year, clock));
        model.addAttribute("errors", errors);
        return "enrollment/info-list";
    }

    @GetMapping("/admin/enrollment/{id}")
    String view(StaffUser user, @PathVariable long id, Model model) {
        return detail(model, user, years.readable(user, id));
    }

    @PostMapping("/admin/enrollment/{id}/texts")
    String texts(StaffUser user, @PathVariable long id, @RequestParam(required = false) String policy,
                 @RequestParam(required = false) String migrantRules, @RequestParam(required = false) String version,
                 HttpServletResponse response, Model model, RedirectAttributes redirect) {
        EnrollmentYear y = years.readable(user, id);
        return AdminForms.submit(response, () -> {
            years.saveTexts(user, id, policy, migrantRules, version);
            redirect.addFlashAttribute("notice", "enrol.saved");
            return "redirect:/admin/enrollment/" + id;
        }, errors -> {
            model.addAttribute("textErrors", errors);
            model.addAttribute("policy", policy);
            model.addAttribute("migrantRules", migrantRules);
            return detail(model, user, y);
        });
    }

    @PostMapping("/admin/enrollment/{id}/schools")
    String addSchool(StaffUser user, @PathVariable long id, @ModelAttribute EnrollmentYears.SchoolForm form,
                     HttpServletResponse response, Model model, RedirectAttributes redirect) {
        EnrollmentYear y = years.readable(user, id);
        return AdminForms.submit(response, () -> {
            years.addSchool(user, id, form);
            redirect.addFlashAttribute("notice", "enrol.saved");
            return "redirect:/admin/enrollment/" + id + "#schools-heading";
        }, errors -> again(model, user, y, "schoolErrors", errors, "schoolForm", form));
    }

    @PostMapping("/admin/enrollment/{id}/schools/{schoolId}/delete")
    String deleteSchool(StaffUser user, @PathVariable long id, @PathVariable long schoolId, RedirectAttributes redirect) {
        years.readable(user, id);
        years.deleteSchool(user, id, schoolId);
        redirect.addFlashAttribute("notice", "enrol.deleted");
        return "redirect:/admin/enrollment/" + id;
    }

    @PostMapping("/admin/enrollment/{id}/schedule")
    String addItem(StaffUser user, @PathVariable long id, @ModelAttribute EnrollmentYears.ItemForm form,
                   HttpServletResponse response, Model model, RedirectAttributes redirect) {
        EnrollmentYear y = years.readable(user, id);
        return AdminForms.submit(response, () -> {
            years.addItem(user, id, form);
            redirect.addFlashAttribute("notice", "enrol.saved");
            return "redirect:/admin/enrollment/" + id + "#schedule-heading";
        }, errors -> again(model, user, y, "itemErrors", errors, "itemForm", form));
    }

    @PostMapping("/admin/enrollment/{id}/schedule/{itemId}/delete")
    String deleteItem(StaffUser user, @PathVariable long id, @PathVariable long itemId, RedirectAttributes redirect) {
        years.readable(user, id);
        years.deleteItem(user, id, itemId);
        redirect.addFlashAttribute("notice", "enrol.deleted");
        return "redirect:/admin/enrollment/" + id;
    }

    @PostMapping("/admin/enrollment/{id}/publish")
    String publish(StaffUser user, @PathVariable long id, @RequestParam(required = false) String decisionTitle,
                   @RequestParam(required = false) String decisionUrl, @RequestParam(required = false) String version,
                   HttpServletResponse response, Model model, RedirectAttributes redirect) {
        EnrollmentYear y = years.readable(user, id);
        return AdminForms.submit(response, () -> {
            years.publish(user, id, decisionTitle, decisionUrl, version);
            redirect.addFlashAttribute("notice", "enrol.published");
            return "redirect:/admin/enrollment/" + id;
        }, errors -> {
            model.addAttribute("decisionTitle", decisionTitle);
            model.addAttribute("decisionUrl", decisionUrl);
            return again(model, user, y, "publishErrors", errors, null, null);
        });
    }

    private String detail(Model model, StaffUser user, EnrollmentYear y) {
        boolean mine = access.canEdit(user, y.organisationId());
        model.addAttribute("entry", y);
        model.addAttribute("organisation", organisations.get(y.organisationId()));
        model.addAttribute("schools", store.schools(y.id()));
        model.addAttribute("schedule", store.schedule(y.id()));
        model.addAttribute("stages", Stage.values());
        model.addAttribute("canEdit", mine && !y.published() && user.hasAny(Role.EDITOR, Role.PUBLISHER));
        model.addAttribute("canPublish", mine && !y.published() && user.hasAny(Role.PUBLISHER));
        model.addAttribute("publicPath", PublishedEnrollment.path(organisations.get(y.organisationId()).slug()) + "/" + y.year());
        model.addAttribute("zoningPath", PublishedZoning.lookUpPath(organisations.get(y.organisationId()).slug()));
        putIfAbsent(model, "textErrors", Map.of());
        putIfAbsent(model, "schoolErrors", Map.of());
        putIfAbsent(model, "itemErrors", Map.of());
        putIfAbsent(model, "publishErrors", Map.of());
        putIfAbsent(model, "policy", y.policy());
        putIfAbsent(model, "migrantRules", y.migrantRules());
        putIfAbsent(model, "schoolForm", EnrollmentYears.SchoolForm.blank());
        putIfAbsent(model, "itemForm", EnrollmentYears.ItemForm.blank());
        return "enrollment/info";
    }

    /** The year's page again with one form's field messages (and what was typed into it). */
    private String again(Model model, StaffUser user, EnrollmentYear y, String errorsName, Map<String, String> errors,
                         String formName, Object form) {
        model.addAttribute(errorsName, errors);
        if (formName != null) {
            model.addAttribute(formName, form);
        }
        return detail(model, user, y);
    }

    private static void putIfAbsent(Model model, String name, Object value) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, value);
        }
    }
}
