package org.gongkai.application;

import org.gongkai.identity.StaffUser;
import org.gongkai.platform.web.NotFoundException;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.nio.charset.StandardCharsets;

/** The files an applicant sent with the application, for the office (never cached, always as an attachment). */
@Controller
class ApplicationAttachmentFiles {

    private final ApplicationStore store;
    private final OfficeAccess access;
    private final ApplicantFiles files;

    ApplicationAttachmentFiles(ApplicationStore store, OfficeAccess access, ApplicantFiles files) {
        this.store = store;
        this.access = access;
        this.files = files;
    }

    @GetMapping("/admin/applications/{id}/files/{fileId}")
    ResponseEntity<FileSystemResource> file(StaffUser user, @PathVariable long id, @PathVariable long fileId) {
        DisclosureApplication app = store.get(id);
        access.requireRead(user, app.organisationId());
        StoredFile f = store.files(id).stream().filter(x -> x.id() == fileId).findFirst()
                .orElseThrow(() -> new NotFoundException("file", fileId));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(f.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(f.originalName(), StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .header("X-Content-Type-Options", "nosniff")
                .body(new FileSystemResource(files.path(f)));
    }
}
