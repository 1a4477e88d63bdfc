package org.gongkai.review;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gongkai.document.DocumentQueries;
import org.gongkai.document.DocumentView;
import org.gongkai.identity.StaffUser;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/** The screening findings of a document's edition in review, and the reviewer's decisions, as JSON (staff only). */
@RestController
@RequestMapping(path = "/api/v1/documents/{id}/findings", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "screening", description = "Screening findings of the edition in review and their resolution")
class FindingApi {

    record Reason(String reason) {
    }

    private final DocumentQueries documents;
    private final FindingStore store;
    private final ResolveFindings resolve;

    FindingApi(DocumentQueries documents, FindingStore store, ResolveFindings resolve) {
        this.documents = documents;
        this.store = store;
        this.resolve = resolve;
    }

    @GetMapping
    @Operation(summary = "The findings of the edition in progress (they hold the protected values: staff only)")
    List<StoredFinding> list(StaffUser user, @PathVariable long id) {
        DocumentView view = documents.view(user, id);
        return view.working().map(e -> store.ofRevision(e.id(), e.revisionId())).orElse(List.of());
    }

    @PostMapping("/{findingId}/redact")
    @Operation(summary = "Mask the finding in the publication (not for PDF files: accept it or send the edition back)")
    Map<String, Object> redact(StaffUser user, @PathVariable long id, @PathVariable long findingId) {
        resolve.redact(user, id, findingId);
        return Map.of("id", findingId, "status", FindingStatus.REDACT);
    }

    @PostMapping("/{findingId}/accept")
    @Operation(summary = "Publish the finding as it is, with a reason (required)")
    Map<String, Object> accept(StaffUser user, @PathVariable long id, @PathVariable long findingId,
                               @RequestBody(required = false) Reason body) {
        resolve.accept(user, id, findingId, body == null ? null : body.reason());
        return Map.of("id", findingId, "status", FindingStatus.ACCEPTED);
    }
}
