package org.gongkai.services;

import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.document.PublishedDocument;
import org.gongkai.document.PublishedDocuments;
import org.gongkai.identity.OrganisationAccess;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.web.Page;
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

/**
 * The back office of normative-document clean-ups: an organisation's clean-ups (with the form for a new one), a
 * clean-up's page with its documents and decisions, the one-step application and the publisher's publication.
 */
@Controller
class CleanUpAdminPages {

    static final int PAGE_SIZE = 30;
    static final String BASE = "/admin/services/cleanups";

    private final CleanUpStore store;
    private final ManageCleanUps manage;
    private final PublishedDocuments documents;
    private final OrganisationAccess access;
    private final OrganisationDirectory organisations;

    CleanUpAdminPages(CleanUpStore store, ManageCleanUps manage, PublishedDocuments documents,
                      OrganisationAccess access, OrganisationDirectory organisations) {
        this.store = store;
        this.manage = manage;
        this.documents = documents;
        this.access = access;
        this.organisations = organisations;
    }

    @GetMapping(BASE)
    String list(StaffUser user, @RequestParam(required = false) Long org, @RequestParam(required = false) Integer page,
                Model model) {
        long orgId = org == null ? user.organisationId() : org;
        access.requireRead(user, orgId);
        Page<CleanUp> rows = store.list(List.of(orgId), Page.clamp(page), PAGE_SIZE, false);
        model.addAttribute("organisation", organisations.get(orgId));
        model.addAttribute("organisations", organisations.subtree(user.organisationId()));
        model.addAttribute("rows", rows);
        model.addAttribute("canCreate", access.canEdit(user, orgId) && user.has(Role.EDITOR));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
            model.addAttribute("typed", new String[3]);
        }
        return "services/cleanup-admin-list";
    }

    @PostMapping(BASE)
    String create(StaffUser user, @RequestParam(required = false) String title,
                  @RequestParam(required = false) String basis, @RequestParam(required = false) String decidedOn,
                  HttpServletResponse response, Model model) {
        return ServicesForms.submit(response,
                () -> "redirect:" + BASE + "/" + manage.create(user, title, basis, decidedOn) + "?saved",
                errors -> {
                    model.addAttribute("errors", errors);
                    model.addAttribute("typed", new String[]{title, basis, decidedOn});
                    return list(user, null, null, model);
                });
    }

    @GetMapping(BASE + "/{id}")
    String detail(StaffUser user, @PathVariable long id, Model model) {
        return detail(user, manage.readable(user, id), model, Map.of());
    }

    @PostMapping(BASE + "/{id}/items")
    String addItem(StaffUser user, @PathVariable long id, @RequestParam(required = false) String document,
                   @RequestParam(required = false) String decision, @RequestParam(required = false) String replacedBy,
                   @RequestParam(required = false) String reason, HttpServletResponse response, Model model) {
        CleanUp c = manage.readable(user, id);
        model.addAttribute("typed", new String[]{document, decision, replacedBy, reason});
        return ServicesForms.submit(response, () -> {
            manage.addItem(user, id, document, decision, replacedBy, reason);
            return "redirect:" + BASE + "/" + id + "?saved#items";
        }, errors -> detail(user, c, model, errors));
    }

    @PostMapping(BASE + "/{id}/items/{itemId}/remove")
    String removeItem(StaffUser user, @PathVariable long id, @PathVariable long itemId) {
        manage.removeItem(user, id, itemId);
        return "redirect:" + BASE + "/" + id + "?saved#items";
    }

    @PostMapping(BASE + "/{id}/apply")
    String apply(StaffUser user, @PathVariable long id, HttpServletResponse response, Model model) {
        CleanUp c = manage.readable(user, id);
        return ServicesForms.submit(response, () -> "redirect:" + BASE + "/" + id + "?applied=" + manage.apply(user, id),
                errors -> detail(user, c, model, errors));
    }

    @PostMapping(BASE + "/{id}/publish")
    String publish(StaffUser user, @PathVariable long id) {
        manage.publish(user, id);
        return "redirect:" + BASE + "/" + id + "?published";
    }

    private String detail(StaffUser user, CleanUp c, Model model, Map<String, String> errors) {
        List<CleanUp.Item> items = store.items(c.id(), false);
        model.addAttribute("cleanUp", c);
        model.addAttribute("organisation", organisations.get(c.organisationId()));
        model.addAttribute("items", items);
        model.addAttribute("documents", titles(documents, items));
        model.addAttribute("decisions", CleanUp.Decision.values());
        model.addAttribute("errors", errors);
        if (!model.containsAttribute("typed")) {
            model.addAttribute("typed", new String[4]);
        }
        boolean own = access.canEdit(user, c.organisationId());
        model.addAttribute("canEdit", own && user.has(Role.EDITOR) && !c.applied());
        model.addAttribute("canPublish", own && user.has(Role.PUBLISHER) && c.applied() && !c.published());
        return "services/cleanup-admin-detail";
    }

    /** The public side of each document (and replacement) of the items, by id; withdrawn ones left out. */
    static Map<Long, PublishedDocument> titles(PublishedDocuments documents, List<CleanUp.Item> items) {
        List<Long> ids = items.stream().flatMap(i -> i.replacedBy() == null ? java.util.stream.Stream.of(i.documentId())
                : java.util.stream.Stream.of(i.documentId(), i.replacedBy())).distinct().toList();
        return documents.findAll(ids).stream().filter(d -> !d.withdrawn())
                .collect(Collectors.toMap(PublishedDocument::documentId, Function.identity()));
    }
}
