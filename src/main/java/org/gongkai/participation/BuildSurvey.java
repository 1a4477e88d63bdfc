package org.gongkai.participation;

import org.gongkai.identity.StaffUser;
import org.gongkai.platform.audit.StaffAction;
import org.gongkai.platform.web.ConflictException;
import org.gongkai.platform.web.InvalidInputException;
import org.gongkai.platform.web.NotFoundException;
import org.gongkai.portal.SiteContentChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What staff do with a survey: create it (title, description, open and close times), add and remove questions while
 * it is a draft, publish it (the head of office; then its questions are fixed), and publish or withdraw selected
 * free-text answers. The organisation's message handlers act (as for messages); each action is audited.
 */
@Service
public class BuildSurvey {

    static final int TITLE_MAX = 100;
    static final int DESCRIPTION_MAX = 2000;
    static final int PROMPT_MAX = 300;
    static final int OPTION_MAX = 100;
    static final int OPTIONS_MAX = 20;
    static final int QUESTIONS_MAX = 50;
    static final int TEXT_MAX = 2000;
    static final int SCALE_MIN = 2;
    static final int SCALE_MAX = 10;

    /** What a new survey is made of; times are instants (the form reads Beijing datetime-local values). */
    public record Draft(String title, String description, Instant opensAt, Instant closesAt) {
    }

    /** A question as typed: its options one per line for a choice question, a length limit for a text one. */
    public record QuestionDraft(SurveyQuestionKind kind, String prompt, boolean required, String options,
                                Integer maxLength, Integer scale, Long conditionOption) {

        public QuestionDraft(SurveyQuestionKind kind, String prompt, boolean required, String options, Integer maxLength) {
            this(kind, prompt, required, options, maxLength, null, null);
        }
    }

