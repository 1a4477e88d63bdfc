package org.gongkai.report;

/** The sections people write: 一、总体情况, 五、存在的主要问题及改进情况, 六、其他需要报告的事项 (plain text, paragraphs). */
public record Narratives(String overview, String problems, String otherMatters) {

    public static final Narratives EMPTY = new Narratives("", "", "");

    public static final int MAX_LENGTH = 20_000;
}
