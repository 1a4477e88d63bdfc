package org.gongkai.syndication;

import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.catalog.CatalogTree;
import org.gongkai.document.DocumentQueries;
import org.gongkai.identity.Organisation;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.Role;
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
import java.util.Set;

/** The back office of re-posting: the queue, an item with its two decisions, and the sources subscribed to. */
@Controller
class SyndicationPages {

    static final int PAGE_SIZE = 20;

    private final SyndicationStore store;
    private final Repost repost;
    private final Subscriptions subscriptions;
    private final DocumentQueries documents;
    private final OrganisationDirectory organisations;
    private final CatalogTree catalog;

    SyndicationPages(SyndicationStore store, Repost repost, Subscriptions subscriptions, DocumentQueries documents,
                     OrganisationDirectory organisations, CatalogTree catalog) {
        this.store = store;
        this.repost = repost;
        this.subscriptions = subscriptions;
        this.documents = documents;
        this.organisations = organisations;
        this.catalog = catalog;
    }

    @GetMapping("/admin/syndication")
    String queue(StaffUser user, @RequestParam(required = false) String status,
                 @RequestParam(required = false) String flagged, @RequestParam(required = false) String sort,
                 @RequestParam(required = false) Integer page, Model model) {
        documents.requireReader(user, user.organisationId());
        RepostStatus s = status(status);
        boolean onlyFlagged = "true".equals(flagged);
        boolean oldest = "oldest".equals(sort);
        Page<RepostItem> items = store.list(user.organisationId(), s, onlyFlagged, oldest, Page.clamp(page), PAGE_SIZE);
        model.addAttribute("organisation", organisations.get(user.organisationId()));
        model.addAttribute("items", items);
        model.addAttribute("status", s);
        model.addAttribute("statuses", RepostStatus.values());
        model.addAttribute("flagged", onlyFlagged ? "true" : null);
        model.addAttribute("sort", oldest ? "oldest" : "newest");
        model.addAttribute("sources", names(subscriptions.sourcesOf(user.organisationId())));
        return "syndication/queue";
    }

    @GetMapping("/admin/syndication/items/{id}")
    String item(StaffUser user, @PathVariable long id, Model model) {
        documents.requireReader(user, user.organisationId());
        return item(user, repost.get(user, id), model, Map.of(), null, null);
    }

    @PostMapping("/admin/syndication/items/{id}/repost")
    String repost(StaffUser user, @PathVariable long id, @RequestParam(required = false) String column,
                  HttpServletResponse response, Model model) {
        try {
            repost.repost(user, id, column);
            return "redirect:/admin/syndication/items/" + id + "?reposted";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return item(user, repost.get(user, id), model, e.fieldErrors(), column, null);
        }
    }

    @PostMapping("/admin/syndication/items/{id}/dismiss")
    String dismiss(StaffUser user, @PathVariable long id, @RequestParam(required = false) String reason,
                   HttpServletResponse response, Model model) {
        try {
            repost.dismiss(user, id, reason);
            return "redirect:/admin/syndication/items/" + id + "?dismissed";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return item(user, repost.get(user, id), model, e.fieldErrors(), null, reason);
        }
    }

    @GetMapping("/admin/syndication/sources")
    String sources(StaffUser user, Model model) {
        documents.requireReader(user, user.organisationId());
        model.addAttribute("organisation", organisations.get(user.organisationId()));
        model.addAttribute("candidates", subscriptions.candidates(user.organisationId()));
        model.addAttribute("subscribed", Set.copyOf(subscriptions.sourcesOf(user.organisationId())));
        model.addAttribute("canManage", user.hasAny(Subscriptions.MANAGERS));
        return "syndication/sources";
    }

    @PostMapping("/admin/syndication/sources")
    String changeSource(StaffUser user, @RequestParam(required = false) String source,
                        @RequestParam(required = false) String action) {
        long sourceId;
        try {
            sourceId = Long.parseLong(source == null ? "" : source.strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("source", "repost.error.source");
        }
        if ("unsubscribe".equals(action)) {
            subscriptions.unsubscribe(user, sourceId);
            return "redirect:/admin/syndication/sources?unsubscribed";
        }
        subscriptions.subscribe(user, sourceId);
        return "redirect:/admin/syndication/sources?subscribed";
    }

    private String item(StaffUser user, RepostItem item, Model model, Map<String, String> errors, String column,
                        String reason) {
        boolean own = item.organisationId() == user.organisationId();
        model.addAttribute("item", item);
        model.addAttribute("organisation", organisations.get(item.organisationId()));
        model.addAttribute("source", organisations.find(item.sourceOrganisationId()).map(Organisation::name).orElse(""));
        model.addAttribute("columns", catalog.nodesOf(item.organisationId()));
        model.addAttribute("canRepost", own && item.status() == RepostStatus.QUEUED && user.hasAny(Role.EDITOR));
        model.addAttribute("canDismiss", own && item.status() == RepostStatus.QUEUED
                && user.hasAny(Role.EDITOR, Role.PUBLISHER));
        model.addAttribute("errors", errors);
        model.addAttribute("column", column);
        model.addAttribute("reason", reason);
        return "syndication/item";
    }

    private List<String> names(List<Long> ids) {
        return ids.stream().map(id -> organisations.find(id).map(Organisation::name).orElse("#" + id)).toList();
    }

    private static RepostStatus status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return RepostStatus.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("status", "repost.error.status");
        }
    }
}
