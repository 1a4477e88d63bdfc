package org.gongkai.services;

import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.identity.OrganisationAccess;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.web.ConflictException;
import org.gongkai.platform.web.NotFoundException;
import org.gongkai.platform.web.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;
import java.util.Map;

/**
 * The back office of emergency information: warnings (draft, review, issue — or issue before review with the reason —,
 * handling updates) and emergency plans (draft, review, publish).
 */
@Controller
class EmergencyAdminPages {

    static final String BASE = "/admin/services/emergency";
    static final int PAGE_SIZE = 30;

    private final EmergencyStore store;
    private final ManageEmergencies manage;
    private final OrganisationAccess access;
    private final OrganisationDirectory organisations;
    private final ReviewView reviews;
    private final ServicesReview review;

    EmergencyAdminPages(EmergencyStore store, ManageEmergencies manage, OrganisationAccess access,
                        OrganisationDirectory organisations, ReviewView reviews, ServicesReview review) {
        this.reviews = reviews;
        this.review = review;
        this.store = store;
        this.manage = manage;
        this.access = access;
        this.organisations = organisations;
    }

    @GetMapping(BASE)
    String list(StaffUser user, @RequestParam(required = false) Integer page, Model model) {
        access.requireRead(user, user.organisationId());
        Page<EmergencyWarning> rows = store.staffWarnings(user.organisationId(), Page.clamp(page), PAGE_SIZE);
        model.addAttribute("organisation", organisations.get(user.organisationId()));
        model.addAttribute("rows", rows);
        model.addAttribute("states", rows.items().stream().map(w -> new WarningState(w, store.updates(w.id()))).toList());
        model.addAttribute("plans", store.plans(List.of(user.organisationId()), false));
        model.addAttribute("now", manage.now());
        model.addAttribute("canCreate", access.canEdit(user, user.organisationId()) && user.has(Role.EDITOR));
        return "services/emergency-admin";
    }

    // --- warnings

    @GetMapping(BASE + "/warnings/new")
    String newWarning(StaffUser user, Model model) {
        access.requireRole(user, user.organisationId(), Role.EDITOR);
        return warningForm(model, null, WarningForm.blank(), Map.of(), null);
    }

    @PostMapping(BASE + "/warnings")
    String createWarning(StaffUser user, @ModelAttribute WarningForm form, HttpServletResponse response, Model model) {
        return ServicesForms.submit(response,
                () -> "redirect:" + BASE + "/warnings/" + manage.createWarning(user, form) + "?saved",
                errors -> warningForm(model, null, form, errors, null));
    }

    @GetMapping(BASE + "/warnings/{id}/edit")
    String editWarning(StaffUser user, @PathVariable long id, Model model) {
        EmergencyWarning w = readable(user, id);
        access.requireRole(user, w.organisationId(), Role.EDITOR);
        if (w.issued()) {
            throw new ConflictException("svc.warning.error.issued");
        }
        return warningForm(model, w, WarningForm.of(w), Map.of(), null);
    }

    @PostMapping(BASE + "/warnings/{id}")
    String updateWarning(StaffUser user, @PathVariable long id, @ModelAttribute WarningForm form,
                         @RequestParam(required = false) String seen, HttpServletResponse response, Model model) {
        EmergencyWarning w = readable(user, id);
        return ServicesForms.submit(response, () -> {
            manage.updateWarning(user, id, seen, form);
            return "redirect:" + BASE + "/warnings/" + id + "?saved";
        }, errors -> warningForm(model, w, form, errors, null),
                conflict -> warningForm(model, manage.get(id), form, Map.of(), conflict));
    }

    @GetMapping(BASE + "/warnings/{id}")
    String warning(StaffUser user, @PathVariable long id, Model model) {
        return warning(user, readable(user, id), model, Map.of(), null);
    }

    @PostMapping(BASE + "/warnings/{id}/issue")
    String issue(StaffUser user, @PathVariable long id, HttpServletResponse response, Model model) {
        EmergencyWarning w = readable(user, id);
        return ServicesForms.submit(response, () -> {
            manage.issue(user, id);
            return "redirect:" + BASE + "/warnings/" + id + "?issued";
        }, errors -> warning(user, w, model, errors, null), conflict -> warning(user, w, model, Map.of(), conflict));
    }

    @PostMapping(BASE + "/warnings/{id}/issue-now")
    String issueBeforeReview(StaffUser user, @PathVariable long id, @RequestParam(required = false) String reason,
                             HttpServletResponse response, Model model) {
        EmergencyWarning w = readable(user, id);
        return ServicesForms.submit(response, () -> {
            manage.issueBeforeReview(user, id, reason);
            return "redirect:" + BASE + "/warnings/" + id + "?issued";
        }, errors -> {
            model.addAttribute("typedReason", reason);
            return warning(user, w, model, errors, null);
        }, conflict -> warning(user, w, model, Map.of(), conflict));
    }

    @PostMapping(BASE + "/warnings/{id}/updates")
    String addUpdate(StaffUser user, @PathVariable long id, @RequestParam(required = false) String kind,
                     @RequestParam(required = false) String body, @RequestParam(required = false) String updateSeverity,
                     @RequestParam(required = false) String updateExpires, HttpServletResponse response, Model model) {
        EmergencyWarning w = readable(user, id);
        return ServicesForms.submit(response, () -> {
            manage.addUpdate(user, id, kind, body, updateSeverity, updateExpires);
            return "redirect:" + BASE + "/warnings/" + id + "?saved#updates";
        }, errors -> {
            model.addAttribute("typedUpdate", new String[]{kind, body, updateSeverity, updateExpires});
            return warning(user, w, model, errors, null);
        }, conflict -> warning(user, w, model, Map.of(), conflict));
    }

    // --- plans

