package org.gongkai.transparency;

/** What a leaf records; the code is the byte in the leaf data. */
enum LeafKind {
    PUBLISHED(1), WITHDRAWN(2), REMOVED(3);

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
