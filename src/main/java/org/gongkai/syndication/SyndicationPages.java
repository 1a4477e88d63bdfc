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

/**
 * The back office of re-posting: the queue, an item of either queue (this platform, other sites) with its two
 * decisions, and the sources subscribed to.
 */
@Controller
class SyndicationPages {

    static final int PAGE_SIZE = 20;

    private final SyndicationStore store;
    private final RemoteStore remote;
    private final Repost repost;
    private final Subscriptions subscriptions;
    private final DocumentQueries documents;
    private final OrganisationDirectory organisations;
    private final CatalogTree catalog;

    SyndicationPages(SyndicationStore store, RemoteStore remote, Repost repost, Subscriptions subscriptions, DocumentQueries documents,
                     OrganisationDirectory organisations, CatalogTree catalog) {
        this.store = store;
        this.remote = remote;
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
        return item(user, QueueKind.LOCAL, id, model);
    }

    @GetMapping("/admin/syndication/remote/items/{id}")
    String remoteItem(StaffUser user, @PathVariable long id, Model model) {
        return item(user, QueueKind.REMOTE, id, model);
    }

    @PostMapping("/admin/syndication/items/{id}/repost")
    String repost(StaffUser user, @PathVariable long id, @RequestParam(required = false) String column,
                  HttpServletResponse response, Model model) {
        return repost(user, QueueKind.LOCAL, id, column, response, model);
    }

    @PostMapping("/admin/syndication/remote/items/{id}/repost")
    String repostRemote(StaffUser user, @PathVariable long id, @RequestParam(required = false) String column,
                        HttpServletResponse response, Model model) {
        return repost(user, QueueKind.REMOTE, id, column, response, model);
    }

    @PostMapping("/admin/syndication/items/{id}/dismiss")
    String dismiss(StaffUser user, @PathVariable long id, @RequestParam(required = false) String reason,
                   HttpServletResponse response, Model model) {
        return dismiss(user, QueueKind.LOCAL, id, reason, response, model);
    }

    @PostMapping("/admin/syndication/remote/items/{id}/dismiss")
    String dismissRemote(StaffUser user, @PathVariable long id, @RequestParam(required = false) String reason,
                         HttpServletResponse response, Model model) {
        return dismiss(user, QueueKind.REMOTE, id, reason, response, model);
    }

    private String item(StaffUser user, QueueKind kind, long id, Model model) {
        return item(user, repost.get(user, kind, id), model, Map.of(), null, null);
    }

    private String repost(StaffUser user, QueueKind kind, long id, String column, HttpServletResponse response,
                          Model model) {
        try {
            repost.repost(user, kind, id, column);
            return "redirect:" + kind.adminPath(id) + "?reposted";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return item(user, repost.get(user, kind, id), model, e.fieldErrors(), column, null);
        }
    }

    private String dismiss(StaffUser user, QueueKind kind, long id, String reason, HttpServletResponse response,
                           Model model) {
        try {
            repost.dismiss(user, kind, id, reason);
            return "redirect:" + kind.adminPath(id) + "?dismissed";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return item(user, repost.get(user, kind, id), model, e.fieldErrors(), null, reason);
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

    /** What differs on an item's page between the queues: where it came from and how its evidence is named. */
    record ItemView(String titleKey, String backPath, String backKey, String introKey, String fingerprintKey,
                    String origin, String originalUrl, boolean external) {
    }

    private ItemView view(QueuedItem item) {
        if (item instanceof RemoteItem i) {
            RemoteSource source = remote.source(i.sourceId()).orElseThrow();
            return i.verified()
                    ? new ItemView("remote.item.title", "/admin/syndication/remote", "remote.title",
                    "remote.item.repostIntro", "remote.col.contentHash", source.label(),
                    source.documentUrl(i.remoteDocumentId()), true)
                    : new ItemView("remote.item.title", "/admin/syndication/remote", "remote.title",
                    "outside.item.repostIntro", "repost.col.fingerprint", source.label(), i.originalUrl(), true);
        }
        RepostItem i = (RepostItem) item;
        return new ItemView("repost.item.title", "/admin/syndication", "repost.queue.title",
                "repost.action.repost.intro", "repost.col.fingerprint",
                organisations.find(i.sourceOrganisationId()).map(Organisation::name).orElse(""),
                "/documents/" + i.sourceDocumentId(), false);
    }

    private String item(StaffUser user, QueuedItem item, Model model, Map<String, String> errors, String column,
                        String reason) {
        boolean own = item.organisationId() == user.organisationId();
        model.addAttribute("item", item);
        model.addAttribute("remote", item instanceof RemoteItem r && r.verified() ? r : null);
        model.addAttribute("view", view(item));
        model.addAttribute("organisation", organisations.get(item.organisationId()));
        model.addAttribute("columns", catalog.nodesOf(item.organisationId()));
        model.addAttribute("canRepost", own && item.repostable() && user.hasAny(Role.EDITOR));
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
