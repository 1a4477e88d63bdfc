package org.gongkai.services;

import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.identity.OrganisationAccess;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.web.ConflictException;
import org.gongkai.platform.web.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import java.util.List;
import java.util.Map;

/**
 * The shared shape of the back office of an item published in editions (a list item of powers, a service's guide):
 * the form that creates the item with its first draft, the form that edits the draft (400 with field messages, 409
 * with the saved values when someone saved meanwhile), the item's page with its editions and the review of its draft
 * (ADR 0049), and the publication of the approved draft. A subclass maps its base address on the class and says how
 * its item is read, written and shown; its list page is its own.
 *
 * @param <E> an edition of the item, newest first in {@link #editions}
 * @param <F> the form
 */
abstract class EditionAdminPages<E, F> {

    protected final OrganisationAccess access;
    private final ReviewView reviews;
    private final String base;
    private final String view;
    private final ReviewSubject subject;

    EditionAdminPages(OrganisationAccess access, ReviewView reviews, String base, String view, ReviewSubject subject) {
        this.access = access;
        this.reviews = reviews;
        this.base = base;
        this.view = view;
        this.subject = subject;
    }

    /** The item's editions, newest first; 403/404 when the user may not read it. */
    abstract List<E> editions(StaffUser user, long id);

    abstract long create(StaffUser user, F form);

    abstract void saveDraft(StaffUser user, long id, F form);

    abstract void publish(StaffUser user, long id);

    abstract F formOf(E edition);

    abstract F blank();

    abstract long organisationOf(E edition);

    abstract long editionId(E edition);

    abstract boolean published(E edition);

    /** What the item's page shows besides its editions and review. */
    void addDetails(Model model, StaffUser user, E current) {
    }

    /** What the form shows besides the form itself (choices). */
    void addFormChoices(Model model) {
    }

    @GetMapping("/new")
    String newForm(StaffUser user, Model model) {
        access.requireRole(user, user.organisationId(), Role.EDITOR);
        return form(model, null, blank(), Map.of(), null);
    }

    @PostMapping
    String create(StaffUser user, @ModelAttribute("typed") F form, HttpServletResponse response, Model model) {
        return ServicesForms.submit(response, () -> "redirect:" + base + "/" + create(user, form) + "?saved",
                errors -> form(model, null, form, errors, null));
    }

    @GetMapping("/{id}/edit")
    String edit(StaffUser user, @PathVariable long id, Model model) {
        E current = editions(user, id).get(0);
        access.requireRole(user, organisationOf(current), Role.EDITOR);
        return form(model, id, formOf(current), Map.of(), null);
    }

    @PostMapping("/{id}")
    String update(StaffUser user, @PathVariable long id, @ModelAttribute("typed") F form, HttpServletResponse response,
                  Model model) {
        editions(user, id);
        try {
            return ServicesForms.submit(response, () -> {
                saveDraft(user, id, form);
                return "redirect:" + base + "/" + id + "?saved";
            }, errors -> form(model, id, form, errors, null));
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return form(model, id, formOf(editions(user, id).get(0)), Map.of(), e.getMessage());
        }
    }

    @GetMapping("/{id}")
    String detail(StaffUser user, @PathVariable long id, Model model) {
        return detail(user, id, model, Map.of(), null);
    }

    @PostMapping("/{id}/publish")
    String publish(StaffUser user, @PathVariable long id, HttpServletResponse response, Model model) {
        editions(user, id);
        try {
            return ServicesForms.submit(response, () -> {
                publish(user, id);
                return "redirect:" + base + "/" + id + "?published";
            }, errors -> detail(user, id, model, errors, null));
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return detail(user, id, model, Map.of(), e.getMessage());
        }
    }

    String detail(StaffUser user, long id, Model model, Map<String, String> errors, String problem) {
        List<E> editions = editions(user, id);
        E current = editions.get(0);
        long org = organisationOf(current);
        boolean draft = !published(current);
        model.addAttribute("current", current);
        model.addAttribute("editions", editions);
        model.addAttribute("anyPublic", editions.stream().anyMatch(this::published));
        model.addAttribute("canEdit", access.canEdit(user, org) && user.has(Role.EDITOR));
        model.addAttribute("canPublish", reviews.addTo(model, user, org, subject, draft ? editionId(current) : null, id,
                false));
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        addDetails(model, user, current);
        return view + "-detail";
    }

    String form(Model model, Long id, F form, Map<String, String> errors, String problem) {
        model.addAttribute("itemId", id);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        addFormChoices(model);
        return view + "-form";
    }

    /** A sort chosen from a list page's columns: the column's SQL and direction, the code column when unknown. */
    static String[] sort(Map<String, String> sorts, String sort, String dir) {
        String s = sort != null && sorts.containsKey(sort) ? sort : "code";
        String d = "desc".equals(dir) ? "desc" : "asc";
        return new String[]{s, d, sorts.get(s) + " " + d};
    }
}
