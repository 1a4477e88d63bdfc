package org.gongkai.consultation;

import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.identity.OrganisationAccess;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.web.ConflictException;
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
import java.util.function.Function;
import java.util.stream.Collectors;

/** The back-office page of comment groups: suggestions from text similarity, groups made by hand, a decision per group. */
@Controller
class CommentGroupPages {

    private final DraftConsultation drafts;
    private final GroupComments grouping;
    private final GroupStore groups;
    private final ConsultationStore store;
    private final PassageLabels labels;
    private final OrganisationAccess access;

    CommentGroupPages(DraftConsultation drafts, GroupComments grouping, GroupStore groups, ConsultationStore store,
                      PassageLabels labels, OrganisationAccess access) {
        this.drafts = drafts;
        this.grouping = grouping;
        this.groups = groups;
        this.store = store;
        this.labels = labels;
        this.access = access;
    }

    @GetMapping("/admin/consultations/{id}/groups")
    String page(StaffUser user, @PathVariable long id, Model model) {
        return page(user, drafts.get(user, id), model, Map.of(), null);
    }

    @PostMapping("/admin/consultations/{id}/groups")
    String create(StaffUser user, @PathVariable long id, @RequestParam(required = false) String summary,
                  @RequestParam(name = "members", required = false) List<String> members,
                  HttpServletResponse response, Model model) {
        Consultation c = drafts.get(user, id);
        try {
            long group = grouping.group(user, id, summary, members);
            return "redirect:/admin/consultations/" + id + "/groups#group-" + group;
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("typedSummary", summary);
            return page(user, c, model, e.fieldErrors(), null);
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return page(user, c, model, Map.of(), e.getMessage());
        }
    }

    @PostMapping("/admin/consultations/{id}/groups/{groupId}/decision")
    String decide(StaffUser user, @PathVariable long id, @PathVariable long groupId,
                  @RequestParam(required = false) String decision, @RequestParam(required = false) String reason,
                  HttpServletResponse response, Model model) {
        Consultation c = drafts.get(user, id);
        try {
            grouping.decide(user, id, groupId, decision, reason);
            return "redirect:/admin/consultations/" + id + "/groups#group-" + groupId;
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            // this group's form fields carry its id: every group has a decision form on the page
            Map<String, String> errors = new LinkedHashMap<>();
            e.fieldErrors().forEach((k, v) -> errors.put(k + "-" + groupId, v));
            return page(user, c, model, errors, null);
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return page(user, c, model, Map.of(), e.getMessage());
        }
    }

    @PostMapping("/admin/consultations/{id}/groups/{groupId}/delete")
    String dissolve(StaffUser user, @PathVariable long id, @PathVariable long groupId, HttpServletResponse response,
                    Model model) {
        Consultation c = drafts.get(user, id);
        try {
            grouping.dissolve(user, id, groupId);
            return "redirect:/admin/consultations/" + id + "/groups";
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return page(user, c, model, Map.of(), e.getMessage());
        }
    }

    private String page(StaffUser user, Consultation c, Model model, Map<String, String> errors, String problem) {
        List<Comment> comments = store.comments(c.id());
        List<Comment> groupable = comments.stream()
                .filter(k -> k.moderation() != Moderation.REJECTED && k.groupId() == null).toList();
        model.addAttribute("c", c);
        model.addAttribute("groups", groups.of(c.id()));
        model.addAttribute("byId", comments.stream().collect(Collectors.toMap(Comment::id, Function.identity())));
        model.addAttribute("groupable", groupable);
        model.addAttribute("suggestions", c.reportPublishedAt() == null ? grouping.suggestions(c.id()) : List.of());
        model.addAttribute("labels", labels.of(c.id()));
        model.addAttribute("decisions", Decision.values());
        model.addAttribute("canEdit", c.reportPublishedAt() == null && access.canEdit(user, c.organisationId())
                && user.hasAny(Role.EDITOR, Role.PUBLISHER));
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        return "consultation/groups";
    }
}
