package org.gongkai.integrity;

import org.gongkai.demo.FoundingDocumentSample;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Acceptance: the founding document as found re-posted by a gambling site comes out clean. The sample is a copy
 * of ../shared/samples/tampered-copy-moe-2017-3.txt kept in test resources so the test is self-contained.
 */
class FoundingDocumentCleaningTest {

    private static final String[] ARTICLES = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二",
            "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十"};
    private static CleanedDocument doc;

    @BeforeAll
    static void clean() throws IOException {
        try (InputStream in = FoundingDocumentCleaningTest.class.getResourceAsStream("/integrity/tampered-copy-moe-2017-3.txt")) {
            doc = new PageCleaner().clean(in.readAllBytes(), "tampered-copy-moe-2017-3.txt");
        }
    }

    @Test
    void metadataIsTheDocumentsOwn() {
        assertThat(doc.title()).isEqualTo("教育部办公厅关于全面推进政务公开工作的实施意见");
        assertThat(doc.documentNumber()).isEqualTo("教办厅〔2017〕3号");
        assertThat(doc.issuer()).isEqualTo("教育部办公厅");
        assertThat(doc.writtenDate()).isEqualTo(LocalDate.of(2017, 4, 10));
        assertThat(doc.copyClaimedDate()).isEqualTo(LocalDate.of(2023, 9, 14));
        assertThat(doc.charset()).isEqualTo("UTF-8");
        assertThat(doc.originalSha256()).hasSize(64);
    }

    @Test
    void allTwentyNumberedArticlesUnderFiveHeadingsInOrder() {
        List<String> p = doc.paragraphs();
        int last = -1;
        for (String n : ARTICLES) {
            int at = indexStartingWith(p, "（" + n + "）");
            assertThat(at).as("article （%s）", n).isGreaterThan(last);
            last = at;
        }
        assertThat(p.stream().filter(s -> s.matches("^（[一二三四五六七八九十]+）.*")).count()).isEqualTo(20);
        int heading = -1;
        for (String n : new String[]{"一、总体要求和目标任务", "二、推进教育政务阳光透明", "三、扩大教育政务开放参与",
                "四、提升教育政务公开能力", "五、强化组织保障"}) {
            int at = p.indexOf(n);
            assertThat(at).as(n).isGreaterThan(heading);
            heading = at;
        }
        assertThat(p.get(0)).isEqualTo("各省、自治区、直辖市教育厅（教委），新疆生产建设兵团教育局，部属各高等学校，部内各司局、各直属单位：");
        assertThat(p.get(p.size() - 1)).isEqualTo("各省级教育行政部门要结合实际做好意见落实工作。教育部直属高等学校、直属事业单位参照执行。");
        assertThat(p).hasSize(28);
        assertThat(p).contains("（一）深刻认识推进政务公开工作的重要性。公开透明是法治政府的基本特征。全面推进政务公开，让权力在阳光下运行，"
                + "对于发展社会主义民主政治，提升国家治理能力，增强政府部门公信力执行力，保障人民群众知情权、参与权、表达权、监督权具有重要意义。"
                + "教育系统要充分认识全面推进政务公开的重要性，将政务公开作为推进教育治理体系和治理能力现代化的一个重要手段，"
                + "全面推进决策、执行、管理、服务、结果全过程公开，把政务公开工作抓紧、抓实、抓好。");
    }

    @Test
    void simplifiedWithoutEmojiChromeOrAdvertisement() {
        String all = doc.canonicalText();
        assertThat(all).doesNotContainPattern(Pattern.compile("[\\x{1F000}-\\x{1FAFF}\\x{2600}-\\x{27BF}\\x{FE0F}\\x{200D}]"));
        for (String junk : new String[]{"6688", "体育", "当前位置", "首页", "来源", "阅读", "发布日期", "版权所有", "Copyright",
                "ICP", "公网安备", "电话", "官网", "注册", "欢迎您", "2023年9月14日"}) {
            assertThat(all).as(junk).doesNotContain(junk);
        }
        for (String traditional : new String[]{"教育部辦公廳", "關於", "發", "製", "於", "臺", "誌", "註", "華", "為"}) {
            assertThat(all).as(traditional).doesNotContain(traditional);
        }
        assertThat(all).contains("以习近平同志为核心", "社会关注度高", "制度", "在线咨询", "互联网+政务服务", "教育建议提案办理答复");
        assertThat(all).doesNotContain(",", ":", "(", ")");
    }

    @Test
    void reportsRemovalsAndScores() {
        assertThat(doc.count(RemovalKind.EMOJI)).isGreaterThan(100);
        assertThat(doc.count(RemovalKind.CHROME)).isGreaterThanOrEqualTo(5);
        assertThat(doc.count(RemovalKind.ADVERTISEMENT)).isGreaterThanOrEqualTo(1);
        assertThat(doc.count(RemovalKind.SCRIPT_CONVERTED)).isGreaterThan(500);
        assertThat(doc.removalSummary()).extracting(RemovalSummary::kind)
                .contains(RemovalKind.EMOJI, RemovalKind.CHROME, RemovalKind.ADVERTISEMENT, RemovalKind.SCRIPT_CONVERTED);
        assertThat(doc.spamScore()).isBetween(0.3, 1.0);
        assertThat(doc.tamperScore()).isGreaterThan(0.5);
    }

    @Test
    void theBundledSampleIsTheSameFile() throws IOException {
        try (InputStream main = FoundingDocumentSample.class.getResourceAsStream("/demo/tampered-copy-moe-2017-3.txt");
             InputStream test = getClass().getResourceAsStream("/integrity/tampered-copy-moe-2017-3.txt")) {
            assertThat(main.readAllBytes()).isEqualTo(test.readAllBytes());
        }
        assertThat(FoundingDocumentSample.foundingDocument().title()).isEqualTo(doc.title());
    }

    private static int indexStartingWith(List<String> list, String prefix) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }
}
