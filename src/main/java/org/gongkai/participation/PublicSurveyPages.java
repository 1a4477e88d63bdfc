package org.gongkai.participation;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.identity.Organisation;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.platform.RateBuckets;
import org.gongkai.platform.web.ConflictException;
import org.gongkai.platform.web.InvalidInputException;
import org.gongkai.platform.web.NotFoundException;
import org.gongkai.platform.web.Page;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Instant;
import java.util.Map;

/**
 * The public side of surveys: an organisation's published surveys, a survey's form while it is open (no account;
 * one response per browser, a honeypot field and a per-address rate limit as on the message form), and its results
 * once it has closed (counts and shares per option, a bar chart drawn on the server with the table as its text, and
 * only the free-text answers a person published). A draft or a survey not yet open is a 404.
 */
@Controller
class PublicSurveyPages {

    static final int PAGE_SIZE = 20;

    private final OrganisationDirectory organisations;
    private final SurveyStore store;
    private final AnswerSurvey answer;
    private final SurveyBrowser browser;
    private final BuildSurvey build;
    private final RateBuckets buckets;
    private final RateBuckets.Limit limit;

    PublicSurveyPages(OrganisationDirectory organisations, SurveyStore store, AnswerSurvey answer, SurveyBrowser browser,
                      BuildSurvey build, RateBuckets buckets,
                      @Value("${gongkai.surveys.answer-burst:5}") double burst,
                      @Value("${gongkai.surveys.answer-per-hour:20}") double perHour) {
        this.organisations = organisations;
        this.store = store;
        this.answer = answer;
        this.browser = browser;
        this.build = build;
        this.buckets = buckets;
        this.limit = RateBuckets.Limit.perHour("SURVEY_ANSWER", burst, perHour);
    }

    @GetMapping("/surveys")
    String list(@RequestParam(required = false) String org, @RequestParam(required = false) Integer page, Model model) {
        if (org == null || org.isBlank()) {
            model.addAttribute("organisations", organisations.all());
            return "participation/surveys-choose";
        }
        Organisation o = organisations.findBySlug(org.strip()).orElseThrow(() -> new NotFoundException("organisation", org));
        Instant now = build.now();
        model.addAttribute("org", o);
        model.addAttribute("now", now);
        model.addAttribute("rows", store.list(o.id(), true, now, Page.clamp(page), PAGE_SIZE));
        return "participation/surveys-public";
    }

    @GetMapping("/surveys/{id}")
    String survey(@PathVariable long id, HttpServletRequest request, HttpServletResponse response, Model model) {
        Survey s = visible(id);
        Instant now = build.now();
        if (s.open(now)) {
            String token = browser.ensure(request, response);
            model.addAttribute("answered", store.answered(s.id(), browser.key(s.id(), token)));
        }
        return show(s, now, Map.of(), Map.of(), model);
    }

    @PostMapping("/surveys/{id}")
    String answer(@PathVariable long id, @RequestParam(required = false) String website, HttpServletRequest request,
                  HttpServletResponse response, Model model) {
        Survey s = visible(id);
        Instant now = build.now();
        Map<String, String[]> typed = request.getParameterMap();
        if (website != null && !website.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return show(s, now, Map.of("form", "survey.error.rejected"), typed, model);
        }
        var token = browser.token(request);
        if (token.isEmpty()) {
            // the form gives the cookie; a browser that refuses it cannot be held to one response
            browser.ensure(request, response);
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return show(s, now, Map.of("form", "survey.error.cookie"), typed, model);
        }
        if (!buckets.tryTake(limit, request.getRemoteAddr())) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            return show(s, now, Map.of("form", "survey.error.rateLimited"), typed, model);
        }
        try {
            answer.answer(s, browser.key(s.id(), token.get()), typed, now);
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return show(s, now, e.fieldErrors(), typed, model);
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("answered", true);
            return show(s, now, Map.of(), Map.of(), model);
        }
        model.addAttribute("thanks", true);
        model.addAttribute("answered", true);
        return show(s, now, Map.of(), Map.of(), model);
    }

    private Survey visible(long id) {
        Instant now = build.now();
        return store.find(id).filter(s -> s.visible(now)).orElseThrow(() -> new NotFoundException("survey", id));
    }

    private String show(Survey s, Instant now, Map<String, String> errors, Map<String, String[]> typed, Model model) {
        model.addAttribute("org", organisations.get(s.organisationId()));
        model.addAttribute("survey", s);
        model.addAttribute("open", s.open(now));
        model.addAttribute("closed", s.closed(now));
        model.addAttribute("errors", errors);
        model.addAttribute("typed", typed);
        if (!model.containsAttribute("answered")) {
            model.addAttribute("answered", false);
        }
        if (s.closed(now)) {
            model.addAttribute("results", SurveyResults.of(s, store.responses(s.id()), store.answeredPerQuestion(s.id()),
                    store.chosenPerOption(s.id()), store.textAnswers(s.id(), true)));
        }
        return "participation/survey-public";
    }
}
