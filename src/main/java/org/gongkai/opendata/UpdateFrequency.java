package org.gongkai.opendata;

/** How often a dataset is updated (dct:accrualPeriodicity, EU frequency vocabulary). */
public enum UpdateFrequency {
    DAILY("DAILY"), WEEKLY("WEEKLY"), MONTHLY("MONTHLY"), QUARTERLY("QUARTERLY"), ANNUAL("ANNUAL"),
    IRREGULAR("IRREG"), NEVER("NEVER");

    private final String code;

    UpdateFrequency(String code) {
        this.code = code;
    }

    public String uri() {
        return "http://publications.europa.eu/resource/authority/frequency/" + code;
    }

    public String labelKey() {
        return "od.frequency." + name();
    }
}
