package org.gongkai.interpretation;

import org.gongkai.document.GateBlocker;
import org.gongkai.document.PublicationGate;
import org.gongkai.document.PublishedDocuments;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Holds a major policy back from publication until one of its interpretations is public (published before, or
 * earlier in the same transaction by {@link MajorPolicies#publishTogether}), unless an exception was recorded. Other
 * documents pass untouched; approval is not held back (the interpretation is prepared alongside).
 */
@Component
class MajorPolicyGate implements PublicationGate {

    private final MajorPolicyStore store;
    private final InterpretationStore links;
    private final PublishedDocuments published;

    MajorPolicyGate(MajorPolicyStore store, InterpretationStore links, PublishedDocuments published) {
        this.store = store;
        this.links = links;
        this.published = published;
    }

    @Override
    public List<GateBlocker> blockers(Check check) {
        if (check.stage() != Stage.PUBLISH) {
            return List.of();
        }
        MajorPolicy major = store.find(check.documentId()).orElse(null);
        if (major == null || major.hasException()) {
            return List.of();
        }
        List<Long> interpretations = links.ofPolicy(check.documentId()).stream().map(Interpretation::documentId)
                .toList();
        if (!published.publishedAmong(interpretations).isEmpty()) {
            return List.of();
        }
        return List.of(new GateBlocker("interp.gate.major", "interp.gate.where", List.of()));
    }
}
