package org.gongkai.services;

/** The three lists of 管理公开 an organisation keeps (ADR 0045). */
public enum PowerList {
    /** 权责清单 */
    POWER,
    /** 行政审批事项清单 */
    APPROVAL,
    /** 中央指定地方实施的行政许可事项 */
    CENTRAL_LICENSING;

    public String labelKey() {
        return "svc.power.list." + name();
    }

    static PowerList parse(String s) {
        for (PowerList l : values()) {
            if (l.name().equals(s)) {
                return l;
            }
        }
        return null;
    }
}
