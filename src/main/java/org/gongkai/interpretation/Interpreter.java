package org.gongkai.interpretation;

/** 第一解读人: the drafting department, the responsible official, or an expert. */
public enum Interpreter {
    DEPARTMENT, OFFICIAL, EXPERT;

    public String labelKey() {
        return "interp.interpreter." + name();
    }
}
