package org.gongkai.interpretation;

import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.document.DocumentQueries;
import org.gongkai.document.DocumentRow;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.web.InvalidInputException;
import org.gongkai.platform.web.Page;
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
 * Major policies (重大政策) of the organisation and those below it: marking, publishing a policy together with its
 * interpretations, exceptions with their reasons, and the policies still without interpretation (the supervisor's
 * dashboard).
 */
@Controller
class MajorPolicyPages {

    static final int PAGE_SIZE = 20;
    static final int MAX_AFTER_DAYS = 250;

    private final MajorPolicies majors;
    private final MissingInterpretations missing;
    private final DocumentQueries documents;
    private final OrganisationDirectory organisations;

    MajorPolicyPages(MajorPolicies majors, MissingInterpretations missing, DocumentQueries documents,
                     OrganisationDirectory organisations) {
        this.majors = majors;
        this.missing = missing;
        this.documents = documents;
        this.organisations = organisations;
    }

    @GetMapping("/admin/interpretations/major")
    String dashboard(StaffUser user, @RequestParam(required = false) Integer after,
                     @RequestParam(required = false) Integer page, Model model) {
        return dashboard(user, after, page, model, Map.of(), null);
    }

    @PostMapping("/admin/interpretations/major")
    String mark(StaffUser user, @RequestParam(required = false) String document, HttpServletResponse response,
                Model model) {
        long id;
        try {
            id = Long.parseLong(document == null ? "" : document.strip());
        } catch (NumberFormatException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return dashboard(user, null, null, model, Map.of("document", "interp.error.document"), document);
        }
        try {
            majors.mark(user, id);
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return dashboard(user, null, null, model, e.fieldErrors(), document);
        }
        return "redirect:/admin/interpretations/major?marked";
    }

    @PostMapping("/admin/interpretations/major/{id}/unmark")
    String unmark(StaffUser user, @PathVariable long id) {
        majors.unmark(user, id);
        return "redirect:/admin/interpretations/major?unmarked";
    }

    @PostMapping("/admin/interpretations/major/{id}/publish")
    String publishTogether(StaffUser user, @PathVariable long id) {
        majors.publishTogether(user, id);
        return "redirect:/admin/interpretations/major?published";
    }

    @GetMapping("/admin/interpretations/major/{id}/exception")
    String exceptionForm(StaffUser user, @PathVariable long id, Model model) {
        return exceptionForm(user, id, model, "", Map.of());
    }

    @PostMapping("/admin/interpretations/major/{id}/exception")
    String recordException(StaffUser user, @PathVariable long id, @RequestParam(required = false) String reason,
                           HttpServletResponse response, Model model) {
        try {
            majors.recordException(user, id, reason);
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return exceptionForm(user, id, model, reason, e.fieldErrors());
        }
        return "redirect:/admin/interpretations/major?exception";
    }

    private String exceptionForm(StaffUser user, long id, Model model, String reason, Map<String, String> errors) {
        MajorPolicy major = majors.own(user, id);
        model.addAttribute("major", major);
        model.addAttribute("title", documents.view(user, id).current().content().title());
        model.addAttribute("reason", reason);
        model.addAttribute("errors", errors);
        model.addAttribute("reasonMax", MajorPolicies.REASON_MAX);
        return "interpretation/exception";
    }

    private String dashboard(StaffUser user, Integer after, Integer page, Model model, Map<String, String> errors,
                             String document) {
        documents.requireReader(user, user.organisationId());
        int days = after == null ? missing.afterDays() : Math.max(0, Math.min(MAX_AFTER_DAYS, after));
        List<MissingInterpretations.Row> rows = missing.below(user);
        int p = Page.clamp(page);
        List<MissingInterpretations.Row> shown = rows.stream().skip((long) (p - 1) * PAGE_SIZE).limit(PAGE_SIZE)
                .toList();
        List<DocumentRow> own = documents.list(user, user.organisationId(), null, null, "updated", 1,
                InterpretationPages.CHOICES).items();
        model.addAttribute("organisation", organisations.get(user.organisationId()));
        model.addAttribute("after", days);
        model.addAttribute("missing", rows.stream().filter(r -> r.missingFor(days)).toList());
        model.addAttribute("exceptions", rows.stream().filter(r -> r.major().hasException()).toList());
        model.addAttribute("rows", new Page<>(shown, p, PAGE_SIZE, rows.size()));
        model.addAttribute("documents", own);
        model.addAttribute("document", document);
        model.addAttribute("errors", errors);
        return "interpretation/major";
    }
}
