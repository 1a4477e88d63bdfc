package org.gongkai.integrity;

import org.gongkai.identity.StaffUser;

/**
 * Published when an editor accepts a cleaned import on /admin/import ("create a draft from this"). The documents
 * module listens and creates a draft in the editor's organisation, which then goes through normal review; nothing
 * listens yet. Published inside the accepting transaction, together with a {@code StaffAction}.
 *
 * @param document   the cleaned document
 * @param acceptedBy the editor who accepted it
 * @param original   the original page bytes, to keep beside the draft
 */
public record ImportAccepted(CleanedDocument document, StaffUser acceptedBy, OriginalPage original) {
}
