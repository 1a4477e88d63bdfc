package org.gongkai.identity;

import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.platform.web.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;
import java.util.Map;

/**
 * The system administrator's pages for departments: the departments of an organisation (own or below) with a form to
 * add one, and a department's page to rename it and choose its members.
 */
@Controller
class DepartmentAdminPages {

    private final Departments departments;
    private final AdminScope scope;
    private final OrganisationDirectory directory;

    DepartmentAdminPages(Departments departments, AdminScope scope, OrganisationDirectory directory) {
        this.departments = departments;
        this.scope = scope;
        this.directory = directory;
    }

    @GetMapping("/admin/departments")
    String list(StaffUser user, @RequestParam(required = false) Long org, Model model) {
        Organisation o = scope.require(user, Role.SYSTEM_ADMIN, org == null ? user.organisationId() : org);
        return list(user, o, "", Map.of(), model);
    }

    @PostMapping("/admin/departments")
    String create(StaffUser user, @RequestParam long org, @RequestParam(required = false) String name, Model model,
                  HttpServletResponse response) {
        Organisation o = scope.require(user, Role.SYSTEM_ADMIN, org);
        try {
            long id = departments.create(user, o.id(), name);
            return "redirect:/admin/departments/" + id + "?created";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return list(user, o, name, e.fieldErrors(), model);
        }
    }

    @GetMapping("/admin/departments/{id}")
    String department(StaffUser user, @PathVariable long id, Model model) {
        return page(departments.managed(user, id), null, Map.of(), model);
    }

    @PostMapping("/admin/departments/{id}/rename")
    String rename(StaffUser user, @PathVariable long id, @RequestParam int version,
                  @RequestParam(required = false) String name, Model model, HttpServletResponse response) {
        try {
            departments.rename(user, id, version, name);
            return "redirect:/admin/departments/" + id + "?renamed";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(departments.managed(user, id), name, e.fieldErrors(), model);
        }
    }

    @PostMapping("/admin/departments/{id}/members")
    String members(StaffUser user, @PathVariable long id, @RequestParam(required = false) List<Long> member,
                   Model model, HttpServletResponse response) {
        try {
            departments.setMembers(user, id, member);
            return "redirect:/admin/departments/" + id + "?saved";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(departments.managed(user, id), null, e.fieldErrors(), model);
        }
    }

    private String list(StaffUser user, Organisation o, String typed, Map<String, String> errors, Model model) {
        model.addAttribute("organisation", o);
        model.addAttribute("organisations", OrgEntry.outline(directory.subtree(user.organisationId())));
        model.addAttribute("departments", departments.of(o.id()).stream()
                .map(d -> new Row(d, departments.members(d).stream().filter(Departments.Member::member).toList()))
                .toList());
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        return "identity/departments";
    }

    private String page(Department d, String typed, Map<String, String> errors, Model model) {
        model.addAttribute("department", d);
        model.addAttribute("organisation", directory.get(d.organisationId()));
        model.addAttribute("members", departments.members(d));
        model.addAttribute("typed", typed == null ? d.name() : typed);
        model.addAttribute("errors", errors);
        return "identity/department";
    }

    record Row(Department department, List<Departments.Member> members) {
    }
}
