package org.gongkai.document;

import org.gongkai.identity.StaffUser;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;


/** Staff download any file of a document they may read (drafts included); never cached by the browser or a proxy. */
@Controller
class AdminAttachmentFiles {

    private final DocumentQueries queries;
    private final AttachmentFiles files;
    private final AttachmentOpenings openings;

    AdminAttachmentFiles(DocumentQueries queries, AttachmentFiles files, AttachmentOpenings openings) {
        this.queries = queries;
        this.files = files;
        this.openings = openings;
    }

    @GetMapping("/admin/attachments/{id}")
    ResponseEntity<Resource> download(StaffUser user, @PathVariable long id) {
        AttachmentInfo a = queries.attachment(user, id);
        openings.opened(a.id(), user.id());
        return files.response(a, "private, no-store");
    }
}
