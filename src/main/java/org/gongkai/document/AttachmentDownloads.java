package org.gongkai.document;

import org.gongkai.identity.StaffUser;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.nio.charset.StandardCharsets;

/** Staff download any file of a document they may read (drafts included); never cached by the browser or a proxy. */
@Controller
class AttachmentDownloads {

    private final DocumentQueries queries;
    private final AttachmentFiles files;
    private final AttachmentOpenings openings;

    AttachmentDownloads(DocumentQueries queries, AttachmentFiles files, AttachmentOpenings openings) {
        this.queries = queries;
        this.files = files;
        this.openings = openings;
    }

    @GetMapping("/admin/attachments/{id}")
    ResponseEntity<Resource> download(StaffUser user, @PathVariable long id) {
        AttachmentInfo a = queries.attachment(user, id);
        openings.opened(a.id(), user.id());
        return response(a, files, "private, no-store");
    }

    /** The response for a stored file: its sniffed type, its Chinese name kept (RFC 6266 filename*), no sniffing. */
    static ResponseEntity<Resource> response(AttachmentInfo a, AttachmentFiles files, String cacheControl) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(a.mediaType()))
                .contentLength(a.sizeBytes())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(a.fileName(), StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, cacheControl)
                .header(HttpHeaders.ETAG, "\"" + a.sha256() + "\"")
                .body(new FileSystemResource(files.path(a.sha256())));
    }
}
