package org.gongkai.consultation;

import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.identity.OrganisationAccess;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.web.ConflictException;
import org.gongkai.platform.web.ForbiddenException;
import org.gongkai.platform.web.InvalidInputException;
import org.gongkai.platform.web.Page;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/** The back office of consultations: the list, the form, and one consultation's comments, decisions and report. */
@Controller
class ConsultationPages {

    static final int PAGE_SIZE = 20;
    private static final Map<String, String> SORTS = Map.of(
            "created", "created_at desc, id desc",
            "closes", "closes_at desc, id desc",
            "title", "title, id");

    private final ConsultationStore store;
    private final DraftConsultation drafts;
    private final ModerateComments moderation;
    private final OrganisationDirectory organisations;
    private final OrganisationAccess access;
    private final Clock clock;
    private final EnterComment enter;
    private final ConsultationCounts counts;
    private final VersionStore versions;
    private final PassageLabels labels;
    private final FinalDiff finalDiff;
    private final ConsultationExtras extras;
    private final ConsultationMaterials materials;

    ConsultationPages(ConsultationStore store, DraftConsultation drafts, ModerateComments moderation,
                      OrganisationDirectory organisations, OrganisationAccess access, Clock clock,
                      EnterComment enter, ConsultationCounts counts, VersionStore versions, PassageLabels labels,
                      FinalDiff finalDiff, ConsultationExtras extras, ConsultationMaterials materials) {
        this.materials = materials;
        this.extras = extras;
        this.versions = versions;
        this.labels = labels;
        this.finalDiff = finalDiff;
        this.enter = enter;
        this.counts = counts;
        this.store = store;
        this.drafts = drafts;
        this.moderation = moderation;
        this.organisations = organisations;
        this.access = access;
        this.clock = clock;
    }

    @GetMapping("/admin/consultations")
    String list(StaffUser user, @RequestParam(required = false) String sort, @RequestParam(required = false) Integer page,
                Model model) {
        requireStaff(user);
        String s = sort != null && SORTS.containsKey(sort) ? sort : "created";
        model.addAttribute("organisation", organisations.get(user.organisationId()));
        model.addAttribute("rows", store.list(user.organisationId(), false, SORTS.get(s), Page.clamp(page), PAGE_SIZE));
        model.addAttribute("sort", s);
        model.addAttribute("sorts", List.of("created", "closes", "title"));
        model.addAttribute("now", clock.instant());
        return "consultation/list";
    }

    /** Consultations and comments per organisation in a year, for the annual report and the self-inspection. */
    @GetMapping("/admin/consultations/counts")
    String counts(StaffUser user, @RequestParam(required = false) Integer year, Model model) {
        requireStaff(user);
        int thisYear = java.time.LocalDate.now(clock.withZone(org.gongkai.platform.Zones.CHINA)).getYear();
        int y = year == null || year < 2008 || year > thisYear ? thisYear : year;
        model.addAttribute("organisation", organisations.get(user.organisationId()));
        model.addAttribute("year", y);
        model.addAttribute("years", java.util.stream.IntStream.rangeClosed(2008, thisYear).boxed()
                .sorted(java.util.Comparator.reverseOrder()).toList());
        model.addAttribute("lines", counts.of(user.organisationId(), y));
        return "consultation/counts";
    }

    @GetMapping("/admin/consultations/new")
    String newForm(StaffUser user, Model model) {
        access.requireRole(user, user.organisationId(), Role.EDITOR, Role.PUBLISHER);
        return form(model, null, ConsultationInput.blank(), Map.of(), null);
    }

    @PostMapping("/admin/consultations")
    String create(StaffUser user, @ModelAttribute ConsultationInput in, HttpServletResponse response, Model model) {
        try {
            return "redirect:/admin/consultations/" + drafts.create(user, in) + "?saved";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(model, null, in, e.fieldErrors(), null);
        }
    }

    @GetMapping("/admin/consultations/{id}/edit")
    String edit(StaffUser user, @PathVariable long id, Model model) {
        Consultation c = drafts.get(user, id);
        access.requireRole(user, c.organisationId(), Role.EDITOR, Role.PUBLISHER);
        return form(model, c, ConsultationInput.of(c, store.passages(id)), Map.of(), null);
    }

    @PostMapping("/admin/consultations/{id}")
    String update(StaffUser user, @PathVariable long id, @ModelAttribute ConsultationInput in,
                  HttpServletResponse response, Model model) {
        Consultation c = drafts.get(user, id);
        try {
            drafts.update(user, id, in);
            return "redirect:/admin/consultations/" + id + "?saved";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(model, c, in, e.fieldErrors(), null);
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return form(model, c, in, Map.of(), e.getMessage());
        }
    }

    @GetMapping("/admin/consultations/{id}")
    String detail(StaffUser user, @PathVariable long id, Model model) {
        Consultation c = drafts.get(user, id);
        return detail(user, c, model, Map.of(), null);
    }

    @PostMapping("/admin/consultations/{id}/publish")
    String publish(StaffUser user, @PathVariable long id) {
        drafts.publish(user, id);
        return "redirect:/admin/consultations/" + id + "?published";
    }

    @PostMapping("/admin/consultations/{id}/comments")
    String enter(StaffUser user, @PathVariable long id, @ModelAttribute EnteredCommentInput in,
                 HttpServletResponse response, Model model) {
        try {
            long commentId = enter.enter(user, id, in);
            return "redirect:/admin/consultations/" + id + "?entered#comment-" + commentId;
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("entered", in);
            // the ids of this form's fields carry a prefix: the change form on the same page has a "passage" too
            Map<String, String> errors = new java.util.LinkedHashMap<>();
            e.fieldErrors().forEach((k, v) -> errors.put("entered-" + k, v));
            return detail(user, drafts.get(user, id), model, errors, null);
        }
    }

