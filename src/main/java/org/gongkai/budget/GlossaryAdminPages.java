package org.gongkai.budget;

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

import java.util.List;
import java.util.Map;

/**
 * The back office of an organisation's budget glossary (ADR 0051): the list (paged, sortable), the form to add or
 * change a term with a message per field, and removal. The organisations above may read, only the organisation's
 * editors and publishers change it.
 */
@Controller
class GlossaryAdminPages {

    static final int PAGE_SIZE = 50;
    private static final Map<String, String> SORTS = Map.of("term", "term", "updated", "updated_at");

    private final GlossaryStore store;
    private final BudgetGlossary glossary;
    private final OrganisationAccess access;
    private final OrganisationDirectory organisations;

    GlossaryAdminPages(GlossaryStore store, BudgetGlossary glossary, OrganisationAccess access,
                       OrganisationDirectory organisations) {
        this.store = store;
        this.glossary = glossary;
        this.access = access;
        this.organisations = organisations;
    }

    @GetMapping("/admin/budgets/glossary")
    String list(StaffUser user, @RequestParam(required = false) Long org, @RequestParam(required = false) String sort,
                @RequestParam(required = false) String dir, @RequestParam(required = false) Integer page, Model model) {
        long orgId = org == null ? user.organisationId() : org;
        access.requireRead(user, orgId);
        String s = sort != null && SORTS.containsKey(sort) ? sort : "term";
        String d = "desc".equals(dir) ? "desc" : "asc";
        Page<GlossaryTerm> rows = store.list(orgId, SORTS.get(s) + " " + d, Page.clamp(page), PAGE_SIZE);
        model.addAttribute("organisation", organisations.get(orgId));
        model.addAttribute("organisations", organisations.subtree(user.organisationId()));
        model.addAttribute("rows", rows);
        model.addAttribute("sort", s);
        model.addAttribute("dir", d);
        model.addAttribute("sorts", List.of("term", "updated"));
        model.addAttribute("canEdit", canEdit(user, orgId));
        return "budget/glossary-list";
    }

    @GetMapping("/admin/budgets/glossary/new")
    String newTerm(StaffUser user, Model model) {
        access.requireRole(user, user.organisationId(), Role.EDITOR, Role.PUBLISHER);
        return form(model, user, null, BudgetGlossary.Form.blank(), Map.of());
    }

    @GetMapping("/admin/budgets/glossary/{id}")
    String edit(StaffUser user, @PathVariable long id, Model model) {
        GlossaryTerm t = glossary.readable(user, id);
        return form(model, user, t, BudgetGlossary.Form.of(t), Map.of());
    }

    @PostMapping("/admin/budgets/glossary")
    String create(StaffUser user, @ModelAttribute BudgetGlossary.Form form, HttpServletResponse response, Model model) {
        try {
            glossary.save(user, null, form);
            return "redirect:/admin/budgets/glossary?saved";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(model, user, null, form, e.fieldErrors());
        }
    }

    @PostMapping("/admin/budgets/glossary/{id}")
    String update(StaffUser user, @PathVariable long id, @ModelAttribute BudgetGlossary.Form form,
                  HttpServletResponse response, Model model) {
        GlossaryTerm t = glossary.readable(user, id);
        try {
            glossary.save(user, id, form);
            return "redirect:/admin/budgets/glossary?org=" + t.organisationId() + "&saved";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(model, user, t, form, e.fieldErrors());
        }
    }

    @PostMapping("/admin/budgets/glossary/{id}/delete")
    String delete(StaffUser user, @PathVariable long id, @RequestParam(required = false) String version) {
        GlossaryTerm t = glossary.readable(user, id);
        glossary.delete(user, id, version);
        return "redirect:/admin/budgets/glossary?org=" + t.organisationId() + "&deleted";
    }

    private String form(Model model, StaffUser user, GlossaryTerm term, BudgetGlossary.Form form,
                        Map<String, String> errors) {
        long orgId = term == null ? user.organisationId() : term.organisationId();
        model.addAttribute("organisation", organisations.get(orgId));
        model.addAttribute("term", term);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("sources", List.of(GlossaryTerm.WRITTEN, GlossaryTerm.CITED));
        model.addAttribute("canEdit", canEdit(user, orgId));
        return "budget/glossary-form";
    }

    private boolean canEdit(StaffUser user, long orgId) {
        return access.canEdit(user, orgId) && user.hasAny(Role.EDITOR, Role.PUBLISHER);
    }
}
