package org.gongkai.integrity;

/**
 * A published document the mirror check compares copies with.
 *
 * @param id    a stable id (shown to staff in the list of checks)
 * @param title the title shown to the public
 * @param url   the document's public page, or null
 * @param text  the published text as a reader sees it: title, 文号, body, issuer and date, one paragraph per line
 */
public record MirrorCandidate(String id, String title, String url, String text) {
}
