package org.gongkai.participation;

import org.gongkai.platform.QueryCodes;
import org.gongkai.platform.SecretKeys;
import org.springframework.stereotype.Component;

/** Tracking numbers LY-&lt;yyyyMMdd&gt;-… and query codes of messages, under {@code <data dir>/keys/message-code.key}. */
@Component
class MessageCodes extends QueryCodes {

    static final String KEY_NAME = "message-code";

    MessageCodes(SecretKeys keys) {
        super(keys, "LY", KEY_NAME, "HMAC-SHA-256 of the query codes of messages from the public");
    }
}
