package org.gongkai.services;

import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.identity.OrganisationAccess;
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

import java.util.List;

/**
 * The review of powers, guides, emergency plans and warnings (ADR 0049): the queue of what waits (submitted, approved,
 * issued before review) and the review steps posted from each item's page. A refused step (a return without its
 * reason) comes back as a page with the message and what was typed, status 400.
 */
@Controller
class ReviewAdminPages {

    static final String BASE = "/admin/services/review";
    static final int PAGE_SIZE = 30;

    private final ServicesReview review;
    private final ReviewStore store;
    private final OrganisationAccess access;

    ReviewAdminPages(ServicesReview review, ReviewStore store, OrganisationAccess access) {
        this.review = review;
        this.store = store;
        this.access = access;
    }

    @GetMapping(BASE)
    String queue(StaffUser user, @RequestParam(required = false) String status, @RequestParam(required = false) Integer page,
                 Model model) {
        access.requireRead(user, user.organisationId());
        ReviewStatus s = status == null || status.isBlank() ? ReviewStatus.SUBMITTED : parse(status);
        Page<Review> rows = store.waiting(user.organisationId(), s, Page.clamp(page), PAGE_SIZE);
        model.addAttribute("rows", rows);
        model.addAttribute("status", s);
        model.addAttribute("statuses", List.of(ReviewStatus.SUBMITTED, ReviewStatus.APPROVED, ReviewStatus.EXPEDITED,
                ReviewStatus.REJECTED));
        return "services/review-queue";
    }

    @PostMapping(BASE + "/{subject}/{subjectId}/submit")
    String submit(StaffUser user, @PathVariable String subject, @PathVariable long subjectId,
                  @RequestParam(required = false) Integer version) {
        ReviewSubject s = subject(subject);
        long item = item(s, subjectId);
        review.submit(user, s, subjectId, version);
        return "redirect:" + s.link(item) + "?submitted";
    }

    /** A reviewer's decision: {@code approve} (opinion optional) or {@code reject} (opinion required). */
    @PostMapping(BASE + "/{subject}/{subjectId}/{decision:approve|reject}")
    String decide(StaffUser user, @PathVariable String subject, @PathVariable long subjectId,
                  @PathVariable String decision, @RequestParam(required = false) Integer version,
                  @RequestParam(required = false) String opinion, HttpServletResponse response, Model model) {
        ReviewSubject s = subject(subject);
        long item = item(s, subjectId);
        return decided(response, model, s, subjectId, item, version, opinion, decision, "approve".equals(decision)
                ? () -> review.approve(user, s, subjectId, version, opinion)
                : () -> review.reject(user, s, subjectId, version, opinion));
    }

    /** The review after issue of a warning issued before review, or of a handling update (which always is). */
    @PostMapping(BASE + "/{subject:warning|update}/{id}/after")
    String reviewAfter(StaffUser user, @PathVariable String subject, @PathVariable long id,
                       @RequestParam(required = false) Integer version, @RequestParam(required = false) String opinion,
                       HttpServletResponse response, Model model) {
        ReviewSubject s = subject(subject);
        long item = item(s, id);
        return decided(response, model, s, id, item, version, opinion, "after",
                () -> review.reviewAfter(user, s, id, version, opinion));
    }

    private String decided(HttpServletResponse response, Model model, ReviewSubject s, long subjectId, long item,
                           Integer version, String opinion, String step, Runnable action) {
        return ServicesForms.submit(response, () -> {
            action.run();
            return "redirect:" + s.link(item) + "?reviewed";
        }, errors -> {
            model.addAttribute("subject", s);
            model.addAttribute("subjectId", subjectId);
            model.addAttribute("link", s.link(item));
            model.addAttribute("step", step);
            model.addAttribute("opinion", opinion);
            model.addAttribute("version", version);
            model.addAttribute("errors", errors);
            return "services/review-refused";
        });
    }

    private long item(ReviewSubject s, long subjectId) {
        return store.draft(s, subjectId).map(ReviewStore.Draft::itemId)
                .or(() -> store.find(s, subjectId).map(Review::itemId))
                .orElseThrow(() -> new NotFoundException("draft", subjectId));
    }

    private static ReviewSubject subject(String value) {
        ReviewSubject s = ReviewSubject.parse(value);
        if (s == null) {
            throw new NotFoundException("review", value);
        }
        return s;
    }

    private static ReviewStatus parse(String value) {
        try {
            ReviewStatus s = ReviewStatus.valueOf(value);
            if (s != ReviewStatus.DRAFT && s != ReviewStatus.PUBLISHED) {
                return s;
            }
        } catch (IllegalArgumentException e) {
            // refused below
        }
        throw InvalidInputException.of("status", "svc.review.error.status");
    }
}
