package org.gongkai.integrity;

import org.gongkai.integrity.MirrorDifference.Kind;
import org.gongkai.integrity.MirrorDifference.Significance;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Similarity picks which published document a copy is; fidelity is exact (issue 15): a copy with a few characters
 * changed is never IDENTICAL, and each difference is shown in place, figures, dates and negations first.
 */
class MirrorFidelityTest {

    static final String TABLE = """
            示范县教育局2025年政府信息公开工作年度报告
            一、主动公开政府信息情况
            信息内容\t本年制发件数\t本年废止件数\t现行有效件数
            规章\t0\t0\t0
            行政规范性文件\t12\t3\t45
            二、收到和处理政府信息公开申请情况
            本年新收政府信息公开申请数量为136件，其中不予公开的8件。
            涉及国家秘密的信息不公开，依法确定为主动公开的信息应当在20个工作日内公开。
            请于2025年12月31日前报送年度报告。
            示范县教育局
            2026年1月20日""";

    final PageCleaner cleaner = new PageCleaner();
    final MirrorMatcher matcher = new MirrorMatcher(cleaner);

    MirrorIndex index() {
        MirrorIndex index = new MirrorIndex();
        index.add("report", TABLE);
        return index;
    }

    MirrorReport check(String copy) {
        return matcher.check(copy.getBytes(StandardCharsets.UTF_8), "copy.txt", index());
    }

    @Test
    void theExactCopyIsIdenticalWhateverItsSpacingWidthAndLineBreaks() {
        assertThat(check(TABLE).verdict()).isEqualTo(MirrorVerdict.IDENTICAL);
        String reflowed = TABLE.replace("，", ",").replace("二、收到和处理政府信息公开申请情况\n", "二、收到和处理政府信息公开申请情况 ")
                .replace("\t", "   ");
        MirrorReport report = check(reflowed);
        assertThat(report.verdict()).isEqualTo(MirrorVerdict.IDENTICAL);
        assertThat(report.differences()).isEmpty();
    }

    @Test
    void aChangedFigureInATableIsAltered() {
        MirrorReport report = check(TABLE.replace("行政规范性文件\t12\t3\t45", "行政规范性文件\t12\t3\t46"));
        assertThat(report.verdict()).isEqualTo(MirrorVerdict.ALTERED_COPY);
        assertThat(report.best().docId()).isEqualTo("report");
        assertThat(report.differences()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(Kind.CHANGED);
            assertThat(d.original()).isEqualTo("45");
            assertThat(d.copy()).isEqualTo("46");
            assertThat(d.significance()).isEqualTo(Significance.FIGURE);
            assertThat(d.before()).endsWith("行政规范性文件123");
        });
        assertThat(report.highlighted()).hasSize(1);
        assertThat(report.sideBySide()).anySatisfy(r -> assertThat(r.changed()).isTrue());
    }

    @Test
    void aDroppedNegationIsAlteredAndHighlighted() {
        MirrorReport report = check(TABLE.replace("涉及国家秘密的信息不公开", "涉及国家秘密的信息公开"));
        assertThat(report.verdict()).isEqualTo(MirrorVerdict.ALTERED_COPY);
        assertThat(report.differences()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(Kind.DELETED);
            assertThat(d.original()).isEqualTo("不");
            assertThat(d.after()).startsWith("公开");
            assertThat(d.significance()).isEqualTo(Significance.NEGATION);
            assertThat(d.line()).isEqualTo(8);
        });
    }

    @Test
    void aChangedYearOrDeadlineIsAltered() {
        MirrorReport year = check(TABLE.replace("2025年12月31日前", "2026年12月31日前"));
        assertThat(year.verdict()).isEqualTo(MirrorVerdict.ALTERED_COPY);
        assertThat(year.differences()).singleElement().satisfies(d -> {
            assertThat(d.original()).isEqualTo("2025");
            assertThat(d.copy()).isEqualTo("2026");
            assertThat(d.significance()).isEqualTo(Significance.DATE);
        });
        MirrorReport deadline = check(TABLE.replace("20个工作日", "60个工作日"));
        assertThat(deadline.verdict()).isEqualTo(MirrorVerdict.ALTERED_COPY);
        assertThat(deadline.differences()).singleElement().satisfies(d -> {
            assertThat(d.original()).isEqualTo("20");
            assertThat(d.copy()).isEqualTo("60");
            assertThat(d.significance()).isEqualTo(Significance.FIGURE);
        });
    }

    @Test
    void figuresDatesAndNegationsAreHighlightedBeforeOtherText() {
        MirrorReport report = check(TABLE.replace("示范县教育局2025年政府", "示范县教育局2025年度政府")
                .replace("其中不予公开的8件", "其中予以公开的8件").replace("136件", "163件"));
        assertThat(report.verdict()).isEqualTo(MirrorVerdict.ALTERED_COPY);
        assertThat(report.differences()).hasSize(3);
        assertThat(report.highlighted()).extracting(MirrorDifference::significance)
                .containsExactly(Significance.NEGATION, Significance.FIGURE);
    }

    @Test
    void injectedJunkIsReportedForWhatItIsAndTheCopyIsNotIdentical() {
        String emoji = Tamper.emoji(TABLE, new Random(3));
        MirrorReport e = check(emoji);
        assertThat(e.verdict()).isEqualTo(MirrorVerdict.ALTERED_COPY);
        assertThat(e.findings()).extracting(RemovalSummary::kind).contains(RemovalKind.EMOJI);

        MirrorReport traditional = check(Tamper.traditional(TABLE));
        assertThat(traditional.verdict()).isEqualTo(MirrorVerdict.ALTERED_COPY);
        assertThat(traditional.findings()).extracting(RemovalSummary::kind).contains(RemovalKind.SCRIPT_CONVERTED);

        MirrorReport pinyin = check(Tamper.pinyin(TABLE, new Random(5)));
        assertThat(pinyin.findings()).extracting(RemovalSummary::kind).contains(RemovalKind.PINYIN);

        MirrorReport words = check(Tamper.spam(TABLE, new Random(1)));
        assertThat(words.verdict()).isEqualTo(MirrorVerdict.ALTERED_COPY);
        assertThat(words.findings()).extracting(RemovalSummary::kind).contains(RemovalKind.SPAM_TOKEN);

        MirrorReport domain = check(TABLE.replace("请于", "详见 www.6688ty.com ，请于"));
        assertThat(domain.verdict()).isEqualTo(MirrorVerdict.ALTERED_COPY);
        assertThat(domain.findings()).extracting(RemovalSummary::kind).contains(RemovalKind.DOMAIN);
    }
}
