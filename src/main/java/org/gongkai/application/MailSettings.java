package org.gongkai.application;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether the reply may be sent by e-mail: {@code gongkai.mail.enabled} (false by default) and a sender address
 * {@code gongkai.mail.from}. The SMTP server itself is Spring's {@code spring.mail.*}.
 */
@Component
class MailSettings {

    private final boolean enabled;
    private final String from;

    MailSettings(@Value("${gongkai.mail.enabled:false}") boolean enabled,
                 @Value("${gongkai.mail.from:}") String from) {
        this.enabled = enabled;
        this.from = from;
    }

    boolean enabled() {
        return enabled;
    }

    String from() {
        return from;
    }
}
