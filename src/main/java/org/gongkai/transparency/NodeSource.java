package org.gongkai.transparency;

/**
 * Hashes of the perfect, aligned subtrees of a log: {@code node(level, index)} is the Merkle Tree Hash of the
 * 2^level leaves starting at {@code index * 2^level}; level 0 is the leaf hashes. Such a hash never changes once
 * its last leaf exists, so it can be stored when that leaf is appended.
 */
interface NodeSource {
    byte[] node(int level, long index);
}
