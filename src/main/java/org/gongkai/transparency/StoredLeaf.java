package org.gongkai.transparency;

import java.time.Instant;

/** A leaf as stored: its position, hash and data, and the columns kept beside them for look-ups. */
record StoredLeaf(long index, byte[] leafHash, byte[] leafData, LeafKind kind, long documentId,
                         long editionId, Instant appendedAt) {

    public LeafData decoded() {
        return LeafData.decode(leafData);
    }
}
