package org.gongkai.document;

import java.util.List;
import java.util.Optional;

/** Everything the back office shows of one document. */
public record DocumentView(DocumentRef document, List<Edition> editions, Optional<Edition> working,
                           Optional<Revision> workingRevision, Optional<Edition> live, Optional<Revision> liveRevision) {

    /** The content to show first: the edition being worked on, else the live one. */
    public Revision current() {
        return workingRevision.or(() -> liveRevision).orElseThrow();
    }
}
