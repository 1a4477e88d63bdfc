package org.gongkai.services;

import org.gongkai.platform.web.NotFoundException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The published registers as the exact bytes whose SHA-256 was recorded (UTF-8 CSV without contact columns), for
 * anyone to hash and to feed to {@code tools/VerifyDraw.java}. Only plans whose registers are published.
 */
@Controller
class RandomInspectionFiles {

    private final RandomInspectionStore store;

    RandomInspectionFiles(RandomInspectionStore store) {
        this.store = store;
    }

    @GetMapping("/inspections/{id}/entities.csv")
    ResponseEntity<byte[]> entities(@PathVariable long id) {
        published(id);
        return csv(RegisterCsv.entities(store.entities(id)), "plan-" + id + "-entities.csv");
    }

    @GetMapping("/inspections/{id}/inspectors.csv")
    ResponseEntity<byte[]> inspectors(@PathVariable long id) {
        published(id);
        return csv(RegisterCsv.inspectors(store.inspectors(id)), "plan-" + id + "-inspectors.csv");
    }

    private void published(long id) {
        store.findPublic(id).orElseThrow(() -> new NotFoundException("plan", id));
    }

    private static ResponseEntity<byte[]> csv(byte[] body, String name) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=300")
                .body(body);
    }
}
