package org.gongkai.document;

/** 有效性: 有效, 失效, 废止, 已修订 (with the document that replaced it). */
public enum Validity {
    VALID, EXPIRED, REPEALED, REVISED;

    public String labelKey() {
        return "validity." + name();
    }
}
