package org.gongkai.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HighlighterTest {

    private static Highlighter query(String q) {
        return Highlighter.of(QueryText.parse(q));
    }

    @Test
    void marksEveryRunOfTheQueryInTheTitleAndEscapesTheRest() {
        String html = query("学区 划分").whole("<b>清溪县</b>学区划分方案（学区）");
        assertThat(html).isEqualTo("&lt;b&gt;清溪县&lt;/b&gt;<mark>学区</mark><mark>划分</mark>方案（<mark>学区</mark>）");
    }

    @Test
    void findsTraditionalFullWidthAndUpperCaseTextWithASimplifiedLowerCaseQuery() {
        assertThat(query("关于 pdf").whole("關於ＰＤＦ附件")).isEqualTo("<mark>關於</mark><mark>ＰＤＦ</mark>附件");
        assertThat(query("開關於").whole("工作开关于世")).isEqualTo("工作<mark>开关于</mark>世");
    }

    @Test
    void theLongestRunWinsWhereRunsOverlap() {
        assertThat(query("学区 学区划分方案").whole("学区划分方案")).isEqualTo("<mark>学区划分方案</mark>");
    }

    @Test
    void aSnippetIsAPassageAroundTheFirstMatchStartingAfterASentenceEnd() {
        String body = "第一句与此无关。".repeat(20) + "第二句讲学区划分，并且很长" + "。后文".repeat(60);
        String s = query("学区划分").snippet(body);
        assertThat(s).startsWith("… 第二句讲<mark>学区划分</mark>").endsWith("…");
        assertThat(s.replace("<mark>", "").replace("</mark>", "").length()).isLessThan(Highlighter.SNIPPET_CHARS + 10);
    }

    @Test
    void aSecondPassageShowsALaterMatchBeyondTheFirst() {
        String body = "学区" + "无关文字".repeat(100) + "划分" + "其他".repeat(100);
        String s = query("学区 划分").snippet(body);
        assertThat(s).startsWith("<mark>学区</mark>").contains("… ").contains("<mark>划分</mark>");
    }

    @Test
    void withoutAMatchTheSnippetIsTheStartOfTheText() {
        assertThat(query("招生").snippet("全文".repeat(100))).startsWith("全文全文").endsWith("…").doesNotContain("<mark>");
        assertThat(query("招生").snippet(null)).isNull();
        assertThat(query("招生").snippet("<script>x</script>")).isEqualTo("&lt;script&gt;x&lt;/script&gt;");
    }

    @Test
    void aQuotedPhraseIsMarkedWhole() {
        assertThat(query("\"课后服务\"").whole("课后服务与课后")).isEqualTo("<mark>课后服务</mark>与课后");
    }
}
