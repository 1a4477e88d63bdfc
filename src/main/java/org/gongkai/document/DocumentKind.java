package org.gongkai.document;

/**
 * What a document is in law, as table 二 of the annual report counts it (第二十条第（一）项): 规章, 行政规范性文件, or
 * anything else.
 */
public enum DocumentKind {
    OTHER, RULE, NORMATIVE;

    public String labelKey() {
        return "doc.kind." + name();
    }
}
