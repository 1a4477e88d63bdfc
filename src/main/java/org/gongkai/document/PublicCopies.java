package org.gongkai.document;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Makes the public copy ({@link PublicCopy}) of every file of a revision about to be published, once per file. A file
 * that cannot be sanitised (one the screening could not read either, whose "not screened" finding a reviewer has
 * confirmed) is published as it is.
 */
@Component
class PublicCopies {

    private static final Logger log = LoggerFactory.getLogger(PublicCopies.class);

    private final DocumentStore store;
    private final AttachmentFiles files;

    PublicCopies(DocumentStore store, AttachmentFiles files) {
        this.store = store;
        this.files = files;
    }

    void makeFor(long revisionId) {
        for (AttachmentInfo a : store.withoutPublicCopy(revisionId)) {
            byte[] copy = null;
            try {
                copy = PublicCopy.of(a.kind(), files.path(a.sha256()));
            } catch (IOException | RuntimeException e) {
                log.warn("attachment {} ({}) is published as it is: {}", a.id(), a.kind(), e.toString());
            }
            if (copy == null) {
                store.setPublicCopy(a.id(), a.sha256(), a.sizeBytes());
                continue;
            }
            AttachmentFiles.Stored stored = files.store(new ByteArrayInputStream(copy));
            if (stored.kind() != a.kind()) {
                throw new IllegalStateException("the public copy of attachment " + a.id() + " is not a " + a.kind());
            }
            store.setPublicCopy(a.id(), stored.sha256(), stored.size());
        }
    }
}
