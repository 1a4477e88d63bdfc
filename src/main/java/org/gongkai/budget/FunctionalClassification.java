package org.gongkai.budget;

import java.util.Optional;

/**
 * The codes of the expenditure functional classification (支出功能分类科目) that an education department's tables
 * use: 类 (3 digits), 款 (5) and 项 (7), each with its name, read from the data file
 * {@code budget/functional-classification.tsv} ({@link Classification}). A subset of the national list; which lines
 * were checked against published material is in the file (ADR 0025, 0032, 0046). A code not listed is "unknown".
 */
final class FunctionalClassification {

    private FunctionalClassification() {
    }

    static Optional<String> name(String code) {
        return Classification.functional().name(code);
    }

    /** 类, 款 or 项 by the code's length; null for any other length. */
    static Level level(String code) {
        return switch (code.length()) {
            case 3 -> Level.CLASS;
            case 5 -> Level.SECTION;
            case 7 -> Level.ITEM;
            default -> null;
        };
    }

    enum Level { CLASS, SECTION, ITEM }
}
