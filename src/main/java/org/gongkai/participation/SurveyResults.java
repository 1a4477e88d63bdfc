package org.gongkai.participation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * The results of a survey: per question, how many responses answered it and, for a choice question, how many chose
 * each option with its share of those who answered the question (so the shares of a multiple-choice question may add
 * up to more than 100 %), and the geometry of a bar chart drawn on the server. Free-text answers appear only as given
 * ({@code texts}: all of them for staff, only those a person published for the public).
 */
record SurveyResults(long responses, List<QuestionResult> questions) {

    static final int CHART_WIDTH = 400;
    static final int BAR_SPACE = 320;
    static final int ROW = 34;

    record QuestionResult(Survey.Question question, long answered, List<OptionResult> options,
                          List<SurveyStore.TextAnswer> texts, String mean) {

        /** The chart's height in its own units. */
        public int chartHeight() {
            return Math.max(ROW, options.size() * ROW);
        }

        public int chartWidth() {
            return CHART_WIDTH;
        }
    }

    /** An option's count and share, and its bar: label at {@code labelY}, bar at {@code barY}, length {@code length}. */
    record OptionResult(String label, long count, String percent, int labelY, int barY, int length, int valueX) {
    }

    static SurveyResults of(Survey s, long responses, Map<Long, Long> answered, Map<Long, Long> chosen,
                            List<SurveyStore.TextAnswer> texts) {
        List<QuestionResult> qs = s.questions().stream().map(q -> {
            long n = answered.getOrDefault(q.id(), 0L);
            long most = q.options().stream().mapToLong(o -> chosen.getOrDefault(o.id(), 0L)).max().orElse(0);
            List<OptionResult> options = new java.util.ArrayList<>();
            for (int i = 0; i < q.options().size(); i++) {
                Survey.Option o = q.options().get(i);
                long c = chosen.getOrDefault(o.id(), 0L);
                int length = most == 0 ? 0 : (int) Math.round(c * (double) BAR_SPACE / most);
                options.add(new OptionResult(o.label(), c, percent(c, n), i * ROW + 12, i * ROW + 16, length,
                        length + 4));
            }
            String mean = null;
            if (q.kind() == SurveyQuestionKind.RATING) {
                long sum = q.options().stream().mapToLong(o -> Long.parseLong(o.label()) * chosen.getOrDefault(o.id(), 0L)).sum();
                mean = n == 0 ? "–" : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP).toPlainString();
            }
            return new QuestionResult(q, n, List.copyOf(options),
                    texts.stream().filter(t -> t.questionId() == q.id()).toList(), mean);
        }).toList();
        return new SurveyResults(responses, qs);
    }

    /** {@code part} of {@code whole} as a percentage with one decimal, half up; 0.0 % of nothing. */
    static String percent(long part, long whole) {
        if (whole == 0) {
            return "0.0%";
        }
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP) + "%";
    }
}
