package org.gongkai.participation;

/** What a survey question asks for: one option, any number of options, or free text up to a length. */
public enum SurveyQuestionKind {
    SINGLE, MULTIPLE, TEXT;

    public String labelKey() {
        return "survey.kind." + name();
    }

    public boolean choice() {
        return this != TEXT;
    }
}
