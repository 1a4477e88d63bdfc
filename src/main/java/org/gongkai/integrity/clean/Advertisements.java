package org.gongkai.integrity.clean;

import org.gongkai.integrity.RemovalKind;
import org.gongkai.integrity.SpamLexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes advertisement lines: lines carrying two kinds of advertising signal (a web address, a messenger
 * contact such as 加微信 or QQ, a sales prompt such as 优惠, 注册, 点击进入, 欢迎您), or a gambling brand and
 * one signal. Once an advertisement is found after the document's signature, the rest of that trailing block
 * goes with it.
 */
public final class Advertisements implements CleaningStep {

    private static final Pattern URL = Pattern.compile(
            "https?://|www\\.|[A-Za-z0-9-]+\\.(com|cn|net|cc|vip|top|xyz|me|io|app|co|org|info|biz)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern CONTACT = Pattern.compile(
            "加微信|加微|微信号|微信[:：]|加v|vx|薇信|威信|qq\\s*[:：]?\\s*\\d{5,}|q群|扣扣|telegram|飞机号|联系客服|在线客服",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PROMPT = Pattern.compile(
            "优惠|首存|彩金|返水|送\\d+|注册送|注册就送|免费领取|点击(进入|下载|注册|领取|查看|访问)|立即(注册|下载|领取|进入|体验)|"
                    + "欢迎您|手机版|下载app|app下载|官方网站|官网|最新地址|备用网址|永久网址|注册|登录入口|限时|火爆|独家",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern GOVERNMENT_HOST = Pattern.compile("\\.(gov|edu|org)\\.cn|\\.gov\\b");

    private static final int MAX_AD_LINE = 160;

    private final SpamLexicon lexicon;

    public Advertisements(SpamLexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public List<String> apply(List<String> lines, RemovalLog log) {
        int signature = ChineseDates.signatureDateIndex(lines);
        List<String> out = new ArrayList<>(lines.size());
        boolean trailingAd = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String s = line.strip();
            if (s.isEmpty()) {
                trailingAd = false;
                out.add(line);
                continue;
            }
            boolean ad = isAdvert(s) || (trailingAd && s.length() <= 80);
            if (ad) {
                log.record(RemovalKind.ADVERTISEMENT, s);
                trailingAd = signature >= 0 && i > signature;
            } else {
                out.add(line);
            }
        }
        return out;
    }

    boolean isAdvert(String s) {
        if (s.length() > MAX_AD_LINE) {
            // a paragraph with a stuffed brand in it: the stuffing step takes the brand out, the paragraph stays
            return false;
        }
        int signals = (commercialUrl(s) ? 1 : 0) + (CONTACT.matcher(s).find() ? 1 : 0)
                + (PROMPT.matcher(s).find() ? 1 : 0);
        boolean brand = lexicon.brandPattern().matcher(s).find();
        boolean advertising = brand ? signals >= 1 : signals >= 2 || countPrompts(s) >= 3;
        return advertising && (s.length() <= 40 || ownTextShare(s) < 0.75);
    }

    /** A web address that is not a government or education site. */
    private static boolean commercialUrl(String s) {
        var m = URL.matcher(s);
        while (m.find()) {
            int end = Math.min(s.length(), m.end() + 40);
            String around = s.substring(Math.max(0, m.start() - 40), end).toLowerCase(java.util.Locale.ROOT);
            if (!GOVERNMENT_HOST.matcher(around).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Share of the line's Chinese characters that are not spam vocabulary or advertising prompts: low for an
     * advertisement, high for a paragraph with a brand stuffed into it (the stuffing step handles that).
     */
    private double ownTextShare(String s) {
        long han = hanCount(s);
        String rest = lexicon.brandPattern().matcher(s).replaceAll("");
        rest = lexicon.termPattern().matcher(rest).replaceAll("");
        rest = PROMPT.matcher(rest).replaceAll("");
        rest = CONTACT.matcher(rest).replaceAll("");
        return han == 0 ? 0 : (double) hanCount(rest) / han;
    }

    private static long hanCount(String s) {
        return s.codePoints().filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN).count();
    }

    private static int countPrompts(String s) {
        var m = PROMPT.matcher(s);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
