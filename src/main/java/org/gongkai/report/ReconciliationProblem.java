package org.gongkai.report;

import java.util.List;

/** One check of the report that does not hold, as a message key of the report bundle and its arguments. */
public record ReconciliationProblem(String key, List<Object> args) {

    static ReconciliationProblem of(String key, Object... args) {
        return new ReconciliationProblem(key, List.of(args));
    }
}
