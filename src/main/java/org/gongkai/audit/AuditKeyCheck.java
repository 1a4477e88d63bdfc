package org.gongkai.audit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start: a log with keyed entries and no audit key is refused with the way out, never given a new key. Web start
 * only: an operator command ({@code gongkai.cli}) skips it, decided when it runs so that Spring AOT, which fixes
 * {@code @Conditional} decisions at build time, keeps the behaviour (ADR 0035).
 */
@Component
@Order(0)
class AuditKeyCheck implements ApplicationRunner {

    private final AuditChainKey key;
    private final boolean operatorCommand;

    AuditKeyCheck(AuditChainKey key, @Value("${gongkai.cli:false}") boolean operatorCommand) {
        this.key = key;
        this.operatorCommand = operatorCommand;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (operatorCommand) {
            return;
        }
        if (key.current().isEmpty() && key.keyedEntries() > 0) {
            throw new IllegalStateException(key.missingKeyMessage());
        }
    }
}
