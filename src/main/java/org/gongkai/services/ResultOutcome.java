package org.gongkai.services;

/** What an inspection of one drawn entity found. */
public enum ResultOutcome {
    NO_PROBLEM, PROBLEMS, NOT_FOUND;

    public String labelKey() {
        return "svc.outcome." + name();
    }
}
