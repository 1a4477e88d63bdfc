package org.gongkai.document;

import java.util.List;

/**
 * Something that may hold an edition back from approval or publication (the confidentiality review's screening).
 * The document module asks every gate before it approves, publishes or schedules an edition and refuses (409) while
 * any gate names a blocker. Implemented by other modules; the document module knows none of them.
 */
public interface PublicationGate {

    /** What an action is about to do with the edition. */
    enum Stage { APPROVE, PUBLISH }

    /** The edition to check, with the revision it points to now. */
    record Check(long documentId, long editionId, long revisionId, long organisationId, Stage stage) {
    }

    /** What stops the edition now; empty when it may go on. Runs inside the action's transaction. */
    List<GateBlocker> blockers(Check check);
}
