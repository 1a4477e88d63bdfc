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
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The shared shape of the back office of an item published in editions (a list item of powers, a service's guide):
 * the form that creates the item with its first draft, the form that edits the draft (400 with field messages, 409
 * with the saved values when someone saved meanwhile), the item's page with its editions and the review of its draft
 * (ADR 0049), and the publication of the approved draft — through the item's {@link VersionedItems} actions. A
 * subclass maps its base address on the class and keeps its own list page.
 *
 * @param <E> an edition of the item, newest first in {@link #editions}
 * @param <F> the form
 */
abstract class EditionAdminPages<E extends VersionedItems.Edition, F> {

    protected final OrganisationAccess access;
    private final VersionedItems<E, F> items;
    private final Function<E, F> formOf;
    private final Supplier<F> blank;
    private final ReviewView reviews;
    private final String base;
    private final String view;
    private final ReviewSubject subject;

    EditionAdminPages(VersionedItems<E, F> items, Function<E, F> formOf, Supplier<F> blank, OrganisationAccess access,
                      ReviewView reviews, String base, String view, ReviewSubject subject) {
        this.items = items;
        this.formOf = formOf;
        this.blank = blank;
        this.access = access;
        this.reviews = reviews;
        this.base = base;
        this.view = view;
        this.subject = subject;
    }

    /** Whether the user may create an item of the organisation or edit its draft (the pages show the forms by it). */
    boolean mayEdit(StaffUser user, long organisationId) {
        return access.canEdit(user, organisationId) && user.has(Role.EDITOR);
    }

    /** What the item's page shows besides its editions and review. */
    void addDetails(Model model, StaffUser user, E current) {
    }

    /** What the form shows besides the form itself (choices). */
    void addFormChoices(Model model) {
    }

    @GetMapping("/new")
    String newForm(StaffUser user, Model model) {
        access.requireRole(user, user.organisationId(), Role.EDITOR);
        return form(model, null, blank.get(), Map.of(), null);
    }

    @PostMapping
    String create(StaffUser user, @ModelAttribute("typed") F form, HttpServletResponse response, Model model) {
        return ServicesForms.submit(response, () -> "redirect:" + base + "/" + items.create(user, form) + "?saved",
                errors -> form(model, null, form, errors, null));
    }

    @GetMapping("/{id}/edit")
    String edit(StaffUser user, @PathVariable long id, Model model) {
        E current = items.readable(user, id).get(0);
        access.requireRole(user, current.organisationId(), Role.EDITOR);
        return form(model, id, formOf.apply(current), Map.of(), null);
    }

    @PostMapping("/{id}")
    String update(StaffUser user, @PathVariable long id, @ModelAttribute("typed") F form, HttpServletResponse response,
                  Model model) {
        items.readable(user, id);
        try {
            return ServicesForms.submit(response, () -> {
                items.saveDraft(user, id, form);
                return "redirect:" + base + "/" + id + "?saved";
            }, errors -> form(model, id, form, errors, null));
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return form(model, id, formOf.apply(items.readable(user, id).get(0)), Map.of(), e.getMessage());
        }
    }

    @GetMapping("/{id}")
    String detail(StaffUser user, @PathVariable long id, Model model) {
        return detail(user, id, model, Map.of(), null);
    }

    @PostMapping("/{id}/publish")
    String publish(StaffUser user, @PathVariable long id, HttpServletResponse response, Model model) {
        items.readable(user, id);
        try {
            return ServicesForms.submit(response, () -> {
                items.publish(user, id);
                return "redirect:" + base + "/" + id + "?published";
            }, errors -> detail(user, id, model, errors, null));
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return detail(user, id, model, Map.of(), e.getMessage());
        }
    }

    String detail(StaffUser user, long id, Model model, Map<String, String> errors, String problem) {
        List<E> editions = items.readable(user, id);
        E current = editions.get(0);
        long org = current.organisationId();
        boolean draft = !current.published();
        model.addAttribute("current", current);
        model.addAttribute("editions", editions);
        model.addAttribute("anyPublic", editions.stream().anyMatch(VersionedItems.Edition::published));
        model.addAttribute("canEdit", mayEdit(user, org));
        model.addAttribute("canPublish", reviews.addTo(model, user, org, subject, draft ? current.id() : null, id,
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
