package org.gongkai.catalog;

import java.util.Locale;
import java.util.Optional;

/**
 * What kind of column a catalog node is on the public site. The site self-inspection (国办秘函〔2019〕19号) holds
 * news columns stale after 2 weeks and notice or policy columns after 6 months.
 */
public enum ColumnKind {
    NEWS("动态类", "News"),
    NOTICE("通知公告类", "Notices"),
    POLICY("政策文件类", "Policies"),
    OTHER("其他", "Other");

    private final String zh;
    private final String en;

    ColumnKind(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }

    public String label(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? en : zh;
    }

    public static Optional<ColumnKind> parse(String code) {
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
