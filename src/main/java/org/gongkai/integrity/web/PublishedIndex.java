package org.gongkai.integrity.web;

import org.gongkai.integrity.MirrorCandidate;
import org.gongkai.integrity.MirrorCandidates;
import org.gongkai.integrity.MirrorIndex;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The mirror index over published documents, rebuilt from {@link MirrorCandidates} whenever its version changes
 * (each node builds its own copy from the shared database; nothing is kept only here).
 */
@Component
class PublishedIndex {

    record Snapshot(long version, MirrorIndex index, Map<String, MirrorCandidate> candidates) {
    }

    private final MirrorCandidates source;
    private volatile Snapshot snapshot;

    PublishedIndex(MirrorCandidates source) {
        this.source = source;
    }

    Snapshot current() {
        long version = source.version();
        Snapshot s = snapshot;
        if (s == null || s.version() != version) {
            synchronized (this) {
                s = snapshot;
                if (s == null || s.version() != version) {
                    MirrorIndex index = new MirrorIndex();
                    Map<String, MirrorCandidate> byId = source.published().stream()
                            .collect(Collectors.toMap(MirrorCandidate::id, Function.identity(), (a, b) -> b));
                    byId.values().forEach(c -> index.add(c.id(), c.text()));
                    s = new Snapshot(version, index, byId);
                    snapshot = s;
                }
            }
        }
        return s;
    }
}
