package org.gongkai.document;

import org.gongkai.platform.web.NotFoundException;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Public downloads: only files of live, proactively disclosed editions; anything else is 404. */
@Controller
class PublicFiles {

    private final PublishedDocuments published;
    private final AttachmentFiles files;

    PublicFiles(PublishedDocuments published, AttachmentFiles files) {
        this.published = published;
        this.files = files;
    }

    @GetMapping({"/files/{id}", "/files/{id}/{name}"})
    ResponseEntity<Resource> download(@PathVariable long id) {
        AttachmentInfo a = published.attachment(id).orElseThrow(() -> new NotFoundException("file", id));
        return files.response(a, "public, no-cache");
    }
}
