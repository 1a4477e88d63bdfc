package org.gongkai.participation;

import org.gongkai.identity.StaffUser;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.nio.charset.StandardCharsets;

/**
 * Message attachments as downloads: for staff who may read the message, and for the public only a confirmed
 * attachment of a published exchange (404 otherwise, the same as for none). Always as a download of the type
 * recognised when it arrived, never sniffed by the browser.
 */
@Controller
class MessageAttachmentFiles {

    private final MessageAttachments attachments;

    MessageAttachmentFiles(MessageAttachments attachments) {
        this.attachments = attachments;
    }

    @GetMapping("/admin/messages/{id}/attachments/{attachment}")
    ResponseEntity<Resource> staff(StaffUser user, @PathVariable long id, @PathVariable long attachment) {
        return send(attachments.readable(user, id, attachment), "private, no-store");
    }

    @GetMapping("/messages/published/{id}/attachments/{attachment}")
    ResponseEntity<Resource> published(@PathVariable long id, @PathVariable long attachment) {
        return send(attachments.published(id, attachment), "public, max-age=300");
    }

    private ResponseEntity<Resource> send(MessageAttachment a, String cacheControl) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(a.mediaType()))
                .contentLength(a.sizeBytes())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(a.fileName(), StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, cacheControl)
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(attachments.open(a)));
    }
}
