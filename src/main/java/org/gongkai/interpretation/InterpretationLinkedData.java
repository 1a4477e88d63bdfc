package org.gongkai.interpretation;

import org.gongkai.portal.DocumentLinkedData;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Interpretations in the policy page's own JSON-LD: a policy's public interpretations as {@code subjectOf} (works
 * about it), and on an interpretation's page the policies it explains as {@code about}. Only what
 * {@link PublicInterpretations} answers, so nothing unpublished is named.
 */
@Component
class InterpretationLinkedData implements DocumentLinkedData {

    private final PublicInterpretations interpretations;
    private final MessageSource messages;

    InterpretationLinkedData(PublicInterpretations interpretations, MessageSource messages) {
        this.interpretations = interpretations;
        this.messages = messages;
    }

    @Override
    public Map<String, Object> properties(long documentId, String baseUrl) {
        Map<String, Object> ld = new LinkedHashMap<>();
        List<PublicInterpretations.Listed> listed = interpretations.forPolicy(documentId);
        if (!listed.isEmpty()) {
            ld.put("subjectOf", listed.stream().map(l -> work(l, baseUrl)).toList());
        }
        List<PublicInterpretations.Explained> explained = interpretations.explainedBy(documentId);
        if (!explained.isEmpty()) {
            ld.put("about", explained.stream().map(e -> {
                Map<String, Object> policy = new LinkedHashMap<>();
                policy.put("@id", baseUrl + "/documents/" + e.policyDocumentId());
                policy.put("url", baseUrl + "/documents/" + e.policyDocumentId());
                policy.put("name", e.policyTitle());
                return policy;
            }).toList());
        }
        return ld;
    }

    private Map<String, Object> work(PublicInterpretations.Listed l, String baseUrl) {
        Map<String, Object> w = new LinkedHashMap<>();
        w.put("@type", switch (l.form()) {
            case QA -> "FAQPage";
            case VIDEO -> "VideoObject";
            case AUDIO -> "AudioObject";
            default -> "Article";
        });
        String url = baseUrl + "/documents/" + l.documentId();
        w.put("@id", url);
        w.put("url", url);
        w.put("name", l.title());
        w.put("genre", messages.getMessage(l.form().labelKey(), null, Locale.SIMPLIFIED_CHINESE));
        if (l.publishDate() != null) {
            w.put("datePublished", l.publishDate().toString());
        }
        w.put("author", Map.of("@type", l.interpreter() == Interpreter.EXPERT ? "Person" : "Organization",
                "name", l.interpreterName()));
        if (l.mediaUrl() != null) {
            w.put("contentUrl", l.mediaUrl());
        }
        return w;
    }
}
