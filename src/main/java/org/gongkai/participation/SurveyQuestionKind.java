package org.gongkai.participation;

/**
 * What a survey question asks for: one option, any number of options, free text up to a length, or one point of a
 * rating scale 1..N (its points are options labelled "1".."N", V141).
 */
public enum SurveyQuestionKind {
    SINGLE, MULTIPLE, TEXT, RATING;

    public String labelKey() {
        return "survey.kind." + name();
    }

    public boolean choice() {
        return this != TEXT;
    }

    /** At most one option may be chosen. */
    public boolean single() {
        return this == SINGLE || this == RATING;
    }
}
