package org.gongkai.services;

import org.gongkai.identity.StaffUser;
import org.gongkai.platform.web.NotFoundException;
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
 * The templates and samples of guides' materials: publicly those of a service's current published guide, and for
 * staff those of any edition of their organisation's services (drafts included).
 */
@Controller
class GuideFiles {

    private final GuideStore store;
    private final GuideFileStore files;
    private final ManageGuides manage;

    GuideFiles(GuideStore store, GuideFileStore files, ManageGuides manage) {
        this.store = store;
        this.files = files;
        this.manage = manage;
    }

    @GetMapping("/services/{id}/materials/{materialId}/{which:template|sample}")
    ResponseEntity<Resource> download(@PathVariable long id, @PathVariable long materialId, @PathVariable String which) {
        GuideMaterial m = store.publicMaterial(id, materialId).orElseThrow(() -> new NotFoundException("material", materialId));
        return send(m, which, "public, max-age=300");
    }

    @GetMapping(GuideAdminPages.BASE + "/{id}/materials/{materialId}/{which:template|sample}")
    ResponseEntity<Resource> staffDownload(StaffUser user, @PathVariable long id, @PathVariable long materialId,
                                           @PathVariable String which) {
        java.util.Set<Long> editions = manage.readable(user, id).stream().map(ServiceGuide::id)
                .collect(java.util.stream.Collectors.toSet());
        GuideMaterial m = store.material(materialId).filter(x -> editions.contains(x.guideId()))
                .orElseThrow(() -> new NotFoundException("material", materialId));
        return send(m, which, "private, no-store");
    }

    private ResponseEntity<Resource> send(GuideMaterial m, String which, String cache) {
        boolean template = "template".equals(which);
        String key = template ? m.templateKey() : m.sampleKey();
        if (key == null) {
            throw new NotFoundException(which, m.id());
        }
        String name = template ? m.templateName() : m.sampleName();
        String type = template ? m.templateType() : m.sampleType();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(type))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name, StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, cache)
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(files.open(key).orElseThrow(() -> new NotFoundException("file", key))));
    }
}
