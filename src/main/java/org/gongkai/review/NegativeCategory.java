package org.gongkai.review;

/**
 * Categories of the negative list, after the Regulations on Government Information Disclosure arts. 14–16:
 * 国家秘密, 危及"三安全一稳定", 商业秘密, 个人隐私, 内部事务, 过程性信息, 行政执法案卷, 其他.
 */
public enum NegativeCategory {
    STATE_SECRET, SECURITY_STABILITY, COMMERCIAL_SECRET, PERSONAL_PRIVACY, INTERNAL_AFFAIRS, PROCESS_INFO,
    ENFORCEMENT_FILE, OTHER;

    public String labelKey() {
        return "review.category." + name();
    }
}