    private final SurveyStore store;
    private final MessageAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    BuildSurvey(SurveyStore store, MessageAccess access, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    Instant now() {
        return clock.instant();
    }

    Survey readable(StaffUser user, long id) {
        Survey s = store.find(id).orElseThrow(() -> new NotFoundException("survey", id));
        access.requireRead(user, s.organisationId());
        return s;
    }

    @Transactional
    public long create(StaffUser user, Draft d) {
        access.requireAct(user, user.organisationId());
        Map<String, String> errors = new LinkedHashMap<>();
        String title = strip(d.title());
        String description = d.description() == null ? "" : d.description().strip();
        if (title == null) {
            errors.put("title", "survey.error.title");
        } else if (title.length() > TITLE_MAX) {
            errors.put("title", "survey.error.titleLong");
        }
        if (description.length() > DESCRIPTION_MAX) {
            errors.put("description", "survey.error.descriptionLong");
        }
        if (d.opensAt() == null) {
            errors.put("opensAt", "survey.error.time");
        }
        if (d.closesAt() == null) {
            errors.put("closesAt", "survey.error.time");
        } else if (d.opensAt() != null && !d.closesAt().isAfter(d.opensAt())) {
            errors.put("closesAt", "survey.error.closesBeforeOpens");
        } else if (!d.closesAt().isAfter(now())) {
            errors.put("closesAt", "survey.error.closesInPast");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        long id = store.insert(user.organisationId(), title, description, d.opensAt(), d.closesAt(), user.id());
        audit(user, user.organisationId(), "survey.create", id, Map.of(),
                map("title", title, "opensAt", d.opensAt().toString(), "closesAt", d.closesAt().toString()));
        return id;
    }

    @Transactional
    public void addQuestion(StaffUser user, long surveyId, QuestionDraft q) {
        Survey s = draft(user, surveyId);
        Map<String, String> errors = new LinkedHashMap<>();
        String prompt = strip(q.prompt());
        if (prompt == null) {
            errors.put("prompt", "survey.error.prompt");
        } else if (prompt.length() > PROMPT_MAX) {
            errors.put("prompt", "survey.error.promptLong");
        }
        List<String> options = List.of();
        Integer maxLength = null;
        if (q.kind() == null) {
            errors.put("kind", "survey.error.kind");
        } else if (q.kind() == SurveyQuestionKind.RATING) {
            int scale = q.scale() == null ? 5 : q.scale();
            if (scale < SCALE_MIN || scale > SCALE_MAX) {
                errors.put("scale", "survey.error.scale");
            } else {
                options = java.util.stream.IntStream.rangeClosed(1, scale).mapToObj(String::valueOf).toList();
            }
        } else if (q.kind().choice()) {
            options = Arrays.stream((q.options() == null ? "" : q.options()).split("\\R"))
                    .map(String::strip).filter(o -> !o.isEmpty()).toList();
            if (options.size() < 2 || options.size() > OPTIONS_MAX) {
                errors.put("options", "survey.error.options");
            } else if (options.stream().anyMatch(o -> o.length() > OPTION_MAX)) {
                errors.put("options", "survey.error.optionLong");
            } else if (options.stream().distinct().count() < options.size()) {
                errors.put("options", "survey.error.optionTwice");
            }
        } else {
            maxLength = q.maxLength();
            if (maxLength == null || maxLength < 1 || maxLength > TEXT_MAX) {
                errors.put("maxLength", "survey.error.maxLength");
            }
        }
        if (q.conditionOption() != null && s.conditionChoices().stream().noneMatch(o -> o.id() == q.conditionOption())) {
            errors.put("conditionOption", "survey.error.condition");
        }
        if (s.questions().size() >= QUESTIONS_MAX) {
            errors.put("prompt", "survey.error.tooMany");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        store.addQuestion(surveyId, q.kind(), prompt, q.required(), maxLength, options, q.conditionOption());
        audit(user, s.organisationId(), "survey.question", surveyId, Map.of(),
                map("kind", q.kind().name(), "prompt", prompt, "options", options, "maxLength", maxLength,
                        "conditionOption", q.conditionOption()));
    }

    @Transactional
    public void removeQuestion(StaffUser user, long surveyId, long questionId) {
        Survey s = draft(user, surveyId);
        if (store.isCondition(surveyId, questionId)) {
            throw new ConflictException("survey.error.isCondition");
        }
        if (!store.removeQuestion(surveyId, questionId)) {
            throw new NotFoundException("survey question", questionId);
        }
        audit(user, s.organisationId(), "survey.questionRemove", surveyId, map("question", questionId), Map.of());
    }

    @Transactional
    public void publish(StaffUser user, long surveyId, int version) {
        Survey s = store.find(surveyId).orElseThrow(() -> new NotFoundException("survey", surveyId));
        access.requirePublish(user, s.organisationId());
        if (s.published()) {
            throw new ConflictException("survey.already");
        }
        if (s.questions().isEmpty()) {
            throw new ConflictException("survey.noQuestions");
        }
        if (!s.closesAt().isAfter(now())) {
            throw new ConflictException("survey.closedAlready");
        }
        if (!store.publish(surveyId, version, now(), user.id())) {
            throw new ConflictException("survey.stale");
        }
        events.publishEvent(new SiteContentChanged(s.organisationId()));
        audit(user, s.organisationId(), "survey.publish", surveyId, map("status", "DRAFT"), map("status", "PUBLISHED"));
    }

    /** The head of office publishes (or withdraws) a free-text answer; the public sees it once the survey closed. */
    @Transactional
    public void publishAnswer(StaffUser user, long surveyId, long answerId, boolean publish) {
        Survey s = store.find(surveyId).orElseThrow(() -> new NotFoundException("survey", surveyId));
        access.requirePublish(user, s.organisationId());
        if (!store.publishAnswer(surveyId, answerId, publish, now(), user.id())) {
            throw new NotFoundException("survey answer", answerId);
        }
        events.publishEvent(new SiteContentChanged(s.organisationId()));
        audit(user, s.organisationId(), publish ? "survey.answerPublish" : "survey.answerWithdraw", surveyId,
                Map.of(), map("answer", answerId));
    }

    private Survey draft(StaffUser user, long surveyId) {
        Survey s = store.find(surveyId).orElseThrow(() -> new NotFoundException("survey", surveyId));
        access.requireAct(user, s.organisationId());
        if (s.published()) {
            throw new ConflictException("survey.fixed");
        }
        return s;
    }

    private void audit(StaffUser user, long org, String action, long id, Map<String, Object> before,
                       Map<String, Object> after) {
        events.publishEvent(new StaffAction(user.id(), user.username(), org, action, "survey", String.valueOf(id),
                before, after));
    }

    /** The id of the option with this label of the question at this position (demo content names conditions so). */
    public Long optionId(long surveyId, int position, String label) {
        return store.find(surveyId).flatMap(s -> s.questions().stream().filter(q -> q.position() == position).findFirst())
                .flatMap(q -> q.options().stream().filter(o -> o.label().equals(label)).findFirst())
                .map(Survey.Option::id).orElseThrow(() -> new NotFoundException("survey option", label));
    }

    static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
