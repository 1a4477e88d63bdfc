package org.gongkai.transparency;

/**
 * What a leaf records; the code is the byte in the leaf data. COMMITMENT (ADR 0045) records a public statement that
 * is not a document edition, such as the SHA-256 of the registers of a random inspection before its draw: its
 * document id is 0, its edition id a number of its own, its 索引号 slot names the subject and its content hash is
 * the SHA-256 of the statement's text. Earlier leaves are untouched, so every signed tree head stays verifiable.
 */
enum LeafKind {
    PUBLISHED(1), WITHDRAWN(2), REMOVED(3), COMMITMENT(4);

    final int code;

    LeafKind(int code) {
        this.code = code;
    }

    static LeafKind ofCode(int code) {
        for (LeafKind k : values()) {
            if (k.code == code) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown leaf kind " + code);
    }
}
