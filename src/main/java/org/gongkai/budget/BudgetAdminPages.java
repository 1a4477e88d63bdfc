package org.gongkai.budget;

import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.identity.OrganisationAccess;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.Zones;
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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The back office of budgets and final accounts: an organisation's publications (paged, sortable, overdue ones
 * flagged and filterable), the upload form whose refusals name sheet, row and column, a publication's page with its
 * tables and clock, and the publisher's publish with the confidentiality-review statement.
 */
@Controller
class BudgetAdminPages {

    static final int PAGE_SIZE = 30;
    static final long MAX_BYTES = 5L * 1024 * 1024;
    static final int PROBLEMS_SHOWN = 100;
    private static final Map<String, String> SORTS = Map.of("year", "year", "due", "due_on", "uploaded", "uploaded_at",
            "status", "status");

    private final BudgetStore store;
    private final BudgetPublications actions;
    private final OrganisationAccess access;
    private final OrganisationDirectory organisations;
    private final Clock clock;

    BudgetAdminPages(BudgetStore store, BudgetPublications actions, OrganisationAccess access,
                     OrganisationDirectory organisations, Clock clock) {
        this.store = store;
        this.actions = actions;
        this.access = access;
        this.organisations = organisations;
        this.clock = clock;
    }

    @GetMapping("/admin/budgets")
    String list(StaffUser user, @RequestParam(required = false) Long org, @RequestParam(required = false) String sort,
                @RequestParam(required = false) String dir, @RequestParam(required = false) Boolean overdue,
                @RequestParam(required = false) Integer page, Model model) {
        long orgId = org == null ? user.organisationId() : org;
        access.requireRead(user, orgId);
        String s = sort != null && SORTS.containsKey(sort) ? sort : "year";
        String d = "asc".equals(dir) ? "asc" : "desc";
        LocalDate today = today();
        Page<Publication> rows = store.list(orgId, Boolean.TRUE.equals(overdue), today, SORTS.get(s) + " " + d,
                Page.clamp(page), PAGE_SIZE);
        model.addAttribute("organisation", organisations.get(orgId));
        model.addAttribute("organisations", organisations.subtree(user.organisationId()));
        model.addAttribute("rows", rows);
        model.addAttribute("today", today);
        model.addAttribute("sort", s);
        model.addAttribute("dir", d);
        model.addAttribute("sorts", List.of("year", "due", "uploaded", "status"));
        model.addAttribute("overdue", Boolean.TRUE.equals(overdue) ? Boolean.TRUE : null);
        model.addAttribute("canUpload", canUpload(user, orgId));
        return "budget/admin-list";
    }

    @GetMapping("/admin/budgets/new")
    String uploadForm(StaffUser user, Model model) {
        access.requireRole(user, user.organisationId(), Role.EDITOR, Role.PUBLISHER);
        return form(model, user, BudgetPublications.Upload.blank(), Map.of(), null);
    }

    @GetMapping("/admin/budgets/template.xlsx")
    org.springframework.http.ResponseEntity<byte[]> template(StaffUser user) {
        access.requireRead(user, user.organisationId());
        return org.springframework.http.ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"budget-template.xlsx\"")
                .body(BudgetTemplate.example());
    }

    @PostMapping("/admin/budgets")
    String upload(StaffUser user, @ModelAttribute BudgetPublications.Upload form,
                  @RequestParam(required = false) MultipartFile file, HttpServletResponse response, Model model) {
        access.requireRole(user, user.organisationId(), Role.EDITOR, Role.PUBLISHER);
        try {
            if (file != null && file.getSize() > MAX_BYTES) {
                throw InvalidInputException.of("file", "budget.error.tooLarge");
            }
            BudgetPublications.Uploaded u = actions.upload(user, user.organisationId(), form,
                    file == null ? null : file.getOriginalFilename(), bytes(file));
            if (u.id() != null) {
                return "redirect:/admin/budgets/" + u.id() + "?uploaded";
            }
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(model, user, form, Map.of(), u.workbook());
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(model, user, form, e.fieldErrors(), null);
        }
    }

    @GetMapping("/admin/budgets/{id}")
    String detail(StaffUser user, @PathVariable long id, Model model) {
        return detail(user, actions.readable(user, id), model, Map.of(), null);
    }

    @PostMapping("/admin/budgets/{id}/publish")
    String publish(StaffUser user, @PathVariable long id, @RequestParam(required = false) String reviewStatement,
                   @RequestParam(required = false) String version, HttpServletResponse response, Model model) {
        Publication p = actions.readable(user, id);
        try {
            actions.publish(user, id, reviewStatement, version);
            return "redirect:/admin/budgets/" + id + "?published";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return detail(user, p, model, e.fieldErrors(), reviewStatement);
        }
    }

    @PostMapping("/admin/budgets/{id}/delete")
    String delete(StaffUser user, @PathVariable long id) {
        Publication p = actions.readable(user, id);
        actions.delete(user, id);
        return "redirect:/admin/budgets?org=" + p.organisationId() + "&deleted";
    }

    private String detail(StaffUser user, Publication p, Model model, Map<String, String> errors, String statement) {
        BudgetStore.Tables t = store.tables(p.id());
        model.addAttribute("publication", p);
        model.addAttribute("organisation", organisations.get(p.organisationId()));
        model.addAttribute("shown", YearView.Shown.of(p, t));
        model.addAttribute("today", today());
        model.addAttribute("errors", errors);
        model.addAttribute("reviewStatement", statement);
        model.addAttribute("canEdit", !p.published() && canUpload(user, p.organisationId()));
        model.addAttribute("canPublish", !p.published() && access.canEdit(user, p.organisationId())
                && user.has(Role.PUBLISHER));
        return "budget/admin-detail";
    }

    private String form(Model model, StaffUser user, BudgetPublications.Upload form, Map<String, String> errors,
                        BudgetWorkbook.Result workbook) {
        model.addAttribute("organisation", organisations.get(user.organisationId()));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", BudgetKind.values());
        model.addAttribute("problems", workbook == null ? List.of()
                : workbook.problems().stream().limit(PROBLEMS_SHOWN).toList());
        model.addAttribute("moreProblems", workbook == null ? 0 : Math.max(0, workbook.problems().size() - PROBLEMS_SHOWN));
        model.addAttribute("maxMegabytes", MAX_BYTES / 1024 / 1024);
        model.addAttribute("codes", Classification.status());
        return "budget/admin-upload";
    }

    private boolean canUpload(StaffUser user, long orgId) {
        return access.canEdit(user, orgId) && user.hasAny(Role.EDITOR, Role.PUBLISHER);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Zones.CHINA));
    }

    private static byte[] bytes(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return null;
        }
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
