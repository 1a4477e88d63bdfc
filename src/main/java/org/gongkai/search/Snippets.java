package org.gongkai.search;

import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Highlighted titles and snippets. The stored text is escaped as HTML first (the formatter's escape mode), and only
 * then are the matches wrapped in {@code <mark>}: a title holding {@code <script>} is shown, never run.
 */
final class Snippets {

    private static final int SNIPPET_CHARS = 120;
    private static final String[] FIELDS = {Fields.BODY, Fields.ATTACHMENTS};

    record Highlighted(String[] titles, String[] bodies, String[] attachments) {
    }

    Highlighted highlight(IndexSearcher searcher, Query query, TopDocs page) {
        if (page.scoreDocs.length == 0) {
            return new Highlighted(new String[0], new String[0], new String[0]);
        }
        try {
            String[] titles = UnifiedHighlighter.builder(searcher, ChineseAnalysis.analyzer())
                    .withFormatter(formatter())
                    .withMaskedFieldsFunc(Snippets::withBigrams)
                    .withBreakIterator(WholeBreakIterator::new)
                    .withMaxLength(2_000)
                    .build()
                    .highlight(Fields.TITLE, query, page, 1);
            Map<String, String[]> texts = UnifiedHighlighter.builder(searcher, ChineseAnalysis.analyzer())
                    .withFormatter(formatter())
                    .withMaskedFieldsFunc(Snippets::withBigrams)
                    .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                            BreakIterator.getSentenceInstance(Locale.CHINA), SNIPPET_CHARS, 0.3f))
                    .withMaxLength(200_000)
                    .build()
                    .highlightFields(FIELDS, query, page, new int[]{2, 2});
            return new Highlighted(titles, texts.get(Fields.BODY), texts.get(Fields.ATTACHMENTS));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A stored field is highlighted where its words or its bigram twin matched. */
    private static Set<String> withBigrams(String field) {
        return Set.of(Fields.grams(field));
    }

    private static DefaultPassageFormatter formatter() {
        return new DefaultPassageFormatter("<mark>", "</mark>", "… ", true);
    }

    /** The body's snippet when it holds a match, else the attachments', else the start of the body. */
    static String choose(String body, String attachments) {
        if (body != null && body.contains("<mark>")) {
            return body;
        }
        if (attachments != null && attachments.contains("<mark>")) {
            return attachments;
        }
        return body != null ? body : attachments == null ? "" : attachments;
    }
}
