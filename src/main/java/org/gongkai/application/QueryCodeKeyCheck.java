package org.gongkai.application;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * At start: applications whose query codes are kept under the code key, and no key file, are refused with the way
 * out; a new key would silently lock every applicant out of their application. Web start only: an operator command
 * ({@code gongkai.cli}) skips it, decided when it runs (Spring AOT fixes {@code @Conditional} at build time, ADR 0035).
 */
@Component
@Order(0)
class QueryCodeKeyCheck implements ApplicationRunner {

    private final QueryCodeHashes hashes;
    private final JdbcClient jdbc;
    private final boolean operatorCommand;

    QueryCodeKeyCheck(QueryCodeHashes hashes, JdbcClient jdbc, @Value("${gongkai.cli:false}") boolean operatorCommand) {
        this.hashes = hashes;
        this.jdbc = jdbc;
        this.operatorCommand = operatorCommand;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (operatorCommand || hashes.keyPresent()) {
            return;
        }
        long keyed = jdbc.sql("select count(*) from disclosure_application where query_code_hash like ?")
                .param(QueryCodeHashes.PREFIX + "%").query(Long.class).single();
        if (keyed > 0) {
            throw new IllegalStateException(keyed + " applications keep their query code under the key "
                    + hashes.keyFile() + ", which is missing. Restore the keys/ directory from the backup taken with "
                    + "this database; a new key would lock every applicant out.");
        }
    }
}
