package org.gongkai.integrity;

import org.gongkai.demo.FoundingDocumentSample;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Our own realistic notices, spoiled in every junk style and in combinations: the cleaner recovers the original
 * (character-level similarity ≥ 0.99) and the mirror matcher names the right original, with no false match.
 */
class TamperedVariantsTest {

    static final String[] ORIGINALS = {"01-enrollment", "02-budget", "03-sports", "04-safety", "05-disclosure-guide"};
    private static final Map<String, String> originals = new LinkedHashMap<>();
    private static final PageCleaner cleaner = new PageCleaner();
    private static final MirrorIndex index = new MirrorIndex();
    private static final MirrorMatcher matcher = new MirrorMatcher(cleaner);

    @BeforeAll
    static void load() throws IOException {
        for (String name : ORIGINALS) {
            String text = read("/integrity/originals/" + name + ".txt").strip();
            originals.put(name, text);
            index.add(name, text);
        }
        index.add("moe-2017-3", FoundingDocumentSample.foundingDocument().canonicalText());
    }

    static String read(String resource) throws IOException {
        try (InputStream in = TamperedVariantsTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static Map<String, UnaryOperator<String>> styles(long seed) {
        Map<String, UnaryOperator<String>> s = new LinkedHashMap<>();
        s.put("emoji", t -> Tamper.emoji(t, new Random(seed)));
        s.put("pinyin", t -> Tamper.pinyin(t, new Random(seed)));
        s.put("zero-width", t -> Tamper.invisible(t, new Random(seed)));
        s.put("traditional", Tamper::traditional);
        s.put("half-width", Tamper::halfWidth);
        s.put("spam", t -> Tamper.spam(t, new Random(seed)));
        s.put("chrome", Tamper::chrome);
        s.put("advert", Tamper::advert);
        s.put("split-title", Tamper::splitTitle);
        s.put("traditional+pinyin+emoji", t -> Tamper.emoji(Tamper.pinyin(Tamper.traditional(t), new Random(seed)), new Random(seed + 1)));
        s.put("spam+chrome+advert", t -> Tamper.advert(Tamper.chrome(Tamper.spam(t, new Random(seed)))));
        s.put("everything", t -> Tamper.advert(Tamper.chrome(Tamper.invisible(Tamper.emoji(Tamper.spam(
                Tamper.pinyin(Tamper.traditional(Tamper.halfWidth(Tamper.splitTitle(t))), new Random(seed)),
                new Random(seed + 1)), new Random(seed + 2)), new Random(seed + 3)))));
        return s;
    }

    @Test
    void cleanerRecoversEveryVariant() {
        List<String> failures = new ArrayList<>();
        double worst = 1;
        for (var original : originals.entrySet()) {
            for (var style : styles(original.getKey().hashCode()).entrySet()) {
                String spoiled = style.getValue().apply(original.getValue());
                CleanedDocument doc = cleaner.cleanText(spoiled);
                double sim = Similarity.of(original.getValue(), doc.canonicalText());
                worst = Math.min(worst, sim);
                if (sim < 0.99) {
                    failures.add(original.getKey() + " / " + style.getKey() + " " + sim + "\n" + doc.canonicalText());
                }
            }
        }
        System.out.println("worst cleaner similarity over variants: " + worst);
        assertThat(failures).isEmpty();
    }

    @Test
    void htmlVariantsInGbkAndGb18030() {
        for (var original : originals.entrySet()) {
            String html = Tamper.html(original.getValue());
            byte[] gbk = html.getBytes(Charset.forName("GBK"));
            CleanedDocument doc = cleaner.clean(gbk, "page.html");
            assertThat(doc.charset()).isEqualTo("GB18030");
            assertThat(Similarity.of(original.getValue(), doc.canonicalText())).as(original.getKey()).isGreaterThanOrEqualTo(0.99);

            String spoiled = Tamper.html(Tamper.emoji(Tamper.traditional(original.getValue()), new Random(7)));
            CleanedDocument doc2 = cleaner.clean(spoiled.getBytes(Charset.forName("GB18030")), "page.htm");
            assertThat(Similarity.of(original.getValue(), doc2.canonicalText())).as(original.getKey() + " gb18030")
                    .isGreaterThanOrEqualTo(0.99);
        }
    }

    @Test
    void gbkTextWithoutDeclarationIsDetected() {
        String text = originals.get("01-enrollment");
        CleanedDocument doc = cleaner.clean(text.getBytes(Charset.forName("GBK")), "notice.txt");
        assertThat(doc.charset()).isEqualTo("GB18030");
        assertThat(doc.title()).isEqualTo("关于做好2024年义务教育招生入学工作的通知");
        assertThat(doc.documentNumber()).isEqualTo("示教〔2024〕12号");
        CleanedDocument utf8 = cleaner.clean(text.getBytes(StandardCharsets.UTF_8), "notice.txt");
        assertThat(utf8.charset()).isEqualTo("UTF-8");
        assertThat(utf8.canonicalText()).isEqualTo(doc.canonicalText());
    }

    @Test
    void hostileHtmlNeverReachesTheOutput() {
        for (String original : originals.values()) {
            CleanedDocument doc = cleaner.clean(Tamper.html(original).getBytes(StandardCharsets.UTF_8), "x.html");
            String out = doc.canonicalText() + doc.title();
            assertThat(out).doesNotContain("<", ">", "alert", "onerror", "onclick", "onmouseover", "javascript:",
                    "steal", "evil", "injected", "document.cookie", "澳门葡京", "版权所有", "当前位置");
        }
    }

    @Test
    void legitimateWordsStay() {
        CleanedDocument sports = cleaner.cleanText(originals.get("03-sports"));
        assertThat(sports.canonicalText()).isEqualTo(originals.get("03-sports"));
        assertThat(sports.spamScore()).isZero();
        CleanedDocument safety = cleaner.cleanText(originals.get("04-safety"));
        assertThat(safety.canonicalText()).contains("严防学生接触网络赌博、电信诈骗等不良信息");
        assertThat(safety.canonicalText()).isEqualTo(originals.get("04-safety"));
        assertThat(cleaner.cleanText("人工智能(AI)与第五代移动通信(5G)在教育(jiào yù)中的应用，见条款(a)。").bodyText())
                .isEqualTo("人工智能（AI）与第五代移动通信（5G）在教育中的应用，见条款（a）。");
    }

    /** Styles that only frame or reflow the text: the copy is faithful. The others inject into the text. */
    static final java.util.Set<String> FAITHFUL = java.util.Set.of("half-width", "chrome", "advert", "split-title");

    @Test
    void mirrorNamesTheRightOriginalForEveryVariant() {
        List<String> failures = new ArrayList<>();
        for (var original : originals.entrySet()) {
            for (var style : styles(original.getKey().hashCode() + 1).entrySet()) {
                MirrorReport report = matcher.check(style.getValue().apply(original.getValue()).getBytes(StandardCharsets.UTF_8), null, index);
                MirrorVerdict expected = FAITHFUL.contains(style.getKey()) ? MirrorVerdict.IDENTICAL : MirrorVerdict.ALTERED_COPY;
                if (report.best() == null || !report.best().docId().equals(original.getKey())
                        || report.verdict() != expected
                        || (expected == MirrorVerdict.ALTERED_COPY && report.alterations().isEmpty())) {
                    failures.add(original.getKey() + " / " + style.getKey() + " → " + report.verdict() + " " + report.best());
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void theFoundingDocumentCopyIsRecognised() {
        MirrorReport report = matcher.check(FoundingDocumentSample.foundingDocumentBytes(), FoundingDocumentSample.FOUNDING_DOCUMENT_FILE, index);
        // the gambling site's copy has the same words, but in Traditional script and stuffed with emoji
        assertThat(report.verdict()).isEqualTo(MirrorVerdict.ALTERED_COPY);
        assertThat(report.best().docId()).isEqualTo("moe-2017-3");
        assertThat(report.differences()).isEmpty();
        assertThat(report.alterations()).extracting(RemovalSummary::kind)
                .contains(RemovalKind.EMOJI, RemovalKind.SCRIPT_CONVERTED);
    }

    @Test
    void unrelatedDocumentsAreNotOurs() throws IOException {
        for (String name : new String[]{"unrelated-1", "unrelated-2"}) {
            MirrorReport report = matcher.check(read("/integrity/" + name + ".txt").getBytes(StandardCharsets.UTF_8), null, index);
            assertThat(report.verdict()).as(name).isEqualTo(MirrorVerdict.NOT_OURS);
            assertThat(report.best()).isNull();
        }
        assertThat(index.match("今天天气很好，我们去公园散步吧。")).isEmpty();
    }

    @Test
    void alteredCopyShowsWhatChanged() {
        String original = originals.get("01-enrollment");
        String altered = original.replace("5月31日前", "6月30日前")
                .replace("四、加强信息公开。招生政策、划片范围、录取结果等信息要通过政府网站和学校公告栏及时公开，设立咨询电话，主动回应社会关切。\n", "")
                .replace("市直属各学校：\n", "市直属各学校：\n各校可自行组织入学测试。\n");
        MirrorReport report = matcher.check(Tamper.traditional(altered).getBytes(StandardCharsets.UTF_8), null, index);
        assertThat(report.verdict()).isEqualTo(MirrorVerdict.ALTERED_COPY);
        assertThat(report.best().docId()).isEqualTo("01-enrollment");
        assertThat(report.differences()).extracting(MirrorDifference::kind)
                .contains(MirrorDifference.Kind.CHANGED, MirrorDifference.Kind.INSERTED, MirrorDifference.Kind.DELETED);
        assertThat(report.differences()).anySatisfy(d -> {
            assertThat(d.original()).isEqualTo("5月31");
            assertThat(d.copy()).isEqualTo("6月30");
            assertThat(d.significance()).isEqualTo(MirrorDifference.Significance.DATE);
        });
        assertThat(report.differences()).anySatisfy(d -> assertThat(d.original()).contains("加强信息公开"));
        assertThat(report.differences()).anySatisfy(d -> assertThat(d.copy()).contains("自行组织入学测试"));
    }

    @Test
    void anExcerptIsAnAlteredCopy() {
        String excerpt = "三、答复期限。本机关收到政府信息公开申请，能够当场答复的，当场予以答复；不能当场答复的，自收到申请之日起20个工作日内予以答复。";
        MirrorReport report = matcher.check(excerpt.getBytes(StandardCharsets.UTF_8), null, index);
        assertThat(report.verdict()).isEqualTo(MirrorVerdict.ALTERED_COPY);
        assertThat(report.best().docId()).isEqualTo("05-disclosure-guide");
    }
}
