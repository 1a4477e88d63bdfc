package org.gongkai.transparency;

import org.gongkai.document.PublicChange;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Appends every public change to the transparency log after its transaction commits. The event stays in the
 * {@code event_publication} outbox until this succeeds, and is re-published at the next start if it did not.
 */
@Component
class TransparencyListener {

    private final LogAppender appender;

    TransparencyListener(LogAppender appender) {
        this.appender = appender;
    }

    @ApplicationModuleListener
    void on(PublicChange change) {
        appender.append(change);
    }
}
