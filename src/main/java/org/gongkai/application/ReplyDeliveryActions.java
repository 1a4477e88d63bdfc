package org.gongkai.application;

import jakarta.servlet.http.HttpServletRequest;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.web.InvalidInputException;
import org.gongkai.platform.web.NotFoundException;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * After the reply: the office records its delivery and attaches the disclosed files; the applicant downloads those
 * files from the status page (tracking number + query code in a POST body, never in the URL).
 */
@Controller
class ReplyDeliveryActions {

    private final RecordDelivery delivery;
    private final ReplyFiles files;
    private final ReplyFileStore store;
    private final ApplicationStore applications;
    private final OfficeAccess access;
    private final ApplicantLookup lookup;
    private final RateLimit rateLimit;

    ReplyDeliveryActions(RecordDelivery delivery, ReplyFiles files, ReplyFileStore store,
                            ApplicationStore applications, OfficeAccess access, ApplicantLookup lookup,
                            RateLimit rateLimit) {
        this.delivery = delivery;
        this.files = files;
        this.store = store;
        this.applications = applications;
        this.access = access;
        this.lookup = lookup;
        this.rateLimit = rateLimit;
    }

    @PostMapping("/admin/applications/{id}/delivery")
    String recordDelivery(StaffUser user, @PathVariable long id, @RequestParam(required = false) Delivery method,
                          @RequestParam(required = false) String deliveredOn, @RequestParam(required = false) String note,
                          @RequestParam(defaultValue = "false") boolean sendEmail) {
        LocalDate on;
        try {
            on = deliveredOn == null || deliveredOn.isBlank() ? null : LocalDate.parse(deliveredOn.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of("deliveredOn", "app.error.date");
        }
        delivery.record(user, id, method, on, note, sendEmail);
        return "redirect:/admin/applications/" + id;
    }

    @PostMapping("/admin/applications/{id}/reply-files")
    String attach(StaffUser user, @PathVariable long id,
                  @RequestParam(name = "files", required = false) MultipartFile[] uploads) {
        files.attach(user, id, uploads);
        return "redirect:/admin/applications/" + id;
    }

    @GetMapping("/admin/applications/{id}/reply-files/{fileId}")
    ResponseEntity<FileSystemResource> officeDownload(StaffUser user, @PathVariable long id, @PathVariable long fileId) {
        DisclosureApplication app = applications.get(id);
        access.requireRead(user, app.organisationId());
        return serve(store.find(id, fileId).orElseThrow(() -> new NotFoundException("file", fileId)));
    }

    @PostMapping("/apply/status/files/{fileId}")
    ResponseEntity<?> applicantDownload(@PathVariable long fileId, @RequestParam(required = false) String trackingNumber,
                                        @RequestParam(required = false) String queryCode, HttpServletRequest request) {
        if (!rateLimit.tryTake(RateLimit.Purpose.LOOKUP, request.getRemoteAddr())) {
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).build();
        }
        ReplyFile f = lookup.find(trackingNumber, queryCode)
                .filter(a -> a.outcome() != null)
                .flatMap(a -> store.find(a.id(), fileId))
                .orElseThrow(() -> new NotFoundException("file", "?"));
        return serve(f);
    }

    private ResponseEntity<FileSystemResource> serve(ReplyFile f) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(f.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(f.originalName(), StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .header("X-Content-Type-Options", "nosniff")
                .body(new FileSystemResource(files.path(f)));
    }
}
