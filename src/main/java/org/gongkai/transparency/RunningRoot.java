package org.gongkai.transparency;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;

/**
 * The root of a growing log, computed as leaf hashes stream past: a stack of the perfect subtrees the size
 * decomposes into (one per set bit), merged right to left for the root — the same value as RFC 9162's MTH.
 */
final class RunningRoot {

    private record Part(long size, byte[] hash) {
    }

    private final Deque<Part> parts = new ArrayDeque<>();
    private long size;

    void add(byte[] leafHash) {
        Part p = new Part(1, leafHash);
        while (!parts.isEmpty() && parts.peekLast().size() == p.size()) {
            Part left = parts.removeLast();
            p = new Part(left.size() * 2, MerkleHash.node(left.hash(), p.hash()));
        }
        parts.addLast(p);
        size++;
    }

    long size() {
        return size;
    }

    byte[] root() {
        if (parts.isEmpty()) {
            return MerkleHash.emptyRoot();
        }
        Iterator<Part> fromRight = parts.descendingIterator();
        byte[] r = fromRight.next().hash();
        while (fromRight.hasNext()) {
            r = MerkleHash.node(fromRight.next().hash(), r);
        }
        return r;
    }
}
