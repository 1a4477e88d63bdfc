package org.gongkai.participation;

import java.time.Instant;
import java.util.List;

/** A survey (survey, V117) with its questions in order. */
record Survey(long id, long organisationId, String title, String description, Instant opensAt, Instant closesAt,
              boolean published, Instant publishedAt, int version, List<Question> questions) {

    record Question(long id, int position, SurveyQuestionKind kind, String prompt, boolean required, Integer maxLength,
                    List<Option> options) {
    }

    record Option(long id, int position, String label) {
    }

    Survey withQuestions(List<Question> qs) {
        return new Survey(id, organisationId, title, description, opensAt, closesAt, published, publishedAt, version, qs);
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
