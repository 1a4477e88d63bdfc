package org.gongkai.consultation;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.identity.Organisation;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.platform.web.ConflictException;
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

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The public side of consultations: a site's list (意见征集), a consultation's page with the draft by passage and a
 * comment form per passage and for the whole, and its adoption report once published. Only published consultations
 * exist here; the site's frame is filled by the portal from the {@code org} in the model.
 */
@Controller
class PublicConsultationPages {

    static final int PAGE_SIZE = 20;

    private final ConsultationStore store;
    private final ReceiveComment receive;
    private final CommentRateLimit rateLimit;
    private final OrganisationDirectory organisations;
    private final Clock clock;
    private final VersionStore versions;
    private final PassageLabels labels;
    private final FinalDiff finalDiff;
    private final ConsultationExtras extras;
    private final org.gongkai.document.PublishedDocuments documents;

    PublicConsultationPages(ConsultationStore store, ReceiveComment receive, CommentRateLimit rateLimit,
                            OrganisationDirectory organisations, Clock clock, VersionStore versions,
                            PassageLabels labels, FinalDiff finalDiff,
                            org.gongkai.document.PublishedDocuments documents, ConsultationExtras extras) {
        this.extras = extras;
        this.versions = versions;
        this.labels = labels;
        this.finalDiff = finalDiff;
        this.documents = documents;
        this.store = store;
        this.receive = receive;
        this.rateLimit = rateLimit;
        this.organisations = organisations;
        this.clock = clock;
    }

    @GetMapping("/o/{slug}/consultations")
    String list(@PathVariable String slug, @RequestParam(required = false) Integer page, Model model) {
        Organisation org = organisations.findBySlug(slug).orElseThrow(() -> new NotFoundException("site", slug));
        model.addAttribute("org", org);
        model.addAttribute("items", store.list(org.id(), true, "opens_at desc, id desc", Page.clamp(page), PAGE_SIZE));
        model.addAttribute("now", clock.instant());
        return "consultation/public-list";
    }

    @GetMapping("/consultations/{id}")
    String show(@PathVariable long id, Model model) {
        return page(published(id), model, Map.of(), null, null);
    }

    @PostMapping("/consultations/{id}/comments")
    String comment(@PathVariable long id, @RequestParam(required = false) String passage,
                   @RequestParam(required = false) String name, @RequestParam(required = false) String contact,
                   @RequestParam(required = false) String body, @RequestParam(required = false) String website,
                   HttpServletRequest request, HttpServletResponse response, Model model) {
        Consultation c = published(id);
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("passage", passage);
        typed.put("name", name);
        typed.put("contact", contact);
        typed.put("body", body);
        if (website != null && !website.isEmpty()) {
            // a person never sees the field; nothing is stored
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(c, model, Map.of("body", "consult.comment.error.rejected"), null, typed);
        }
        try {
            if (!rateLimit.tryTake(request.getRemoteAddr())) {
                response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
                return page(c, model, Map.of("body", "consult.comment.error.rateLimited"), null, typed);
            }
            receive.receive(id, passage, name, contact, body);
            return "redirect:/consultations/" + id + "?received";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(c, model, e.fieldErrors(), null, typed);
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return page(c, model, Map.of(), e.getMessage(), null);
        }
    }

    private Consultation published(long id) {
        return store.find(id).filter(Consultation::published).orElseThrow(() -> new NotFoundException("consultation", id));
    }

    private String page(Consultation c, Model model, Map<String, String> errors, String problem, Map<String, String> typed) {
        List<Passage> passages = store.passages(c.id());
        Phase phase = c.phase(clock.instant());
        List<Comment> shown = store.publicComments(c.id());
        model.addAttribute("org", organisations.get(c.organisationId()));
        model.addAttribute("c", c);
        model.addAttribute("phase", phase);
        model.addAttribute("passages", passages);
        model.addAttribute("positions", passages.stream().collect(Collectors.toMap(Passage::id, Passage::position)));
        model.addAttribute("labels", labels.of(c.id()));
        Version current = versions.current(c.id());
        model.addAttribute("current", current);
        model.addAttribute("versionNumbers", versions.versions(c.id()).stream()
                .collect(Collectors.toMap(Version::id, Version::number)));
        // the final text is the public's once the adoption report is published
        model.addAttribute("versions", versions.versions(c.id()).stream()
                .filter(v -> !v.fin() || phase == Phase.REPORTED).toList());
        model.addAttribute("earlier", shown.stream().filter(k -> k.versionId() != current.id()).toList());
        model.addAttribute("shown", shown);
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        model.addAttribute("typed", typed == null ? Map.of() : typed);
        if (phase == Phase.REPORTED) {
            // the report shows every comment not rejected in moderation, by its decision, without name or contact
            List<Comment> decided = store.comments(c.id()).stream().filter(k -> k.decision() != null).toList();
            model.addAttribute("decided", decided);
            model.addAttribute("byId", decided.stream().collect(Collectors.toMap(Comment::id, Function.identity())));
            model.addAttribute("changes", store.changes(c.id()));
            finalDiff.of(c.id()).ifPresent(d -> {
                model.addAttribute("finalDiff", d);
                model.addAttribute("traced", d.rows().stream().collect(Collectors.toMap(FinalDiff.TracedRow::row,
                        FinalDiff.TracedRow::changes, (a, b) -> a, LinkedHashMap::new)));
                if (d.fin().decisionDocumentId() != null) {
                    documents.find(d.fin().decisionDocumentId()).ifPresent(doc -> model.addAttribute("decision", doc));
                }
            });
        }
        extras.fill(model, c);
        return "consultation/public";
    }
}
