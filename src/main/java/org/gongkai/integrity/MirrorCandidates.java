package org.gongkai.integrity;

import java.util.List;

/**
 * Where the public mirror check finds the published documents to compare with. The module that owns documents
 * implements this as a bean; until then a default with no documents is used and the page says so.
 * Only published editions may be returned: this feeds a public page.
 */
public interface MirrorCandidates {

    /** Every published document, in its current published edition. */
    List<MirrorCandidate> published();

    /**
     * A number that changes whenever {@link #published()} would return something different (for example the
     * count of publications plus the latest publication time in milliseconds); the check rebuilds its index
     * only when it changes.
     */
    long version();
}
