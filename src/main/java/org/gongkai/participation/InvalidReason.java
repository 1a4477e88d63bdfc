package org.gongkai.participation;

/** Why a message is not a valid one: such messages do not count in the backlog the site inspection checks. */
enum InvalidReason {
    SPAM, DUPLICATE, OFF_TOPIC;

    public String labelKey() {
        return "msg.invalid." + name();
    }
}
