package org.gongkai.opendata;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One field of the national government resource catalogue (政务信息资源目录) as configured (ADR 0047): its code (the
 * key its values are stored under), kind, labels and help in Chinese and English, the nearest DCAT-AP property (for
 * the reader, not emitted) and, for a choice, its choices. No field is verified against the standard's text.
 */
record DirectoryField(String code, Kind kind, int maxLength, Map<String, String> label, Map<String, String> help,
                      String nearestDcat, List<Choice> choices) {

    enum Kind { TEXT, LONG_TEXT, CHOICE }

    record Choice(String code, String zh, String en) {

        public String label(Locale locale) {
            return english(locale) ? en : zh;
        }
    }

    /** The name of the form field and the key of its error: {@code dir_} and the code. */
    public String param() {
        return "dir_" + code;
    }

    public String label(Locale locale) {
        return text(label, locale);
    }

    public String help(Locale locale) {
        return text(help, locale);
    }

    /** A stored value in words: a choice's label, else the value itself. */
    public String display(String value, Locale locale) {
        if (value == null || kind != Kind.CHOICE) {
            return value;
        }
        return choices.stream().filter(c -> c.code().equals(value)).findFirst().map(c -> c.label(locale)).orElse(value);
    }

    public boolean choice() {
        return kind == Kind.CHOICE;
    }

    public boolean longText() {
        return kind == Kind.LONG_TEXT;
    }

    private static String text(Map<String, String> texts, Locale locale) {
        if (texts == null) {
            return "";
        }
        String t = english(locale) ? texts.get("en") : texts.get("zh");
        return t == null ? texts.getOrDefault("zh", "") : t;
    }

    private static boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }
}
