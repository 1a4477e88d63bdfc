package org.gongkai.document;

import org.gongkai.platform.web.ConflictException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Asks every {@link PublicationGate} about an edition and refuses with the list of what blocks it.
 *
 * <p>Every gate that can stop an edition on its way to the public, in the order it is checked (ADR 0021; whitehall's
 * {@code EditionPublisher#failure_reasons} is the model):
 * <table>
 * <caption>Gates</caption>
 * <tr><th>action</th><th>gate</th><th>refusal</th><th>where</th></tr>
 * <tr><td>approve</td><td>the user is a reviewer of the organisation</td><td>403</td><td>{@link ReviewEdition#underReview}</td></tr>
 * <tr><td>approve</td><td>the user wrote no revision of the edition</td><td>403 {@code workflow.reviewerIsAuthor}</td><td>same</td></tr>
 * <tr><td>approve</td><td>the edition is submitted</td><td>409 {@code workflow.wrongStatus}</td><td>same</td></tr>
 * <tr><td>approve</td><td>every {@link PublicationGate} (screening: no open finding)</td><td>409 {@code workflow.blocked.approve}</td><td>here</td></tr>
 * <tr><td>approve</td><td>the redaction {@link ApprovalRedactions} ask for is complete, and the gates pass the redacted revision</td><td>409 {@code redaction.incomplete}, {@code workflow.blocked.approve}</td><td>{@link RedactEdition}, here</td></tr>
 * <tr><td>publish, schedule</td><td>the user is a publisher of the organisation (not for a scheduled run)</td><td>403</td><td>{@link PublishEdition}</td></tr>
 * <tr><td>publish, schedule</td><td>the edition is approved (or scheduled and due)</td><td>409 {@code workflow.wrongStatus}</td><td>same</td></tr>
 * <tr><td>publish, schedule</td><td>every {@link PublicationGate} (the screening runs again: today's negative list)</td><td>409 {@code workflow.blocked.publish}</td><td>here</td></tr>
 * </table>
 */
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
