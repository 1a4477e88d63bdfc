package org.gongkai.document;

import java.time.Instant;
import java.util.List;

/** An immutable version of a document's content, with the files it carries. */
public record Revision(long id, long documentId, DocumentContent content, String bodyText,
                       List<AttachmentInfo> attachments, long createdBy, Instant createdAt) {
}
