package org.gongkai.integrity.clean;

import org.gongkai.integrity.RemovalKind;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flags a name that stands where an agency's name is expected — before 关于 in the title, alone on a signature
 * line, or after 经/由/根据 in the text — when it is not shaped like an agency (no 局, 厅, 委员会, 政府, 学校, 中心…
 * at its end) and either occurs more than once or looks like a brand (体育, 娱乐, 彩票, 官网, a number…): a
 * re-poster replaces the agency's name with its brand throughout. The
 * text is kept; the editor decides.
 */
public final class BrandSubstitution implements CleaningStep {

    private static final Pattern TITLE_ISSUER = Pattern.compile("^([\\p{IsHan}A-Za-z0-9]{2,20}?)关于");
    private static final Pattern AGENCY = Pattern.compile(
            "(局|厅|部|委|委员会|办公室|办公厅|政府|人民政府|院|学校|学院|大学|中学|小学|幼儿园|中心|处|科|所|站|会|办|室|馆|队|组|党组|支部|公司|集团)$");
    private static final Pattern NAME_LINE = Pattern.compile("^[\\p{IsHan}A-Za-z0-9]{2,16}$");
    private static final Pattern BRANDISH = Pattern.compile("(体育|娱乐|彩票|棋牌|电竞|真人|官网|平台|国际|app|APP|\\d{3,})");

    @Override
    public List<String> apply(List<String> lines, RemovalLog log) {
        Set<String> candidates = new LinkedHashSet<>();
        int seen = 0;
        for (String raw : lines) {
            String s = raw.strip();
            if (s.isEmpty()) {
                continue;
            }
            if (seen++ < 12) {
                Matcher m = TITLE_ISSUER.matcher(s);
                if (m.find()) {
                    candidates.add(m.group(1));
                }
            }
            if (s.length() <= 40) { // a signature line may name several offices, spaced apart
                for (String name : s.split("[\\s\u3000、]+")) {
                    if (NAME_LINE.matcher(name).matches() && BRANDISH.matcher(name).find()) {
                        candidates.add(name);
                    }
                }
            }
        }
        String all = String.join("\n", lines);
        for (String c : candidates) {
            if (AGENCY.matcher(c).find() || ChineseDates.find(c).isPresent() || c.matches(".*\\d+[年月日号].*")) {
                continue;
            }
            int count = count(all, c);
            if (count >= 2 || BRANDISH.matcher(c).find()) {
                log.record(RemovalKind.BRAND, c, count);
            }
        }
        return lines;
    }

    private static int count(String text, String s) {
        int n = 0;
        for (int i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + s.length())) {
            n++;
        }
        return n;
    }
}
