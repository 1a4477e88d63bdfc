package org.gongkai.participation;

import java.time.Instant;
import java.util.List;

/** A survey (survey, V117) with its questions in order. */
record Survey(long id, long organisationId, String title, String description, Instant opensAt, Instant closesAt,
              boolean published, Instant publishedAt, int version, List<Question> questions) {

    record Question(long id, int position, SurveyQuestionKind kind, String prompt, boolean required, Integer maxLength,
                    List<Option> options, Long conditionOptionId) {
    }

    /** A question asked only when an earlier question's option was chosen: that question's number and the option. */
    record Condition(int position, String prompt, String option) {
    }

    record Option(long id, int position, String label) {
    }

    Survey withQuestions(List<Question> qs) {
        return new Survey(id, organisationId, title, description, opensAt, closesAt, published, publishedAt, version, qs);
    }

    /** The condition of a question, or null when it is always asked. */
    public Condition conditionOf(Question q) {
        if (q.conditionOptionId() == null) {
            return null;
        }
        for (Question earlier : questions) {
            for (Option o : earlier.options()) {
                if (o.id() == q.conditionOptionId()) {
                    return new Condition(earlier.position(), earlier.prompt(), o.label());
                }
            }
        }
        return null;
    }

    /** Options that may be a condition for a new question: every option of the choice questions so far. */
    public List<Option> conditionChoices() {
        return questions.stream().filter(q -> q.kind().choice()).flatMap(q -> q.options().stream()).toList();
    }

    /** The question an option belongs to. */
    public Question questionOf(long optionId) {
        return questions.stream().filter(q -> q.options().stream().anyMatch(o -> o.id() == optionId)).findFirst()
                .orElse(null);
    }

    /** Published and between its open and close times: the public may answer. */
    boolean open(Instant now) {
        return published && !now.isBefore(opensAt) && now.isBefore(closesAt);
    }

    /** Published and past its close time: the public sees the results. */
    boolean closed(Instant now) {
        return published && !now.isBefore(closesAt);
    }

    /** What the public may see at all: published and opened. */
    boolean visible(Instant now) {
        return published && !now.isBefore(opensAt);
    }
}
