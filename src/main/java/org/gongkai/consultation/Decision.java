package org.gongkai.consultation;

/** What became of a comment: adopted, partly adopted, not adopted (each with its reason). */
enum Decision {
    ADOPTED, PARTLY, NOT_ADOPTED;

    public String labelKey() {
        return "consult.decision." + name();
    }
}
