package org.gongkai.participation;

import org.gongkai.platform.web.ConflictException;
import org.gongkai.platform.web.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A response of the public to an open survey: each question checked (a choice among its own options, one for a
 * single-choice question, free text within its limit, required questions answered), then stored under the browser's
 * key, once. Free text is kept exactly as typed and shown escaped. A conditional question counts only when its
 * condition was chosen in this response: otherwise whatever was sent for it is dropped, and it need not be answered
 * (the form shows every question, since it works without JavaScript).
 */
@Service
class AnswerSurvey {

    private final SurveyStore store;

    AnswerSurvey(SurveyStore store) {
        this.store = store;
    }

    /** Field errors keyed {@code q<question id>}; a second response from the browser is a conflict. */
    @Transactional
    void answer(Survey s, String browserKey, Map<String, String[]> params, Instant now) {
        if (!s.open(now)) {
            throw new ConflictException("survey.notOpen");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        record Given(long question, Long option, String text) {
        }
        List<Given> given = new ArrayList<>();
        Set<Long> chosenSoFar = new java.util.HashSet<>();
        for (Survey.Question q : s.questions()) {
            String field = "q" + q.id();
            if (q.conditionOptionId() != null && !chosenSoFar.contains(q.conditionOptionId())) {
                continue;
            }
            String[] values = params.getOrDefault(field, new String[0]);
            if (q.kind().choice()) {
                Set<Long> chosen = new LinkedHashSet<>();
                boolean bad = false;
                for (String v : values) {
                    if (v == null || v.isBlank()) {
                        continue;
                    }
                    Long option = q.options().stream().filter(o -> String.valueOf(o.id()).equals(v.strip()))
                            .map(Survey.Option::id).findFirst().orElse(null);
                    if (option == null) {
                        bad = true;
                    } else {
                        chosen.add(option);
                    }
                }
                if (bad || (q.kind().single() && chosen.size() > 1)) {
                    errors.put(field, "survey.error.choice");
                } else if (chosen.isEmpty() && q.required()) {
                    errors.put(field, "survey.error.required");
                } else {
                    chosen.forEach(o -> given.add(new Given(q.id(), o, null)));
                    chosenSoFar.addAll(chosen);
                }
            } else {
                String text = values.length == 0 ? null : values[0];
                if (text == null || text.isBlank()) {
                    if (q.required()) {
                        errors.put(field, "survey.error.required");
                    }
                } else if (text.codePointCount(0, text.length()) > q.maxLength() || text.length() > BuildSurvey.TEXT_MAX) {
                    errors.put(field, "survey.error.textLong");
                } else {
                    given.add(new Given(q.id(), null, text));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        long response = store.insertResponse(s.id(), browserKey, now)
                .orElseThrow(() -> new ConflictException("survey.answeredAlready"));
        for (Given g : given) {
            store.insertAnswer(response, g.question(), g.option(), g.text());
        }
    }
}
