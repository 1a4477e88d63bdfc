package org.gongkai.document;

import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.web.ConflictException;
import org.gongkai.platform.web.InvalidInputException;
import org.gongkai.platform.web.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Map;

/** Back-office pages to list, create, read and edit documents. */
@Controller
@RequestMapping("/admin/documents")
class DocumentPages {

    static final int PAGE_SIZE = 20;

    private final DocumentQueries queries;
    private final CreateDocument create;
    private final SaveDraft save;
    private final OrganisationDirectory organisations;
    private final DocumentFormModel formModel;

    DocumentPages(DocumentQueries queries, CreateDocument create, SaveDraft save, OrganisationDirectory organisations,
                  DocumentFormModel formModel) {
        this.queries = queries;
        this.create = create;
        this.save = save;
        this.organisations = organisations;
        this.formModel = formModel;
    }

    @GetMapping
    String list(StaffUser user, @RequestParam(required = false) Long org, @RequestParam(required = false) String status,
                @RequestParam(required = false) String q, @RequestParam(required = false) String sort,
                @RequestParam(required = false) Integer page, Model model) {
        long orgId = org == null ? user.organisationId() : org;
        String wanted = status == null || status.isBlank() ? null : status;
        if (wanted != null && !isStatus(wanted)) {
            throw new IllegalArgumentException("unknown status");
        }
        Page<DocumentRow> rows = queries.list(user, orgId, wanted, q, sort, Page.clamp(page), PAGE_SIZE);
        model.addAttribute("rows", rows);
        model.addAttribute("organisation", organisations.get(orgId));
        model.addAttribute("organisations", organisations.subtree(user.organisationId()));
        model.addAttribute("statuses", EditionStatus.values());
        model.addAttribute("readOnly", orgId != user.organisationId());
        model.addAttribute("canCreate", orgId == user.organisationId() && user.has(Role.EDITOR));
        model.addAttribute("filter", Map.of("status", wanted == null ? "" : wanted, "q", q == null ? "" : q,
                "sort", sort == null ? "updated" : sort));
        return "document/list";
    }

    @GetMapping("/new")
    String newForm(StaffUser user, Model model) {
        formModel.fill(model, user, DocumentForm.blank(organisations.get(user.organisationId()).name()), null);
        return "document/form";
    }

    @PostMapping
    String createDocument(StaffUser user, @ModelAttribute DocumentForm form, Model model, HttpServletResponse response,
                          RedirectAttributes redirect) {
        try {
            long id = create.create(user, user.organisationId(), form.toContent());
            redirect.addFlashAttribute("notice", "doc.created");
            return "redirect:/admin/documents/" + id;
        } catch (InvalidInputException e) {
            response.setStatus(400);
            formModel.fill(model, user, form, null);
            model.addAttribute("errors", e.fieldErrors());
            return "document/form";
        }
    }

    @GetMapping("/{id}")
    String view(StaffUser user, @PathVariable long id, Model model) {
        formModel.fillView(model, user, queries.view(user, id));
        return "document/view";
    }

    @GetMapping("/{id}/edit")
    String editForm(StaffUser user, @PathVariable long id, Model model) {
        DocumentView view = queries.view(user, id);
        if (user.organisationId() != view.document().organisationId() || !user.has(Role.EDITOR)) {
            throw new org.gongkai.platform.web.ForbiddenException("access.org.edit");
        }
        Edition working = view.working().filter(e -> EditionStatus.EDITABLE.contains(e.status()))
                .orElseThrow(() -> new ConflictException("workflow.notEditable",
                        view.working().map(e -> e.status().name()).orElse("-")));
        formModel.fill(model, user, DocumentForm.of(view.workingRevision().orElseThrow().content(), working.lockVersion()), view);
        return "document/form";
    }

    @PostMapping("/{id}/edit")
    String saveDraft(StaffUser user, @PathVariable long id, @ModelAttribute DocumentForm form, Model model,
                     HttpServletResponse response, RedirectAttributes redirect) {
        try {
            save.save(user, id, form.version(), form.toContent());
            redirect.addFlashAttribute("notice", "doc.saved");
            return "redirect:/admin/documents/" + id;
        } catch (InvalidInputException e) {
            response.setStatus(400);
            formModel.fill(model, user, form, queries.view(user, id));
            model.addAttribute("errors", e.fieldErrors());
            return "document/form";
        } catch (ConflictException e) {
            // Someone saved meanwhile: keep this person's text, and let a second save replace the newer version.
            response.setStatus(409);
            DocumentView view = queries.view(user, id);
            int current = view.working().map(Edition::lockVersion).orElse(form.version());
            formModel.fill(model, user, form.withVersion(current), view);
            model.addAttribute("conflict", e.getMessage());
            return "document/form";
        }
    }

    private static boolean isStatus(String s) {
        for (EditionStatus st : EditionStatus.values()) {
            if (st.name().equals(s)) {
                return true;
            }
        }
        return false;
    }
}
