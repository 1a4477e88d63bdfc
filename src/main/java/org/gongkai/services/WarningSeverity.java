package org.gongkai.services;

/**
 * The four warning levels of the 突发事件应对法 — 一级 to 四级, marked 红 橙 黄 蓝, 一级 the highest — and the CAP 1.2
 * severity each is exported as. The mapping to CAP is this project's choice (ADR 0045), not a national rule.
 */
public enum WarningSeverity {
    RED("Extreme"), ORANGE("Severe"), YELLOW("Moderate"), BLUE("Minor");

    private final String cap;

    WarningSeverity(String cap) {
        this.cap = cap;
    }

    public String cap() {
        return cap;
    }

    public String labelKey() {
        return "svc.warning.severity." + name();
    }

    static WarningSeverity parse(String s) {
        for (WarningSeverity v : values()) {
            if (v.name().equals(s)) {
                return v;
            }
        }
        return null;
    }
}
