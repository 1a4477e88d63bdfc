package org.gongkai.services;

import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.document.PublishedDocument;
import org.gongkai.document.PublishedDocuments;
import org.gongkai.identity.OrganisationAccess;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The back office of work plans and summaries: the organisation's links by year, the form, unlinking. */
@Controller
class WorkPlanAdminPages {

    static final String BASE = "/admin/services/work-plans";

    private final WorkPlanStore store;
    private final ManageWorkPlans manage;
    private final PublishedDocuments documents;
    private final OrganisationAccess access;
    private final OrganisationDirectory organisations;
    private final ManageTaskLedger ledger;

    WorkPlanAdminPages(WorkPlanStore store, ManageWorkPlans manage, PublishedDocuments documents,
                       OrganisationAccess access, OrganisationDirectory organisations, ManageTaskLedger ledger) {
        this.store = store;
        this.manage = manage;
        this.documents = documents;
        this.access = access;
        this.organisations = organisations;
        this.ledger = ledger;
    }

    @GetMapping(BASE)
    String list(StaffUser user, @RequestParam(required = false) Long org, Model model) {
        long orgId = org == null ? user.organisationId() : org;
        access.requireRead(user, orgId);
        List<WorkPlan> plans = store.of(List.of(orgId));
        model.addAttribute("organisation", organisations.get(orgId));
        model.addAttribute("organisations", organisations.subtree(user.organisationId()));
        model.addAttribute("plans", plans);
        model.addAttribute("documents", documents(documents, plans));
        model.addAttribute("kinds", WorkPlan.Kind.values());
        model.addAttribute("canEdit", orgId == user.organisationId() && user.has(Role.EDITOR));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
            model.addAttribute("typed", new String[]{String.valueOf(ledger.today().getYear()), null, null});
        }
        return "services/workplan-admin";
    }

    @PostMapping(BASE)
    String link(StaffUser user, @RequestParam(required = false) String year, @RequestParam(required = false) String kind,
                @RequestParam(required = false) String document, HttpServletResponse response, Model model) {
        return ServicesForms.submit(response, () -> {
            manage.link(user, year, kind, document);
            return "redirect:" + BASE + "?saved";
        }, errors -> {
            model.addAttribute("errors", errors);
            model.addAttribute("typed", new String[]{year, kind, document});
            return list(user, null, model);
        });
    }

    @PostMapping(BASE + "/{id}/unlink")
    String unlink(StaffUser user, @PathVariable long id) {
        manage.unlink(user, id);
        return "redirect:" + BASE + "?saved";
    }

    /** The public side of the linked documents, by id; unpublished or withdrawn ones left out. */
    static Map<Long, PublishedDocument> documents(PublishedDocuments documents, List<WorkPlan> plans) {
        return documents.findAll(plans.stream().map(WorkPlan::documentId).distinct().toList()).stream()
                .filter(d -> !d.withdrawn())
                .collect(Collectors.toMap(PublishedDocument::documentId, Function.identity()));
    }
}
