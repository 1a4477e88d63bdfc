package org.gongkai.identity;

/** Staff roles. The first three are the separated administrator roles (三员分立) and exclude every other role. */
public enum Role {
    SYSTEM_ADMIN, SECURITY_ADMIN, AUDIT_ADMIN, EDITOR, REVIEWER, PUBLISHER, DISCLOSURE_OFFICER;

    public boolean isSeparatedAdmin() {
        return this == SYSTEM_ADMIN || this == SECURITY_ADMIN || this == AUDIT_ADMIN;
    }

    /** Message key of the role's display name. */
    public String labelKey() {
        return "role." + name();
    }
}
