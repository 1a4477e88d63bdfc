package org.gongkai.integrity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The clean import over a corpus of tampered pages built from clean texts (issue 15): nothing of the spam is
 * kept without a flag, and the original text is kept — including a 印发 notice's cover letter.
 */
class CleanImportCorpusTest {

    static final PageCleaner cleaner = new PageCleaner();

    static ImportCorpus.Cleaned clean(ImportCorpus.Page p) {
        CleanedDocument d = cleaner.clean(p.bytes(), p.fileName());
        return new ImportCorpus.Cleaned(d.canonicalText(), d.removals().stream()
                .filter(r -> r.kind().isFlag()).map(Removal::text).toList());
    }

    @Test
    void noPageKeepsSpamUnflaggedAndTheOriginalTextIsKept() {
        ImportCorpus.Score score = ImportCorpus.score(CleanImportCorpusTest::clean);
        System.out.printf("import corpus: %d pages, no residue %.1f%%, original kept %.2f%%%n", score.pages(),
                score.noResidueShare() * 100, score.kept() * 100);
        assertThat(score.residues()).isEmpty();
        assertThat(score.kept()).isGreaterThanOrEqualTo(0.99);
    }

    @Test
    void theCoverLetterOfAnIssuingNoticeIsPartOfTheDocument() {
        String page = "示范市中小学校课后服务管理办法\n" + ImportCorpus.COVER;
        CleanedDocument d = cleaner.cleanText(page);
        assertThat(d.title()).isEqualTo("关于印发《示范市中小学校课后服务管理办法》的通知");
        assertThat(d.documentNumber()).isEqualTo("示教〔2024〕9号");
        assertThat(d.canonicalText()).contains("各区（县）教育局，市直属各学校：")
                .contains("现将《示范市中小学校课后服务管理办法》印发给你们").contains("示范市财政局")
                .contains("2024年3月5日").contains("第一条");
    }

    @Test
    void substitutedDomainsBrandsAndUnrepairableMojibakeAreFlaggedNotKeptSilently() {
        CleanedDocument domain = cleaner.cleanText(ImportCorpus.COVER.replace("www.shifan.gov.cn", "www.6688ty.com"));
        assertThat(domain.removals()).anySatisfy(r -> {
            assertThat(r.kind()).isEqualTo(RemovalKind.DOMAIN);
            assertThat(r.text()).isEqualTo("www.6688ty.com");
        });
        assertThat(cleaner.cleanText(ImportCorpus.COVER).count(RemovalKind.DOMAIN)).isZero();

        CleanedDocument brand = cleaner.cleanText(ImportCorpus.COVER.replace("示范市教育局", "星辉娱乐"));
        assertThat(brand.removals()).anySatisfy(r -> {
            assertThat(r.kind()).isEqualTo(RemovalKind.BRAND);
            assertThat(r.text()).isEqualTo("星辉娱乐");
        });

        String line = "第二条　课后服务坚持学生自愿参加原则，不得强制或变相强制学生参加。";
        String mojibake = new String(line.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                java.nio.charset.Charset.forName("GB18030"));
        CleanedDocument repaired = cleaner.cleanText(ImportCorpus.COVER.replace(line, mojibake));
        assertThat(repaired.canonicalText()).contains("课后服务坚持学生自愿参加原则");
        assertThat(repaired.count(RemovalKind.MOJIBAKE_REPAIRED)).isPositive();

        CleanedDocument broken = cleaner.cleanText(ImportCorpus.COVER.replace(line, "第二条　课后\uFFFD\uFFFD\uFFFD服务"));
        assertThat(broken.count(RemovalKind.MOJIBAKE)).isPositive();
    }

    @Test
    void aSchoolTimetableIsNotAHeadlineBlock() {
        String notice = "关于举办2024年中小学生运动会的通知\n各学校：\n现将有关事项通知如下。\n时间：9:00-11:30\n"
                + "地点：市体育中心主场馆\n项目：篮球、足球、田径\n示范市教育局\n2024年4月1日";
        CleanedDocument d = cleaner.cleanText(notice);
        assertThat(d.count(RemovalKind.HEADLINES)).isZero();
        assertThat(d.canonicalText()).contains("时间：9:00-11:30").contains("地点：市体育中心主场馆");
    }

    @Test
    void aPornKeywordHeaderDoesNotScoreZero() {
        CleanedDocument d = cleaner.cleanText("成人视频 黄色网站 裸聊 约炮 一夜情 av在线\n" + ImportCorpus.COVER);
        assertThat(d.spamScore()).isGreaterThan(0.0);
        assertThat(d.canonicalText()).doesNotContain("成人视频");
    }
}
