package org.gongkai.participation;

/** How the writer judged the reply. */
enum Rating {
    SATISFIED, BASICALLY_SATISFIED, DISSATISFIED;

    public String labelKey() {
        return "msg.rating." + name();
    }

    boolean satisfied() {
        return this != DISSATISFIED;
    }
}
