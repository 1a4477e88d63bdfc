package org.gongkai.enrollment;

/** The stage a school admits pupils to in compulsory education: primary (小学) or junior secondary (初中). */
public enum Stage {
    PRIMARY, JUNIOR;

    public String labelKey() {
        return "enrol.stage." + name();
    }
}
