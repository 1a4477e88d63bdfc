package org.gongkai.syndication;

import org.gongkai.document.PublishedDocument;
import org.gongkai.document.Validity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** What the queue keeps of a published source document, and where the source stands against a queued edition. */
final class Sources {

    private Sources() {
    }

    static SyndicationStore.Source of(PublishedDocument d) {
        return new SyndicationStore.Source(d.documentId(), d.organisationId(), d.editionId(), d.title(),
                d.documentNumber(), d.issuer(), d.shownPublishDate(), d.publishedAt(), fingerprint(d), d.kind());
    }

    /**
     * SHA-256 over the title, 文号, issuing body and the body's text, each on a line: two copies with the same
     * fingerprint say the same thing, whatever their markup.
     */
    static String fingerprint(PublishedDocument d) {
        String text = String.join("\n", nz(d.title()), nz(d.documentNumber()), nz(d.issuer()), nz(d.bodyText()));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The change to flag, comparing the source as published now with the edition an item holds; null: none. */
    static SourceChange change(PublishedDocument now, long heldEditionId) {
        if (now == null) {
            return SourceChange.REMOVED;
        }
        if (now.withdrawn()) {
            return SourceChange.WITHDRAWN;
        }
        if (now.validity() != Validity.VALID) {
            return SourceChange.REPEALED;
        }
        return now.editionId() == heldEditionId ? null : SourceChange.AMENDED;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
