package org.gongkai.participation;

/** What a message is; each type has its own reply period. */
public enum MessageType {
    CONSULTATION, SUGGESTION, COMPLAINT, LEADER;

    public String labelKey() {
        return "msg.type." + name();
    }
}
