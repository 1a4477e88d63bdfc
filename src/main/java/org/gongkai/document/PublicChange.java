package org.gongkai.document;

/**
 * What changed on the public side, published after commit for the portal's cache, search index, feeds and the
 * transparency log. {@code kind} tells whether an edition was published, or the document withdrawn or removed.
 */
public record PublicChange(Kind kind, long documentId, long editionId, long organisationId) {
    public enum Kind { PUBLISHED, WITHDRAWN, REMOVED }
}
