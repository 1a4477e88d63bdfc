package org.gongkai.services;

import org.gongkai.identity.OrganisationAccess;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import java.util.List;

/** What an item's staff page shows of its review (fragment {@code services/review-parts :: review}), by role. */
@Component
class ReviewView {

    private final ServicesReview review;
    private final ReviewStore store;
    private final OrganisationAccess access;

    ReviewView(ServicesReview review, ReviewStore store, OrganisationAccess access) {
        this.review = review;
        this.store = store;
        this.access = access;
    }

    /**
     * The review of the item's draft ({@code subjectId}; null when the item has none) or, for a warning, of the issued
     * warning or plan ({@code published}: then only when it has a review, i.e. it was published since ADR 0049);
     * returns whether the publisher may publish it now (approved).
     */
    boolean addTo(Model model, StaffUser user, long org, ReviewSubject subject, Long subjectId, long itemId,
                  boolean published) {
        Review r = subjectId == null ? null : review.of(subject, subjectId, itemId);
        if (r != null && published && r.id() == null) {
            r = null;
        }
        boolean own = access.canEdit(user, org);
        model.addAttribute("review", r);
        model.addAttribute("reviewSteps", r == null || r.id() == null ? List.of() : store.steps(r.id()));
        model.addAttribute("reviewCanSubmit", r != null && r.editable() && own && user.has(Role.EDITOR));
        model.addAttribute("reviewCanDecide", r != null && r.status() == ReviewStatus.SUBMITTED && own
                && user.has(Role.REVIEWER));
        model.addAttribute("reviewCanReviewAfter", r != null && r.status() == ReviewStatus.EXPEDITED && own
                && user.has(Role.REVIEWER));
        return r != null && r.status() == ReviewStatus.APPROVED && own && user.has(Role.PUBLISHER);
    }

    /** The reviews after issue of a warning's handling updates, and whether this user may record them. */
    void addUpdateReviews(Model model, StaffUser user, long org, long warningId) {
        model.addAttribute("updateReviews", store.updateReviews(warningId));
        model.addAttribute("reviewCanReviewUpdates", access.canEdit(user, org) && user.has(Role.REVIEWER));
    }
}
