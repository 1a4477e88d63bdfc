package org.gongkai.consultation;

enum Moderation {
    PENDING, PUBLISHED, REJECTED;

    public String labelKey() {
        return "consult.moderation." + name();
    }
}
