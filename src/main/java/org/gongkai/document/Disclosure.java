package org.gongkai.document;

/** 公开属性: 主动公开, 依申请公开, 不予公开 (the last with its reason). */
public enum Disclosure {
    PROACTIVE, ON_REQUEST, WITHHELD;

    public String labelKey() {
        return "disclosure." + name();
    }
}
