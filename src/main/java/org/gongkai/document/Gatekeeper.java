package org.gongkai.document;

import org.gongkai.platform.web.ConflictException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Asks every {@link PublicationGate} about an edition and refuses with the list of what blocks it. */
@Component
class Gatekeeper {

    private static final int SHOWN = 20;

    private final List<PublicationGate> gates;
    private final MessageSource messages;

    Gatekeeper(List<PublicationGate> gates, MessageSource messages) {
        this.gates = gates;
        this.messages = messages;
    }

    void requireClear(DocumentRef doc, Edition edition, PublicationGate.Stage stage) {
        PublicationGate.Check check = new PublicationGate.Check(doc.id(), edition.id(), edition.revisionId(),
                doc.organisationId(), stage);
        List<GateBlocker> blockers = new ArrayList<>();
        for (PublicationGate gate : gates) {
            blockers.addAll(gate.blockers(check));
        }
        if (!blockers.isEmpty()) {
            throw new ConflictException(stage == PublicationGate.Stage.APPROVE ? "workflow.blocked.approve"
                    : "workflow.blocked.publish", blockers.size(), describe(blockers));
        }
    }

    private String describe(List<GateBlocker> blockers) {
        var locale = LocaleContextHolder.getLocale();
        String listed = blockers.stream().limit(SHOWN)
                .map(b -> messages.getMessage(b.whatKey(), null, b.whatKey(), locale) + " · "
                        + messages.getMessage(b.whereKey(), b.whereArgs().toArray(), b.whereKey(), locale))
                .collect(Collectors.joining("; "));
        return blockers.size() > SHOWN ? listed + "; …" : listed;
    }
}
