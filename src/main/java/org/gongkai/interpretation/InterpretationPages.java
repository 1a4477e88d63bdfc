package org.gongkai.interpretation;

import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.document.DocumentQueries;
import org.gongkai.document.DocumentRow;
import org.gongkai.document.PublishedDocument;
import org.gongkai.document.PublishedDocuments;
import org.gongkai.identity.Organisation;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.web.ConflictException;
import org.gongkai.platform.web.InvalidInputException;
import org.gongkai.platform.web.NotFoundException;
import org.gongkai.platform.web.Page;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The back office of interpretations: the organisation's links, linking a document to a policy, and unlinking. */
@Controller
class InterpretationPages {

    static final int PAGE_SIZE = 20;
    /** How many documents the form offers to choose from (the newest ones). */
    static final int CHOICES = 200;
    private static final List<String> FIELDS = List.of("document", "policy", "form", "interpreter", "interpreterName",
            "mediaUrl");

    private final InterpretationStore store;
    private final LinkInterpretation link;
    private final DocumentQueries documents;
    private final PublishedDocuments published;
    private final OrganisationDirectory organisations;
    private final MissingInterpretations majors;

    InterpretationPages(InterpretationStore store, LinkInterpretation link, DocumentQueries documents,
                        PublishedDocuments published, OrganisationDirectory organisations,
                        MissingInterpretations majors) {
        this.store = store;
        this.majors = majors;
        this.link = link;
        this.documents = documents;
        this.published = published;
        this.organisations = organisations;
    }

    /** A line of the list: the link with the titles of both documents as staff see them. */
    record Row(Interpretation link, String title, String policyTitle, PublicInterpretations.PolicyState state) {
    }

    @GetMapping("/admin/interpretations")
    String list(StaffUser user, @RequestParam(required = false) String form, @RequestParam(required = false) String sort,
                @RequestParam(required = false) Integer page, Model model) {
        documents.requireReader(user, user.organisationId());
        InterpretationForm f = form(form);
        boolean oldest = "oldest".equals(sort);
        Page<Interpretation> links = store.list(user.organisationId(), f, oldest, Page.clamp(page), PAGE_SIZE);
        model.addAttribute("organisation", organisations.get(user.organisationId()));
        model.addAttribute("rows", new Page<>(rows(user, links.items()), links.page(), links.size(), links.total()));
        model.addAttribute("form", f);
        model.addAttribute("sort", oldest ? "oldest" : "newest");
        model.addAttribute("forms", InterpretationForm.values());
        return "interpretation/list";
    }

    @GetMapping("/admin/interpretations/new")
    String newForm(StaffUser user, @RequestParam(required = false) String document,
                   @RequestParam(required = false) String policy, Model model) {
        documents.requireReader(user, user.organisationId());
        InterpretationInput in = new InterpretationInput(document, policy, null, null, null, null, null);
        return form(user, model, in, Map.of(), null);
    }

    @PostMapping("/admin/interpretations")
    String create(StaffUser user, @ModelAttribute InterpretationInput in, HttpServletResponse response, Model model) {
        try {
            long id = link.link(user, in);
            return "redirect:/admin/interpretations/" + id + "?saved";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(user, model, in, inFormOrder(e.fieldErrors()), null);
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return form(user, model, in, Map.of(), e.getMessage());
        }
    }

    @GetMapping("/admin/interpretations/{id}")
    String detail(StaffUser user, @PathVariable long id, Model model) {
        documents.requireReader(user, user.organisationId());
        Interpretation l = link.get(user, id);
        model.addAttribute("row", rows(user, List.of(l)).get(0));
        model.addAttribute("organisation", organisations.get(l.organisationId()));
        model.addAttribute("canEdit", l.organisationId() == user.organisationId());
        return "interpretation/detail";
    }

    @PostMapping("/admin/interpretations/{id}/delete")
    String delete(StaffUser user, @PathVariable long id) {
        link.unlink(user, id);
        return "redirect:/admin/interpretations?deleted";
    }

    private String form(StaffUser user, Model model, InterpretationInput in, Map<String, String> errors,
                        String problem) {
        Organisation org = organisations.get(user.organisationId());
        List<DocumentRow> own = documents.list(user, org.id(), null, null, "updated", 1, CHOICES).items();
        List<Long> policyOrgs = organisations.ancestry(org.id()).stream().map(Organisation::id).toList();
        List<PublishedDocument> policies = published.latest(policyOrgs.isEmpty() ? List.of(org.id()) : policyOrgs,
                1, CHOICES).items();
        model.addAttribute("organisation", org);
        model.addAttribute("documents", own);
        model.addAttribute("policies", policies);
        model.addAttribute("majorDrafts", majors.below(user).stream()
                .filter(r -> r.state() == MissingInterpretations.State.PREPARING
                        && r.major().organisationId() == org.id()).toList());
        model.addAttribute("input", in);
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        model.addAttribute("forms", InterpretationForm.values());
        model.addAttribute("interpreters", Interpreter.values());
        return "interpretation/form";
    }

    private List<Row> rows(StaffUser user, List<Interpretation> links) {
        Map<Long, PublishedDocument> policies = new HashMap<>();
        published.findAll(links.stream().map(Interpretation::policyDocumentId).distinct().toList())
                .forEach(p -> policies.put(p.documentId(), p));
        Map<Long, String> titles = new HashMap<>();
        return links.stream().map(l -> {
            String title = titles.computeIfAbsent(l.documentId(), id -> {
                try {
                    return documents.view(user, id).current().content().title();
                } catch (NotFoundException e) {
                    return null;
                }
            });
            PublishedDocument p = policies.get(l.policyDocumentId());
            return new Row(l, title, p == null ? null : p.title(),
                    p == null ? null : PublicInterpretations.state(l, p));
        }).toList();
    }

    private static InterpretationForm form(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return InterpretationForm.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("form", "interp.error.form");
        }
    }

    static Map<String, String> inFormOrder(Map<String, String> errors) {
        Map<String, String> ordered = new LinkedHashMap<>();
        FIELDS.stream().filter(errors::containsKey).forEach(f -> ordered.put(f, errors.get(f)));
        errors.forEach(ordered::putIfAbsent);
        return ordered;
    }
}
