package org.gongkai.document;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.web.InvalidInputException;
import org.gongkai.platform.web.Page;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The JSON face of the back office's documents: the same services, so exactly the permissions of the pages. */
@RestController
@RequestMapping(path = "/api/v1/documents", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "documents", description = "Documents, their editions and the review-then-publish workflow")
class DocumentApi {

    record NewDocument(DocumentContent content) {
    }

    record Draft(Integer lockVersion, DocumentContent content) {
    }

    record Opinion(String opinion) {
    }

    record Reason(String reason) {
    }

    record Schedule(Instant at) {
    }

    record Created(long id) {
    }

    private final DocumentQueries queries;
    private final CreateDocument create;
    private final SaveDraft save;
    private final SubmitForReview submit;
    private final ReviewEdition review;
    private final PublishEdition publish;
    private final StartNewEdition newEdition;
    private final WithdrawOrRemove withdrawOrRemove;
    private final AttachFile attach;

    DocumentApi(DocumentQueries queries, CreateDocument create, SaveDraft save, SubmitForReview submit,
                ReviewEdition review, PublishEdition publish, StartNewEdition newEdition,
                WithdrawOrRemove withdrawOrRemove, AttachFile attach) {
        this.queries = queries;
        this.create = create;
        this.save = save;
        this.submit = submit;
        this.review = review;
        this.publish = publish;
        this.newEdition = newEdition;
        this.withdrawOrRemove = withdrawOrRemove;
        this.attach = attach;
    }

    @GetMapping
    @Operation(summary = "List the documents of an organisation (default: the caller's)")
    Page<DocumentRow> list(StaffUser user, @RequestParam(required = false) Long organisationId,
                           @RequestParam(required = false) EditionStatus status,
                           @RequestParam(required = false) String q, @RequestParam(required = false) String sort,
                           @RequestParam(required = false) Integer page, @RequestParam(defaultValue = "20") int size) {
        if (size < 1 || size > 100) {
            throw InvalidInputException.of("size", "api.size.range");
        }
        long org = organisationId == null ? user.organisationId() : organisationId;
        return queries.list(user, org, status == null ? null : status.name(), q, sort, Page.clamp(page), size);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A document with its editions, the edition in progress and the live one")
    Map<String, Object> get(StaffUser user, @PathVariable long id) {
        DocumentView v = queries.view(user, id);
        return Map.of("document", v.document(), "editions", v.editions(),
                "working", v.workingRevision().map(r -> (Object) Map.of("edition", v.working().orElseThrow(), "revision", r)).orElse(Map.of()),
                "live", v.liveRevision().map(r -> (Object) Map.of("edition", v.live().orElseThrow(), "revision", r)).orElse(Map.of()));
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "Every workflow event of the document")
    List<EditionEvent> history(StaffUser user, @PathVariable long id) {
        return queries.history(user, id);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a document in the caller's organisation; its first edition is a draft")
    Created create(StaffUser user, @RequestBody NewDocument body) {
        return new Created(create.create(user, user.organisationId(), required(body == null ? null : body.content())));
    }

    @PutMapping(path = "/{id}/draft", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Save the draft; 409 when lockVersion is stale")
    Map<String, Object> saveDraft(StaffUser user, @PathVariable long id, @RequestBody Draft body) {
        if (body == null || body.lockVersion() == null) {
            throw InvalidInputException.of("lockVersion", "doc.version.invalid");
        }
        save.save(user, id, body.lockVersion(), required(body.content()));
        return Map.of("id", id);
    }

    @PostMapping("/{id}/submit")
    Map<String, Object> submit(StaffUser user, @PathVariable long id) {
        submit.submit(user, id);
        return Map.of("id", id);
    }

    @PostMapping("/{id}/approve")
    Map<String, Object> approve(StaffUser user, @PathVariable long id, @RequestBody(required = false) Opinion body) {
        review.approve(user, id, body == null ? null : body.opinion());
        return Map.of("id", id);
    }

    @PostMapping("/{id}/reject")
    Map<String, Object> reject(StaffUser user, @PathVariable long id, @RequestBody(required = false) Opinion body) {
        review.reject(user, id, body == null ? null : body.opinion());
        return Map.of("id", id);
    }

    @PostMapping("/{id}/publish")
    Map<String, Object> publish(StaffUser user, @PathVariable long id) {
        publish.publishNow(user, id);
        return Map.of("id", id);
    }

    @PostMapping("/{id}/schedule")
    Map<String, Object> schedule(StaffUser user, @PathVariable long id, @RequestBody(required = false) Schedule body) {
        publish.schedule(user, id, body == null ? null : body.at());
        return Map.of("id", id);
    }

    @PostMapping("/{id}/unschedule")
    Map<String, Object> unschedule(StaffUser user, @PathVariable long id) {
        publish.unschedule(user, id);
        return Map.of("id", id);
    }

    @PostMapping("/{id}/new-edition")
    Map<String, Object> newEdition(StaffUser user, @PathVariable long id) {
        newEdition.start(user, id);
        return Map.of("id", id);
    }

    @PostMapping("/{id}/withdraw")
    Map<String, Object> withdraw(StaffUser user, @PathVariable long id, @RequestBody(required = false) Reason body) {
        withdrawOrRemove.withdraw(user, id, body == null ? null : body.reason());
        return Map.of("id", id);
    }

    @PostMapping("/{id}/remove")
    Map<String, Object> remove(StaffUser user, @PathVariable long id, @RequestBody(required = false) Reason body) {
        withdrawOrRemove.remove(user, id, body == null ? null : body.reason());
        return Map.of("id", id);
    }

    @PostMapping(path = "/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Attach a file to the draft (type sniffed from content)")
    Created upload(StaffUser user, @PathVariable long id, @RequestParam(required = false) MultipartFile file,
                   @RequestParam int lockVersion) {
        if (file == null || file.isEmpty()) {
            throw InvalidInputException.of("file", "attachment.empty");
        }
        try (InputStream in = file.getInputStream()) {
            return new Created(attach.attach(user, id, lockVersion, file.getOriginalFilename(), in));
        } catch (IOException e) {
            throw InvalidInputException.of("file", "attachment.readFailed");
        }
    }

    private static DocumentContent required(DocumentContent c) {
        if (c == null) {
            throw InvalidInputException.of("content", "api.content.required");
        }
        return c;
    }
}
