package org.gongkai.integrity.clean;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import org.gongkai.integrity.RemovalKind;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Converts Traditional characters to Simplified with opencc4j (phrase-aware: 頭髮→头发, 發展→发展, 製度→制度),
 * then corrects what opencc4j leaves wrong in a mainland text that was converted from Traditional:
 * the particle 著 (隨著, 著力, 意味著 stay 著 in opencc4j; they are 随着, 着力, 意味着), 乾 meaning dry
 * (乾淨, 乾燥 stay 乾; they are 干净, 干燥) and the variants 祇/衹 (只). These corrections run only when the
 * document was in Traditional script, so a Simplified 著作 or 乾隆 is never touched. Each converted character
 * is recorded (發→发).
 */
public final class ScriptConversion implements CleaningStep {

    /** 著 keeps its form in these words (著名, 显著, 编著…); elsewhere it is the particle or verb 着. */
    private static final Pattern ZHU = Pattern.compile(
            "(?<![显顯卓名编編原专專巨论論土昭译譯遗遺合新拙大])著(?![名作称稱述录錄者书書有])");
    /** 乾 keeps its form in 乾隆, 乾坤, 乾陵…; elsewhere (乾净, 乾燥, 饼乾) it is 干. */
    private static final Pattern QIAN = Pattern.compile("(?<![旋])乾(?![隆坤卦陵县縣元])");
    private static final double TRADITIONAL_SHARE = 0.02;

    @Override
    public List<String> apply(List<String> lines, RemovalLog log) {
        List<String> converted = new ArrayList<>(lines.size());
        long han = 0;
        long changed = 0;
        for (String line : lines) {
            String simple = line.isEmpty() ? line : ZhConverterUtil.toSimple(line);
            han += line.codePoints().filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN).count();
            changed += recordChanges(line, simple, log);
            converted.add(simple);
        }
        if (han == 0 || (double) changed / han < TRADITIONAL_SHARE) {
            return converted;
        }
        List<String> out = new ArrayList<>(converted.size());
        for (String line : converted) {
            String fixed = replace(ZHU, line, "着", "著→着", log);
            fixed = replace(QIAN, fixed, "干", "乾→干", log);
            fixed = replaceLiteral(fixed, "祇", "只", log);
            fixed = replaceLiteral(fixed, "衹", "只", log);
            out.add(fixed);
        }
        return out;
    }

    private static long recordChanges(String before, String after, RemovalLog log) {
        if (before.equals(after)) {
            return 0;
        }
        long n = 0;
        if (before.length() == after.length()) {
            for (int i = 0; i < before.length(); i++) {
                char a = before.charAt(i);
                char b = after.charAt(i);
                if (a != b) {
                    log.record(RemovalKind.SCRIPT_CONVERTED, a + "→" + b);
                    n++;
                }
            }
        } else {
            log.record(RemovalKind.SCRIPT_CONVERTED, before + "→" + after);
            n += Math.abs(before.length() - after.length()) + 1;
        }
        return n;
    }

    private static String replace(Pattern p, String s, String with, String label, RemovalLog log) {
        Matcher m = p.matcher(s);
        int n = 0;
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, with);
            n++;
        }
        m.appendTail(b);
        log.record(RemovalKind.SCRIPT_CONVERTED, label, n);
        return b.toString();
    }

    private static String replaceLiteral(String s, String from, String to, RemovalLog log) {
        int n = s.split(from, -1).length - 1;
        log.record(RemovalKind.SCRIPT_CONVERTED, from + "→" + to, n);
        return n == 0 ? s : s.replace(from, to);
    }
}
