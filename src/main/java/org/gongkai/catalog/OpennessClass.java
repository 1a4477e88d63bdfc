package org.gongkai.catalog;

import java.util.Locale;
import java.util.Optional;

/** The "five openness" classes (五公开) of 教办厅〔2017〕3号 art. 15: 决策、执行、管理、服务、结果公开. */
public enum OpennessClass {
    DECISION("决策公开", "Decision"),
    EXECUTION("执行公开", "Execution"),
    MANAGEMENT("管理公开", "Management"),
    SERVICE("服务公开", "Service"),
    RESULT("结果公开", "Result");

    private final String zh;
    private final String en;

    OpennessClass(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }

    /** The label in the locale's language: English for English, Chinese otherwise. */
    public String label(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? en : zh;
    }

    /** The class named by {@code code} (its constant name, any case), if there is one. */
    public static Optional<OpennessClass> parse(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(code.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
