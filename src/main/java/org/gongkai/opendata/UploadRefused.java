package org.gongkai.opendata;

import java.util.List;

/** An upload the checks refused, with every problem they found in words (answered 400). */
class UploadRefused extends RuntimeException {

    private final List<Problem> problems;

    UploadRefused(List<Problem> problems) {
        super("upload refused: " + problems.stream().map(Problem::key).toList());
        this.problems = List.copyOf(problems);
    }

    UploadRefused(Problem problem) {
        this(List.of(problem));
    }

    List<Problem> problems() {
        return problems;
    }
}
