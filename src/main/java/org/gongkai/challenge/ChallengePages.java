package org.gongkai.challenge;

import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.application.ApplicationCase;
import org.gongkai.application.ApplicationCases;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.web.ConflictException;
import org.gongkai.platform.web.InvalidInputException;
import org.gongkai.platform.Zones;
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
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Administrative reconsideration and litigation records: added and corrected from an application's page (the
 * organisation's disclosure officers), listed with filters for the office and the levels above it. The URLs stay
 * under the application's, where the records are shown.
 */
@Controller
class ChallengePages {

    static final int PAGE_SIZE = 30;
    private static final List<String> FIELDS = List.of("kind", "caseNumber", "filedOn", "result", "concludedOn", "note", "version");

    private final ApplicationCases applications;
    private final ChallengeStore challenges;
    private final RecordChallenge record;
    private final OrganisationDirectory organisations;
    private final Clock clock;

    ChallengePages(ApplicationCases applications, ChallengeStore challenges, RecordChallenge record,
                   OrganisationDirectory organisations, Clock clock) {
        this.applications = applications;
        this.challenges = challenges;
        this.record = record;
        this.organisations = organisations;
        this.clock = clock;
    }

    @GetMapping("/admin/applications/challenges")
    String list(StaffUser user, @RequestParam(required = false) Long org, @RequestParam(required = false) Boolean below,
                @RequestParam(required = false) Integer year, @RequestParam(required = false) String kind,
                @RequestParam(required = false) String result, @RequestParam(required = false) String sort,
                @RequestParam(required = false) String dir, @RequestParam(required = false) Integer page, Model model) {
        long orgId = org == null ? user.organisationId() : org;
        applications.requireRead(user, orgId);
        int thisYear = LocalDate.now(clock.withZone(Zones.CHINA)).getYear();
        if (year != null && (year < 2008 || year > thisYear)) {
            throw InvalidInputException.of("year", "app.challenge.error.year");
        }
        ChallengeFilter filter = ChallengeFilter.of(year, kind, result, sort, dir);
        boolean withBelow = below != null && below;
        List<Long> ids = withBelow
                ? applications.readableOf(user, organisations.subtreeIds(orgId))
                : List.of(orgId);
        Page<ChallengeRow> rows = challenges.list(ids, filter, Page.clamp(page), PAGE_SIZE);
        model.addAttribute("organisation", organisations.get(orgId));
        model.addAttribute("organisations", organisations.subtree(user.organisationId()));
        model.addAttribute("below", withBelow);
        model.addAttribute("filter", filter);
        model.addAttribute("rows", rows);
        model.addAttribute("kinds", ChallengeKind.values());
        model.addAttribute("results", ChallengeResult.values());
        model.addAttribute("years", IntStream.rangeClosed(2008, thisYear).boxed().sorted(Comparator.reverseOrder()).toList());
        model.addAttribute("sorts", List.of("application", "kind", "caseNumber", "filedOn", "result", "concludedOn"));
        return "challenge/challenges";
    }

    @PostMapping("/admin/applications/{id}/challenges")
    String create(StaffUser user, @PathVariable long id, @ModelAttribute ChallengeForm form,
                  HttpServletResponse response, Model model) {
        ApplicationCase app = applications.get(id);
        applications.requireAct(user, app.organisationId());
        try {
            record.create(user, id, form);
            return "redirect:/admin/applications/" + id + "?challengeSaved#challenges";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(model, app, null, form, inFormOrder(e.fieldErrors()), null);
        }
    }

    @GetMapping("/admin/applications/{id}/challenges/{challengeId}/edit")
    String edit(StaffUser user, @PathVariable long id, @PathVariable long challengeId, Model model) {
        ApplicationCase app = applications.get(id);
        applications.requireAct(user, app.organisationId());
        LegalChallenge c = record.get(app, challengeId);
        return form(model, app, c, ChallengeForm.of(c), Map.of(), null);
    }

    @PostMapping("/admin/applications/{id}/challenges/{challengeId}")
    String update(StaffUser user, @PathVariable long id, @PathVariable long challengeId,
                  @ModelAttribute ChallengeForm form, HttpServletResponse response, Model model) {
        ApplicationCase app = applications.get(id);
        applications.requireAct(user, app.organisationId());
        LegalChallenge c = record.get(app, challengeId);
        try {
            record.update(user, id, challengeId, form);
            return "redirect:/admin/applications/" + id + "?challengeSaved#challenges";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(model, app, c, form, inFormOrder(e.fieldErrors()), null);
        } catch (ConflictException e) {
            // keep what the person typed; show what is saved now; a second save deliberately overwrites it
            response.setStatus(HttpStatus.CONFLICT.value());
            LegalChallenge current = record.get(app, challengeId);
            return form(model, app, current, form.withVersion(current.version()), Map.of(), e.getMessage());
        }
    }

    /** The errors in the order of the fields, for the summary at the top of the form. */
    static Map<String, String> inFormOrder(Map<String, String> errors) {
        Map<String, String> ordered = new LinkedHashMap<>();
        FIELDS.stream().filter(errors::containsKey).forEach(f -> ordered.put(f, errors.get(f)));
        errors.forEach(ordered::putIfAbsent);
        return ordered;
    }

    private String form(Model model, ApplicationCase app, LegalChallenge challenge, ChallengeForm form,
                        Map<String, String> errors, String problem) {
        model.addAttribute("app", app);
        model.addAttribute("organisation", organisations.get(app.organisationId()));
        model.addAttribute("challenge", challenge);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        model.addAttribute("kinds", ChallengeKind.values());
        model.addAttribute("results", ChallengeResult.values());
        return "challenge/challenge-form";
    }
}