    @GetMapping(BASE + "/plans/new")
    String newPlan(StaffUser user, Model model) {
        access.requireRole(user, user.organisationId(), Role.EDITOR);
        return planForm(user, model, null, new String[4], Map.of(), null);
    }

    @PostMapping(BASE + "/plans")
    String createPlan(StaffUser user, @RequestParam(required = false) String title,
                      @RequestParam(required = false) String scope, @RequestParam(required = false) String issuedOn,
                      @RequestParam(required = false) String body, HttpServletResponse response, Model model) {
        return ServicesForms.submit(response,
                () -> "redirect:" + BASE + "/plans/" + manage.createPlan(user, title, scope, issuedOn, body) + "?saved",
                errors -> planForm(user, model, null, new String[]{title, scope, issuedOn, body}, errors, null));
    }

    @GetMapping(BASE + "/plans/{id}")
    String plan(StaffUser user, @PathVariable long id, Model model) {
        EmergencyPlan p = readablePlan(user, id);
        return planForm(user, model, p, new String[]{p.title(), p.scope(), p.issuedOn().toString(), p.body()}, Map.of(), null);
    }

    @PostMapping(BASE + "/plans/{id}")
    String updatePlan(StaffUser user, @PathVariable long id, @RequestParam(required = false) String title,
                      @RequestParam(required = false) String scope, @RequestParam(required = false) String issuedOn,
                      @RequestParam(required = false) String body, @RequestParam(required = false) String seen,
                      HttpServletResponse response, Model model) {
        EmergencyPlan p = readablePlan(user, id);
        String[] typed = {title, scope, issuedOn, body};
        return ServicesForms.submit(response, () -> {
            manage.updatePlan(user, id, seen, title, scope, issuedOn, body);
            return "redirect:" + BASE + "/plans/" + id + "?saved";
        }, errors -> planForm(user, model, p, typed, errors, null), conflict -> planForm(user, model, p, typed, Map.of(), conflict));
    }

    @PostMapping(BASE + "/plans/{id}/publish")
    String publishPlan(StaffUser user, @PathVariable long id, HttpServletResponse response, Model model) {
        EmergencyPlan p = readablePlan(user, id);
        String[] shown = {p.title(), p.scope(), p.issuedOn().toString(), p.body()};
        return ServicesForms.submit(response, () -> {
            manage.publishPlan(user, id);
            return "redirect:" + BASE + "/plans/" + id + "?published";
        }, errors -> planForm(user, model, p, shown, errors, null),
                conflict -> planForm(user, model, p, shown, Map.of(), conflict));
    }

    private EmergencyWarning readable(StaffUser user, long id) {
        EmergencyWarning w = manage.get(id);
        access.requireRead(user, w.organisationId());
        return w;
    }

    private EmergencyPlan readablePlan(StaffUser user, long id) {
        EmergencyPlan p = store.plan(id).orElseThrow(() -> new NotFoundException("emergency plan", id));
        access.requireRead(user, p.organisationId());
        return p;
    }

    private String warning(StaffUser user, EmergencyWarning w, Model model, Map<String, String> errors, String problem) {
        WarningState s = new WarningState(w, store.updates(w.id()));
        boolean own = access.canEdit(user, w.organisationId());
        model.addAttribute("state", s);
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        model.addAttribute("severities", WarningSeverity.values());
        model.addAttribute("inForce", s.inForce(manage.now()));
        boolean approved = reviews.addTo(model, user, w.organisationId(), ReviewSubject.WARNING, w.id(), w.id(),
                w.issued());
        Review r = (Review) model.getAttribute("review");
        model.addAttribute("canEdit", own && user.has(Role.EDITOR) && !w.issued() && r != null && r.editable());
        model.addAttribute("canIssue", approved && !w.issued());
        model.addAttribute("canIssueBeforeReview", own && user.has(Role.PUBLISHER) && !w.issued() && !approved
                && review.warningsBeforeReview());
        if (!model.containsAttribute("typedReason")) {
            model.addAttribute("typedReason", null);
        }
        model.addAttribute("canUpdate", own && user.has(Role.PUBLISHER) && w.issued() && !s.cancelled());
        reviews.addUpdateReviews(model, user, w.organisationId(), w.id());
        if (!model.containsAttribute("typedUpdate")) {
            model.addAttribute("typedUpdate", new String[4]);
        }
        return "services/warning-admin";
    }

    private String warningForm(Model model, EmergencyWarning w, WarningForm form, Map<String, String> errors,
                               String problem) {
        model.addAttribute("warning", w);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        model.addAttribute("severities", WarningSeverity.values());
        model.addAttribute("categories", List.of("Safety", "Met", "Geo", "Health", "Fire", "Security", "Rescue", "Env",
                "Transport", "Infra", "CBRNE", "Other"));
        model.addAttribute("urgencies", List.of("Immediate", "Expected", "Future", "Past", "Unknown"));
        model.addAttribute("certainties", List.of("Observed", "Likely", "Possible", "Unlikely", "Unknown"));
        return "services/warning-form";
    }

    private String planForm(StaffUser user, Model model, EmergencyPlan p, String[] typed, Map<String, String> errors,
                            String problem) {
        boolean own = p == null || access.canEdit(user, p.organisationId());
        model.addAttribute("plan", p);
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        boolean approved = p != null && reviews.addTo(model, user, p.organisationId(), ReviewSubject.PLAN, p.id(), p.id(),
                p.published());
        if (p == null) {
            model.addAttribute("review", null);
        }
        Review r = (Review) model.getAttribute("review");
        model.addAttribute("canEdit", own && user.has(Role.EDITOR) && (p == null || !p.published() && r != null && r.editable()));
        model.addAttribute("canPublish", approved && !p.published());
        return "services/emergency-plan-form";
    }
}
