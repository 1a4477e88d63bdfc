package org.gongkai.integrity;

import com.github.houbb.opencc4j.util.ZhConverterUtil;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Test helper: spoils a clean document the way spam sites do, one junk style at a time. */
final class Tamper {

    private static final String[] EMOJI = {"😀", "🎉", "👍🏽", "👩🏻‍💼", "🧑‍🎓", "🏳️‍🌈", "🇨🇳", "1️⃣", "#️⃣", "❤️", "⚽",
            "🀄️", "✨", "🔥🔥", "🙆‍♂️", "🧛🏿‍♂️", "💯", "🎰", "🃏", "♻️", "☀️", "🏴󠁧󠁢󠁳󠁣󠁴󠁿"};
    private static final Map<Character, String> PINYIN = Map.ofEntries(
            Map.entry('教', "jiào"), Map.entry('育', "yù"), Map.entry('学', "xué"), Map.entry('公', "gōng"),
            Map.entry('开', "kāi"), Map.entry('发', "fā"), Map.entry('生', "shēng"), Map.entry('政', "zhèng"),
            Map.entry('务', "wù"), Map.entry('校', "xiào"), Map.entry('区', "qū"), Map.entry('县', "xiàn"),
            Map.entry('市', "shì"), Map.entry('年', "nián"), Map.entry('信', "xìn"), Map.entry('息', "xī"),
            Map.entry('體', "tǐ"), Map.entry('學', "xué"), Map.entry('發', "fā"),
            Map.entry('開', "kāi"), Map.entry('務', "wù"), Map.entry('縣', "xiàn"), Map.entry('費', "fèi"),
            Map.entry('预', "yu4"), Map.entry('算', "suan4"), Map.entry('全', "quán"), Map.entry('部', "bù"));
    private static final String[] INVISIBLE = {"\u200B", "\u200C", "\u200D", "\uFEFF", "\u2060", "\u00AD", "\u202E", "\u202C",
            "\u0007", "\u200E"};
    private static final String[] STUFFING = {"【6688体育】", "澳门葡京百家乐开户", "注册送彩金 老虎机", "皇冠体育 在线投注",
            "888娱乐城", "kok体育app下载"};

    private Tamper() {
    }

    static String emoji(String s, Random r) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(c);
            if (Character.isIdeographic(c) && r.nextInt(9) == 0) {
                b.append(EMOJI[r.nextInt(EMOJI.length)]);
                if (r.nextBoolean()) {
                    b.append(EMOJI[r.nextInt(EMOJI.length)]);
                }
            }
        }
        return b.toString();
    }

    static String pinyin(String s, Random r) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(c);
            String py = PINYIN.get(c);
            if (py != null && r.nextInt(3) == 0) {
                b.append(r.nextBoolean() ? "(" + py + ")" : "（" + py + "）");
            }
        }
        return b.toString();
    }

    static String invisible(String s, Random r) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            b.append(s.charAt(i));
            if (Character.isHighSurrogate(s.charAt(i))) {
                continue;
            }
            if (r.nextInt(6) == 0) {
                b.append(INVISIBLE[r.nextInt(INVISIBLE.length)]);
            }
        }
        return b.toString();
    }

    static String traditional(String s) {
        return ZhConverterUtil.toTraditional(s);
    }

    static String halfWidth(String s) {
        return s.replace('，', ',').replace('：', ':').replace('；', ';').replace('（', '(').replace('）', ')')
                .replace('〔', '[').replace('〕', ']');
    }

    /** Stuffs gambling runs into paragraphs and adds a spam line. */
    static String spam(String s, Random r) {
        List<String> lines = new ArrayList<>(List.of(s.split("\n")));
        for (int i = 2; i < lines.size() - 2; i++) {
            String line = lines.get(i);
            int cut = line.indexOf('。');
            if (cut > 0 && r.nextBoolean()) {
                lines.set(i, line.substring(0, cut + 1) + STUFFING[r.nextInt(STUFFING.length)] + line.substring(cut + 1));
            }
        }
        lines.add(lines.size() / 2, "6688体育 澳门葡京 百家乐 老虎机 真人视讯 注册送88元 体育投注 开户即送");
        return String.join("\n", lines);
    }

    /** Wraps the document in a re-poster's breadcrumbs, meta line and footer. */
    static String chrome(String s) {
        String title = s.substring(0, s.indexOf('\n'));
        return "当前位置：首页 > 政策法规 > 通知公告\n" + title + "\n发布时间：2024-06-01 来源：6688体育 作者：admin 阅读 1024 次\n"
                + "【字体：大 中 小】 【打印本页】 【关闭窗口】\n\n" + s
                + "\n\n上一篇：关于开展暑期实践活动的通知\n下一篇：没有了\n联系电话：0755-88886666\n"
                + "Copyright © 2008-2024 6688体育 版权所有\n粤ICP备12345678号-1  粤公网安备 44030502000001号\n网站标识码：bm0000001\n扫一扫 关注我们";
    }

    static String advert(String s) {
        return s + "\n\n加微信 vip6688 领取彩金，注册送88元，点击进入 www.6688ty.com\n最新官网地址 6688ty.cc 欢迎您";
    }

    /** Splits the title over two lines, as some pages do. */
    static String splitTitle(String s) {
        int nl = s.indexOf('\n');
        int mid = nl / 2 + 2;
        return s.substring(0, mid) + "\n" + s.substring(mid);
    }

    static String html(String s) {
        String[] lines = s.split("\n");
        StringBuilder b = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"gbk\"><title>")
                .append(lines[0]).append(" - 6688体育</title><script>alert('x')</script><style>p{}</style></head><body>")
                .append("<div class=\"header\"><a href=\"/\">首页</a> <a href=\"/zc\">政策</a></div>")
                .append("<nav><ul><li>首页</li><li>新闻</li></ul></nav>")
                .append("<div class=\"breadcrumb\">当前位置：首页 &gt; 通知公告</div>")
                .append("<div id=\"content\"><h1 onclick=\"steal()\">").append(lines[0]).append("</h1>");
        for (int i = 1; i < lines.length; i++) {
            b.append("<p onmouseover=\"evil()\">").append(lines[i]).append("</p>");
        }
        b.append("<img src=x onerror=\"alert(document.cookie)\"><a href=\"javascript:alert(1)\"></a>")
                .append("<script>document.write('<p>injected</p>')</script></div>")
                .append("<div class=\"ad-box\">澳门葡京 注册送彩金 加微信 vip888</div>")
                .append("<footer>版权所有 © 6688体育 粤ICP备12345678号</footer></body></html>");
        return b.toString();
    }
}
