package org.gongkai.audit;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** At start: a log with keyed entries and no audit key is refused with the way out, never given a new key. */
@Component
@Order(0)
@ConditionalOnProperty(name = "gongkai.cli", havingValue = "false", matchIfMissing = true)
class AuditKeyCheck implements ApplicationRunner {

    private final AuditChainKey key;

    AuditKeyCheck(AuditChainKey key) {
        this.key = key;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (key.current().isEmpty() && key.keyedEntries() > 0) {
            throw new IllegalStateException(key.missingKeyMessage());
        }
    }
}