    @PostMapping("/admin/consultations/{id}/comments/{commentId}/moderation")
    String moderate(StaffUser user, @PathVariable long id, @PathVariable long commentId, @RequestParam String moderation) {
        this.moderation.moderate(user, id, commentId, moderation);
        return "redirect:/admin/consultations/" + id + "#comment-" + commentId;
    }

    @PostMapping("/admin/consultations/{id}/comments/{commentId}/decision")
    String decide(StaffUser user, @PathVariable long id, @PathVariable long commentId,
                  @RequestParam(required = false) String decision, @RequestParam(required = false) String reason,
                  HttpServletResponse response, Model model) {
        try {
            moderation.decide(user, id, commentId, decision, reason);
            return "redirect:/admin/consultations/" + id + "#comment-" + commentId;
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("errorComment", commentId);
            return detail(user, drafts.get(user, id), model, e.fieldErrors(), null);
        }
    }

    @PostMapping("/admin/consultations/{id}/changes")
    String change(StaffUser user, @PathVariable long id, @RequestParam(required = false) String passage,
                  @RequestParam(required = false) String finalPassage,
                  @RequestParam(required = false) String description,
                  @RequestParam(name = "comments", required = false) List<String> comments,
                  HttpServletResponse response, Model model) {
        try {
            moderation.recordChange(user, id, passage, finalPassage, description, comments);
            return "redirect:/admin/consultations/" + id + (finalPassage != null ? "#final" : "#changes");
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return detail(user, drafts.get(user, id), model, e.fieldErrors(), null);
        }
    }

    @PostMapping("/admin/consultations/{id}/materials")
    String attach(StaffUser user, @PathVariable long id, @RequestParam(required = false) String materialDocument,
                  @RequestParam(required = false) String materialLabel, HttpServletResponse response, Model model) {
        try {
            materials.attach(user, id, materialDocument, materialLabel);
            return "redirect:/admin/consultations/" + id + "#materials";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("typedMaterial", Map.of("document", String.valueOf(materialDocument),
                    "label", String.valueOf(materialLabel)));
            return detail(user, drafts.get(user, id), model, e.fieldErrors(), null);
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return detail(user, drafts.get(user, id), model, Map.of(), e.getMessage());
        }
    }

    @PostMapping("/admin/consultations/{id}/materials/{materialId}/delete")
    String detach(StaffUser user, @PathVariable long id, @PathVariable long materialId) {
        materials.detach(user, id, materialId);
        return "redirect:/admin/consultations/" + id + "#materials";
    }

    @PostMapping("/admin/consultations/{id}/report")
    String report(StaffUser user, @PathVariable long id, @RequestParam(required = false) String summary,
                  HttpServletResponse response, Model model) {
        try {
            moderation.publishReport(user, id, summary);
            return "redirect:/admin/consultations/" + id + "?reported";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return detail(user, drafts.get(user, id), model, e.fieldErrors(), null);
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return detail(user, drafts.get(user, id), model, Map.of(), e.getMessage());
        }
    }

    private String detail(StaffUser user, Consultation c, Model model, Map<String, String> errors, String problem) {
        List<Passage> passages = store.passages(c.id());
        model.addAttribute("c", c);
        model.addAttribute("organisation", organisations.get(c.organisationId()));
        model.addAttribute("phase", c.phase(clock.instant()));
        model.addAttribute("passages", passages);
        model.addAttribute("positions", passages.stream().collect(java.util.stream.Collectors.toMap(Passage::id,
                Passage::position)));
        model.addAttribute("comments", store.comments(c.id()));
        model.addAttribute("labels", labels.of(c.id()));
        model.addAttribute("versions", versions.versions(c.id()));
        model.addAttribute("current", versions.current(c.id()));
        finalDiff.of(c.id()).ifPresent(d -> {
            model.addAttribute("finalDiff", d);
            model.addAttribute("traced", d.rows().stream().collect(java.util.stream.Collectors.toMap(
                    FinalDiff.TracedRow::row, FinalDiff.TracedRow::changes, (a, b) -> a, java.util.LinkedHashMap::new)));
        });
        model.addAttribute("changes", store.changes(c.id()));
        model.addAttribute("undecided", store.undecided(c.id()));
        model.addAttribute("canEdit", access.canEdit(user, c.organisationId()) && user.hasAny(Role.EDITOR, Role.PUBLISHER));
        model.addAttribute("canPublish", access.canEdit(user, c.organisationId()) && user.hasAny(Role.PUBLISHER));
        model.addAttribute("decisions", Decision.values());
        model.addAttribute("offlineChannels", c.channels().stream().filter(ch -> ch != Channel.ONLINE).toList());
        if (!model.containsAttribute("entered")) {
            model.addAttribute("entered", new EnteredCommentInput(null, null, null, null, null, null));
        }
        model.addAttribute("errors", errors);
        extras.fill(model, c);
        model.addAttribute("problem", problem);
        return "consultation/detail";
    }

    private String form(Model model, Consultation c, ConsultationInput in, Map<String, String> errors, String problem) {
        model.addAttribute("c", c);
        model.addAttribute("input", in);
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        model.addAttribute("channels", Channel.values());
        model.addAttribute("minimumDays", drafts.minimumDays());
        return "consultation/form";
    }

    private static void requireStaff(StaffUser user) {
        if (!user.hasAny(Role.EDITOR, Role.REVIEWER, Role.PUBLISHER, Role.DISCLOSURE_OFFICER)) {
            throw new ForbiddenException("access.role");
        }
    }
}
