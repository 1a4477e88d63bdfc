package org.gongkai.syndication;

import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.catalog.CatalogTree;
import org.gongkai.document.DocumentKind;
import org.gongkai.document.DocumentQueries;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.web.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The back office of automatic re-posting: the organisation's rules, the form to add one, and the policy. */
@Controller
class RulePages {

    /** A source a rule can name: {@code org:ID} or {@code remote:ID}, with its name. */
    record Choice(String value, String name) {
    }

    private final RepostRules rules;
    private final Subscriptions subscriptions;
    private final RemoteStore remote;
    private final DocumentQueries documents;
    private final OrganisationDirectory organisations;
    private final CatalogTree catalog;

    RulePages(RepostRules rules, Subscriptions subscriptions, RemoteStore remote, DocumentQueries documents,
              OrganisationDirectory organisations, CatalogTree catalog) {
        this.rules = rules;
        this.subscriptions = subscriptions;
        this.remote = remote;
        this.documents = documents;
        this.organisations = organisations;
        this.catalog = catalog;
    }

    @GetMapping("/admin/syndication/rules")
    String list(StaffUser user, Model model) {
        documents.requireReader(user, user.organisationId());
        return list(user, model, Map.of(), Map.of());
    }

    @PostMapping("/admin/syndication/rules")
    String add(StaffUser user, @RequestParam(required = false) String source,
               @RequestParam(required = false) String kind, @RequestParam(required = false) String column,
               HttpServletResponse response, Model model) {
        try {
            rules.add(user, source, kind, column);
            return "redirect:/admin/syndication/rules?added";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            Map<String, String> form = new java.util.HashMap<>();
            form.put("source", source);
            form.put("kind", kind);
            form.put("column", column);
            return list(user, model, e.fieldErrors(), form);
        }
    }

    @PostMapping("/admin/syndication/rules/{id}/delete")
    String delete(StaffUser user, @PathVariable long id) {
        rules.delete(user, id);
        return "redirect:/admin/syndication/rules?deleted";
    }

    @PostMapping("/admin/syndication/rules/policy")
    String policy(StaffUser user, @RequestParam(required = false) String onSourceGone,
                  @RequestParam(required = false) String onSourceAmended, HttpServletResponse response, Model model) {
        try {
            rules.setPolicy(user, onSourceGone, onSourceAmended);
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return list(user, model, e.fieldErrors(), Map.of());
        }
        return "redirect:/admin/syndication/rules?policy";
    }

    private String list(StaffUser user, Model model, Map<String, String> errors, Map<String, String> form) {
        long org = user.organisationId();
        List<Choice> choices = new java.util.ArrayList<>();
        for (long id : subscriptions.sourcesOf(org)) {
            choices.add(new Choice("org:" + id, RemotePages.organisationName(organisations, id)));
        }
        remote.sourcesOf(org).stream().filter(s -> s.status() == RemoteSource.Status.APPROVED)
                .forEach(s -> choices.add(new Choice("remote:" + s.id(), s.label())));
        Map<String, String> names = new LinkedHashMap<>();
        choices.forEach(c -> names.put(c.value(), c.name()));
        Map<Long, String> columns = new LinkedHashMap<>();
        catalog.nodesOf(org).forEach(e -> columns.put(e.node().id(), e.node().name()));
        model.addAttribute("organisation", organisations.get(org));
        model.addAttribute("rules", rules.of(user));
        model.addAttribute("choices", choices);
        model.addAttribute("names", names);
        model.addAttribute("columns", catalog.nodesOf(org));
        model.addAttribute("columnNames", columns);
        model.addAttribute("kinds", DocumentKind.values());
        model.addAttribute("policy", rules.policy(user).name());
        model.addAttribute("amendedPolicy", rules.amendedPolicy(user).name());
        model.addAttribute("canEdit", user.hasAny(Role.EDITOR));
        model.addAttribute("canDelete", user.hasAny(Role.EDITOR, Role.PUBLISHER));
        model.addAttribute("canSetPolicy", user.hasAny(Role.PUBLISHER));
        model.addAttribute("errors", errors);
        model.addAttribute("form", form);
        return "syndication/rules";
    }
}
