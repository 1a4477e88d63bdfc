package org.gongkai.participation;

import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.web.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.LinkedHashMap;
import java.util.Map;

/** The forms of the survey back office; invalid input re-renders the page with a message per field (400). */
@Controller
class SurveyActions {

    private final BuildSurvey build;
    private final SurveyPages pages;

    SurveyActions(BuildSurvey build, SurveyPages pages) {
        this.build = build;
        this.pages = pages;
    }

    @PostMapping("/admin/surveys/new")
    String create(StaffUser user, @RequestParam(required = false) String title,
                  @RequestParam(required = false) String description, @RequestParam(required = false) String opensAt,
                  @RequestParam(required = false) String closesAt, HttpServletResponse response, Model model) {
        try {
            long id = build.create(user, new BuildSurvey.Draft(title, description, IncidentForm.beijing(opensAt),
                    IncidentForm.beijing(closesAt)));
            return "redirect:/admin/surveys/" + id + "?created";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            Map<String, String> typed = new LinkedHashMap<>();
            typed.put("title", title);
            typed.put("description", description);
            typed.put("opensAt", opensAt);
            typed.put("closesAt", closesAt);
            return pages.form(model, typed, e.fieldErrors());
        }
    }

    @PostMapping("/admin/surveys/{id}/questions")
    String addQuestion(StaffUser user, @PathVariable long id, @RequestParam(required = false) String kind,
                       @RequestParam(required = false) String prompt, @RequestParam(required = false) String options,
                       @RequestParam(required = false) String maxLength,
                       @RequestParam(required = false) String scale,
                       @RequestParam(required = false) String conditionOption,
                       @RequestParam(required = false) String required, HttpServletResponse response, Model model) {
        SurveyQuestionKind k = null;
        for (SurveyQuestionKind x : SurveyQuestionKind.values()) {
            if (x.name().equals(kind)) {
                k = x;
            }
        }
        Integer max = null;
        try {
            max = maxLength == null || maxLength.isBlank() ? null : Integer.valueOf(maxLength.strip());
        } catch (NumberFormatException e) {
            max = -1;
        }
        Integer points = number(scale);
        Long condition = null;
        if (conditionOption != null && !conditionOption.isBlank()) {
            Integer c = number(conditionOption);
            condition = c == null ? -1L : c.longValue();
        }
        try {
            build.addQuestion(user, id, new BuildSurvey.QuestionDraft(k, prompt, "true".equals(required), options, max,
                    points, condition));
            return "redirect:/admin/surveys/" + id + "?added#questions";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            Map<String, String> typed = new LinkedHashMap<>();
            typed.put("kind", kind);
            typed.put("prompt", prompt);
            typed.put("options", options);
            typed.put("maxLength", maxLength);
            typed.put("required", required);
            typed.put("scale", scale);
            typed.put("conditionOption", conditionOption);
            return pages.fill(model, user, build.readable(user, id), typed, e.fieldErrors());
        }
    }

    /** A whole number as typed; blank is null, anything else that is not a number is -1 (refused as out of range). */
    private static Integer number(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(typed.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    @PostMapping("/admin/surveys/{id}/questions/{question}/remove")
    String removeQuestion(StaffUser user, @PathVariable long id, @PathVariable long question) {
        build.removeQuestion(user, id, question);
        return "redirect:/admin/surveys/" + id + "?removed#questions";
    }

    @PostMapping("/admin/surveys/{id}/publish")
    String publish(StaffUser user, @PathVariable long id, @RequestParam int version) {
        build.publish(user, id, version);
        return "redirect:/admin/surveys/" + id + "?published";
    }

    @PostMapping("/admin/surveys/{id}/answers/{answer}")
    String publishAnswer(StaffUser user, @PathVariable long id, @PathVariable long answer,
                         @RequestParam(defaultValue = "false") boolean publish) {
        build.publishAnswer(user, id, answer, publish);
        return "redirect:/admin/surveys/" + id + "?answer#answer-" + answer;
    }
}
