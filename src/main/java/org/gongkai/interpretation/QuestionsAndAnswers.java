package org.gongkai.interpretation;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The question and answer pairs of a Q&A interpretation's body: a block starting 问：(or 问题N：, Q:) opens a question,
 * one starting 答：(A:) its answer; blocks after an answer continue it. The body is the published, sanitised HTML.
 */
final class QuestionsAndAnswers {

    record Pair(String question, String answer) {
    }

    private static final Pattern QUESTION = Pattern.compile("^(?:问题?[一二三四五六七八九十0-9]*|Q\\d*)\\s*[：:.、]\\s*(.*)$",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern ANSWER = Pattern.compile("^(?:答|A)\\s*[：:.、]\\s*(.*)$",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

    private QuestionsAndAnswers() {
    }

    static List<Pair> of(String bodyHtml) {
        List<Pair> pairs = new ArrayList<>();
        if (bodyHtml == null || bodyHtml.isBlank()) {
            return pairs;
        }
        String question = null;
        StringBuilder answer = null;
        for (Element block : Jsoup.parseBodyFragment(bodyHtml).body().select("p, h2, h3, h4, h5, h6, dt, dd, li")) {
            String text = block.text().strip();
            if (text.isEmpty()) {
                continue;
            }
            Matcher q = QUESTION.matcher(text);
            Matcher a = ANSWER.matcher(text);
            if (q.matches()) {
                add(pairs, question, answer);
                question = q.group(1).strip();
                answer = null;
            } else if (a.matches() && question != null) {
                answer = new StringBuilder(a.group(1).strip());
            } else if (answer != null) {
                answer.append('\n').append(text);
            }
        }
        add(pairs, question, answer);
        return pairs;
    }

    private static void add(List<Pair> pairs, String question, StringBuilder answer) {
        if (question != null && !question.isEmpty() && answer != null && !answer.isEmpty()) {
            pairs.add(new Pair(question, answer.toString()));
        }
    }
}
