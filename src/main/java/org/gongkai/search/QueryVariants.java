package org.gongkai.search;

import com.github.houbb.opencc4j.util.ZhConverterUtil;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Other ways of writing what was typed, tried in order when a search finds nothing: without brackets or quotation
 * marks (学区【划分】, "学区 划分"), with the other characters set (Simplified ↔ Traditional), with ASCII in full
 * width or half width. The typed text itself is never among them.
 */
final class QueryVariants {

    private static final String BRACKETS = "〔〕[]()（）【】［］{}｛｝〖〗《》〈〉<>「」『』";
    private static final String QUOTES = "\"“”＂";

    private QueryVariants() {
    }

    static List<String> of(String typed) {
        String t = typed == null ? "" : typed.strip();
        Set<String> out = new LinkedHashSet<>();
        out.add(strip(t, BRACKETS));
        out.add(strip(t, QUOTES));
        out.add(strip(strip(t, BRACKETS), QUOTES));
        out.add(ZhConverterUtil.toSimple(t));
        out.add(ZhConverterUtil.toTraditional(t));
        out.add(halfWidth(t));
        out.add(fullWidth(t));
        out.remove(t);
        out.removeIf(String::isBlank);
        return List.copyOf(out);
    }

    private static String strip(String s, String chars) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(chars.indexOf(c) >= 0 ? ' ' : c);
        }
        return sb.toString().replaceAll("\\s+", " ").strip().replaceAll("(?<=\\p{IsHan}) (?=\\p{IsHan})", "");
    }

    private static String halfWidth(String s) {
        StringBuilder sb = new StringBuilder();
        s.chars().forEach(c -> sb.append(c >= 0xFF01 && c <= 0xFF5E ? (char) (c - 0xFEE0) : c == 0x3000 ? ' ' : (char) c));
        return sb.toString();
    }

    private static String fullWidth(String s) {
        StringBuilder sb = new StringBuilder();
        s.chars().forEach(c -> sb.append(c >= 0x21 && c <= 0x7E && c != '"' ? (char) (c + 0xFEE0) : (char) c));
        return sb.toString();
    }
}
