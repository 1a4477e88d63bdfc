package org.gongkai.syndication;

import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.document.DocumentQueries;
import org.gongkai.identity.Organisation;
import org.gongkai.identity.OrganisationAccess;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.web.InvalidInputException;
import org.gongkai.platform.web.NotFoundException;
import org.gongkai.platform.web.Page;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Map;

/**
 * The back office of re-posting from other instances: the organisation's remote sources with the form to propose
 * one and the verified items; a source with its poll trail (and, for the operator, approve / reject); an item with
 * its evidence and the two decisions; the operator's list of sources awaiting approval.
 */
@Controller
class RemotePages {

    static final int PAGE_SIZE = 20;
    static final int TRAIL_SIZE = 50;

    private final RemoteStore store;
    private final RemoteSources sources;
    private final DocumentQueries documents;
    private final OrganisationDirectory organisations;
    private final OrganisationAccess access;

    RemotePages(RemoteStore store, RemoteSources sources, DocumentQueries documents,
                OrganisationDirectory organisations, OrganisationAccess access) {
        this.store = store;
        this.sources = sources;
        this.documents = documents;
        this.organisations = organisations;
        this.access = access;
    }

    @GetMapping("/admin/syndication/remote")
    String overview(StaffUser user, @RequestParam(required = false) Integer page, Model model) {
        documents.requireReader(user, user.organisationId());
        return overview(user, page, model, Map.of(), Map.of());
    }

    @PostMapping("/admin/syndication/remote/sources")
    String propose(StaffUser user, @RequestParam(required = false) String baseUrl,
                   @RequestParam(required = false) String slug, @RequestParam(required = false) String keyId,
                   @RequestParam(required = false) String label, HttpServletResponse response, Model model) {
        try {
            long id = sources.propose(user, baseUrl, slug, keyId, label);
            return "redirect:/admin/syndication/remote/sources/" + id + "?proposed";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            Map<String, String> form = new java.util.HashMap<>();
            form.put("baseUrl", baseUrl);
            form.put("slug", slug);
            form.put("keyId", keyId);
            form.put("label", label);
            return overview(user, 1, model, e.fieldErrors(), form);
        }
    }

    @PostMapping("/admin/syndication/remote/outside")
    String proposeOutside(StaffUser user, @RequestParam(required = false) String kind,
                          @RequestParam(required = false) String sourceUrl,
                          @RequestParam(required = false) String outsideLabel, HttpServletResponse response,
                          Model model) {
        try {
            long id = sources.proposeOutside(user, kind, sourceUrl, outsideLabel);
            return "redirect:/admin/syndication/remote/sources/" + id + "?proposed";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            Map<String, String> form = new java.util.HashMap<>();
            form.put("kind", kind);
            form.put("sourceUrl", sourceUrl);
            form.put("outsideLabel", outsideLabel);
            return overview(user, 1, model, e.fieldErrors(), form);
        }
    }

    @GetMapping("/admin/syndication/remote/sources/{id}")
    String source(StaffUser user, @PathVariable long id, Model model) {
        return source(user, readable(user, id), model, Map.of(), null);
    }

    @PostMapping("/admin/syndication/remote/sources/{id}/decision")
    String decide(StaffUser user, @PathVariable long id, @RequestParam(required = false) String decision,
                  @RequestParam(required = false) String note, HttpServletResponse response, Model model) {
        try {
            sources.decide(user, id, "approve".equals(decision), note);
            return "redirect:/admin/syndication/remote/sources/" + id + "?decided";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return source(user, readable(user, id), model, e.fieldErrors(), note);
        }
    }

    @GetMapping("/admin/syndication/remote/approvals")
    String approvals(StaffUser user, Model model) {
        var waiting = sources.awaitingApproval(user);
        Map<Long, String> names = new java.util.HashMap<>();
        waiting.forEach(s -> names.put(s.organisationId(), organisationName(organisations, s.organisationId())));
        model.addAttribute("waiting", waiting);
        model.addAttribute("names", names);
        return "syndication/remote-approvals";
    }

    private String overview(StaffUser user, Integer page, Model model, Map<String, String> errors,
                            Map<String, String> form) {
        Page<RemoteItem> items = store.list(user.organisationId(), Page.clamp(page), PAGE_SIZE);
        model.addAttribute("organisation", organisations.get(user.organisationId()));
        model.addAttribute("sources", store.sourcesOf(user.organisationId()));
        model.addAttribute("items", items);
        model.addAttribute("canPropose", user.hasAny(Role.EDITOR, Role.PUBLISHER, Role.DISCLOSURE_OFFICER));
        model.addAttribute("errors", errors);
        model.addAttribute("form", form);
        return "syndication/remote";
    }

    /** The source, for its organisation's readers and the operator; 404 for anyone else. */
    private RemoteSource readable(StaffUser user, long id) {
        RemoteSource s = store.source(id).orElseThrow(() -> new NotFoundException("remote_source", id));
        if (!access.canRead(user, s.organisationId()) && !user.has(Role.SYSTEM_ADMIN)) {
            throw new NotFoundException("remote_source", id);
        }
        return s;
    }

    private String source(StaffUser user, RemoteSource s, Model model, Map<String, String> errors, String note) {
        model.addAttribute("source", s);
        model.addAttribute("organisation", organisations.get(s.organisationId()));
        model.addAttribute("trail", store.trail(s.id(), TRAIL_SIZE));
        model.addAttribute("canDecide", s.status() == RemoteSource.Status.PROPOSED && user.has(Role.SYSTEM_ADMIN));
        model.addAttribute("errors", errors);
        model.addAttribute("note", note);
        return "syndication/remote-source";
    }

    static String organisationName(OrganisationDirectory organisations, long id) {
        return organisations.find(id).map(Organisation::name).orElse("#" + id);
    }
}
