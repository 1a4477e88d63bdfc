package org.gongkai.participation;

/** OPEN until replied to (ANSWERED) or set aside as not a valid message (INVALID: spam, duplicate, off topic). */
enum MessageStatus {
    OPEN, ANSWERED, INVALID;

    public String labelKey() {
        return "msg.status." + name();
    }
}
