package org.gongkai.participation;

import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.web.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Map;

/** The back office of surveys: an organisation's surveys, the new-survey form and a survey's page with its results. */
@Controller
class SurveyPages {

    static final int PAGE_SIZE = 30;

    private final SurveyStore store;
    private final BuildSurvey build;
    private final MessageAccess access;
    private final OrganisationDirectory organisations;

    SurveyPages(SurveyStore store, BuildSurvey build, MessageAccess access, OrganisationDirectory organisations) {
        this.store = store;
        this.build = build;
        this.access = access;
        this.organisations = organisations;
    }

    @GetMapping("/admin/surveys")
    String list(StaffUser user, @RequestParam(required = false) Long org, @RequestParam(required = false) Integer page,
                Model model) {
        long orgId = org == null ? user.organisationId() : org;
        access.requireRead(user, orgId);
        model.addAttribute("organisation", organisations.get(orgId));
        model.addAttribute("rows", store.list(orgId, false, build.now(), Page.clamp(page), PAGE_SIZE));
        model.addAttribute("now", build.now());
        model.addAttribute("canCreate", orgId == user.organisationId() && access.canAct(user, orgId));
        return "participation/surveys";
    }

    @GetMapping("/admin/surveys/new")
    String newForm(StaffUser user, Model model) {
        access.requireAct(user, user.organisationId());
        return form(model, Map.of(), Map.of());
    }

    String form(Model model, Map<String, String> typed, Map<String, String> errors) {
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        return "participation/survey-form";
    }

    @GetMapping("/admin/surveys/{id}")
    String survey(StaffUser user, @PathVariable long id, Model model) {
        return fill(model, user, build.readable(user, id), Map.of(), Map.of());
    }

    String fill(Model model, StaffUser user, Survey s, Map<String, String> typed, Map<String, String> errors) {
        model.addAttribute("survey", s);
        model.addAttribute("organisation", organisations.get(s.organisationId()));
        model.addAttribute("now", build.now());
        model.addAttribute("open", s.open(build.now()));
        model.addAttribute("closed", s.closed(build.now()));
        model.addAttribute("canEdit", !s.published() && access.canAct(user, s.organisationId()));
        model.addAttribute("canPublish", access.canPublish(user, s.organisationId()));
        model.addAttribute("kinds", SurveyQuestionKind.values());
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        model.addAttribute("results", SurveyResults.of(s, store.responses(s.id()), store.answeredPerQuestion(s.id()),
                store.chosenPerOption(s.id()), store.textAnswers(s.id(), false)));
        return "participation/survey";
    }
}
