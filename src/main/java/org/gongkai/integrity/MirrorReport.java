package org.gongkai.integrity;

import java.util.List;

/**
 * The outcome of a mirror check.
 *
 * @param verdict     the verdict for the best match (NOT_OURS when nothing matched)
 * @param best        the best match, or null
 * @param others      further matches, if any
 * @param differences what the copy adds, lacks or changes against the best match (empty when identical or none)
 */
public record MirrorReport(MirrorVerdict verdict, MirrorMatch best, List<MirrorMatch> others,
                           List<MirrorDifference> differences) {

    public MirrorReport {
        others = List.copyOf(others);
        differences = List.copyOf(differences);
    }
}
