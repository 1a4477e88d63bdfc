package org.gongkai.consultation;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.platform.web.ConflictException;
import org.gongkai.platform.web.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A hearing's public page: the notice with the selection rule, the registration form while registration is open
 * (rate-limited as comments are), how many registered and were chosen, and the record once published.
 */
@Controller
class PublicHearingPages {

    private final Hearings hearings;
    private final ConsultationStore consultations;
    private final CommentRateLimit rateLimit;
    private final OrganisationDirectory organisations;
    private final Clock clock;

    PublicHearingPages(Hearings hearings, ConsultationStore consultations, CommentRateLimit rateLimit,
                       OrganisationDirectory organisations, Clock clock) {
        this.hearings = hearings;
        this.consultations = consultations;
        this.rateLimit = rateLimit;
        this.organisations = organisations;
        this.clock = clock;
    }

    @GetMapping("/consultations/{id}/hearings/{hearingId}")
    String show(@PathVariable long id, @PathVariable long hearingId, Model model) {
        return page(id, hearings.publicHearing(id, hearingId), model, Map.of(), null, Map.of());
    }

    @PostMapping("/consultations/{id}/hearings/{hearingId}/registrations")
    String register(@PathVariable long id, @PathVariable long hearingId, @RequestParam(required = false) String name,
                    @RequestParam(required = false) String contact, @RequestParam(required = false) String statement,
                    @RequestParam(required = false) String website, HttpServletRequest request,
                    HttpServletResponse response, Model model) {
        Hearing h = hearings.publicHearing(id, hearingId);
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("name", name);
        typed.put("contact", contact);
        typed.put("statement", statement);
        if (website != null && !website.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(id, h, model, Map.of("name", "consult.comment.error.rejected"), null, typed);
        }
        try {
            if (!rateLimit.tryTake(request.getRemoteAddr())) {
                response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
                return page(id, h, model, Map.of("name", "consult.comment.error.rateLimited"), null, typed);
            }
            hearings.register(id, hearingId, name, contact, statement);
            return "redirect:/consultations/" + id + "/hearings/" + hearingId + "?registered";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(id, h, model, e.fieldErrors(), null, typed);
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return page(id, h, model, Map.of(), e.getMessage(), Map.of());
        }
    }

    private String page(long id, Hearing h, Model model, Map<String, String> errors, String problem,
                        Map<String, String> typed) {
        Consultation c = consultations.find(id).orElseThrow();
        model.addAttribute("org", organisations.get(c.organisationId()));
        model.addAttribute("c", c);
        model.addAttribute("h", h);
        model.addAttribute("now", clock.instant());
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        model.addAttribute("typed", typed);
        return "consultation/public-hearing";
    }
}
