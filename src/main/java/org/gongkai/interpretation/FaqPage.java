package org.gongkai.interpretation;

import tools.jackson.databind.json.JsonMapper;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** schema.org {@code FAQPage} JSON-LD, escaped to be safe inside {@code <script type="application/ld+json">}. */
final class FaqPage {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private FaqPage() {
    }

    /** The markup, or null when there is no pair (an empty FAQPage is invalid for consumers). */
    static String jsonLd(String url, String title, List<QuestionsAndAnswers.Pair> pairs) {
        if (pairs.isEmpty()) {
            return null;
        }
        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@context", "https://schema.org");
        ld.put("@type", "FAQPage");
        ld.put("@id", url + "#faq");
        ld.put("url", url);
        ld.put("name", title);
        ld.put("inLanguage", "zh-CN");
        ld.put("mainEntity", pairs.stream().map(p -> Map.of("@type", "Question", "name", p.question(),
                "acceptedAnswer", Map.of("@type", "Answer", "text", p.answer()))).toList());
        return JSON.writeValueAsString(ld).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
