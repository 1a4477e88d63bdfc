package org.gongkai.integrity.clean;

import org.gongkai.integrity.RemovalKind;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes the copying site's chrome, line by line: breadcrumbs (当前位置, 首页 &gt; …), source, author, date and
 * read-count lines, font-size and print/close links, previous/next links, related-article headings, copyright,
 * ICP and public-security filing numbers, site codes, "contact us", QR-code prompts. After the document's
 * signature date, short contact lines (电话, 传真, 地址, 邮箱) are chrome too; before it they may be the
 * document's own contact details and stay. Long lines are never chrome. The date a 发布日期 line claims is kept
 * as the copy's claimed date (never as the document's date).
 */
public final class ChromeLines implements CleaningStep {

    private static final int MAX_CHROME_LENGTH = 150;
    private static final Pattern ANYWHERE = Pattern.compile(String.join("|",
            "^(当前位置|您现在的位置|你现在的位置|您的位置|你的位置|所在位置|现在位置|当前页面)",
            "首页\\s*[>»›/＞→]",
            "(阅读|浏览|点击|访问|查看)(次数|量|数)?\\s*[:：]?\\s*\\d+\\s*次",
            "(阅读|浏览|点击|访问)(次数|量|数)\\s*[:：]",
            "^(信息|文章|新闻|稿件)?来源\\s*[:：]",
            "\\s(信息|文章)?来源\\s*[:：]",
            "^(作者|编辑|责任编辑|发布者|发布人|供稿|审核|校对|摄影|撰稿)\\s*[:：]",
            "^(发布|发表|更新|上传|录入)(日期|时间)\\s*[:：]",
            "(日期|时间)\\s*[:：].{0,40}(来源|作者|阅读|浏览|点击)",
            "字号\\s*[:：]?\\s*[【\\[]?\\s*大\\s*中\\s*小",
            "字体\\s*[:：]?\\s*[【\\[]?\\s*大\\s*中\\s*小",
            "^[•·●▶►\\s]*(听全文|朗读全文|语音播报|语音朗读|我要朗读|播放全文)",
            "^(发布机构|发文机关|发文单位|发布单位|索引号|主题分类|公开方式|公开范围|公开时限|信息分类|体裁分类)\\s*[:：]",
            "[【\\[]\\s*大\\s*中\\s*小\\s*[】\\]]",
            "打印本页|打印此页|打印文章|关闭窗口|关闭本页|收藏本页|加入收藏|设为首页|返回顶部|返回首页|返回列表",
            "[【\\[]\\s*(打印|关闭|收藏|返回)\\s*[】\\]]",
            "^(上一篇|下一篇|上一条|下一条|上一页|下一页|上篇|下篇)",
            "^(相关(文章|链接|阅读|新闻|信息|推荐)|推荐阅读|热门(文章|推荐|资讯)|猜你喜欢|延伸阅读|分享到|分享至)",
            "版权所有|copyright|©|\\(c\\)\\s*\\d{4}|all rights reserved",
            "icp备|icp证|公网安备|网站标识码|网站识别码|政府网站找错|网站地图|xml地图|站点地图",
            "^(联系我们|关于我们|网站声明|免责声明|隐私政策|使用帮助|意见反馈|网站导航)",
            "扫一扫|扫码关注|关注我们|微信公众号|官方微博|手机扫描",
            "^(主办|承办|协办|技术支持|运营|维护|建设)(单位)?\\s*[:：]",
            "建议使用.{0,20}浏览器|最佳分辨率|分辨率\\s*\\d+"), Pattern.CASE_INSENSITIVE);
    private static final Pattern TRAILER = Pattern.compile(
            "(电话|热线|传真|邮编|邮箱|信箱|e-?mail|地址|qq)\\s*[:：]", Pattern.CASE_INSENSITIVE);
    private static final Pattern CLAIMED_DATE = Pattern.compile("(发布|发表|更新)?(日期|时间)\\s*[:：]");
    private static final int TRAILER_MAX_LENGTH = 60;

    private LocalDate claimedDate;

    /** The date the copying site's own 发布日期 line claims, if the last run saw one. */
    public LocalDate claimedDate() {
        return claimedDate;
    }

    @Override
    public List<String> apply(List<String> lines, RemovalLog log) {
        claimedDate = null;
        int signature = ChineseDates.signatureDateIndex(lines);
        int trailerStart = signature >= 0 ? signature + 1 : Math.max(0, lines.size() - lines.size() / 5);
        List<String> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String s = line.strip();
            boolean chrome = !s.isEmpty() && s.length() <= MAX_CHROME_LENGTH && ANYWHERE.matcher(s).find();
            if (!chrome && i >= trailerStart && !s.isEmpty() && s.length() <= TRAILER_MAX_LENGTH) {
                chrome = TRAILER.matcher(s).find();
            }
            if (chrome) {
                log.record(RemovalKind.CHROME, s);
                if (claimedDate == null && CLAIMED_DATE.matcher(s).find()) {
                    claimedDate = ChineseDates.find(s).orElse(null);
                }
            } else {
                out.add(line);
            }
        }
        return out;
    }
}
