package org.gongkai.consultation;

import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.audit.StaffAction;
import org.gongkai.platform.web.ForbiddenException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A consultation's comments for the drafting office, as CSV and XLSX. Staff of the organisation (and those above)
 * only; the file holds contact details, so each export is audited.
 */
@Controller
class ConsultationFiles {

    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final DraftConsultation drafts;
    private final ConsultationStore store;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final VersionStore versions;

    ConsultationFiles(DraftConsultation drafts, ConsultationStore store, MessageSource messages,
                      ApplicationEventPublisher events, VersionStore versions) {
        this.versions = versions;
        this.drafts = drafts;
        this.store = store;
        this.messages = messages;
        this.events = events;
    }

    @Transactional
    @GetMapping("/admin/consultations/{id}/comments.csv")
    ResponseEntity<byte[]> csv(StaffUser user, @PathVariable long id) {
        return file(user, id, "csv", new MediaType("text", "csv", StandardCharsets.UTF_8));
    }

    @Transactional
    @GetMapping("/admin/consultations/{id}/comments.xlsx")
    ResponseEntity<byte[]> xlsx(StaffUser user, @PathVariable long id) {
        return file(user, id, "xlsx", XLSX);
    }

    private ResponseEntity<byte[]> file(StaffUser user, long id, String format, MediaType type) {
        Consultation c = drafts.get(user, id);
        if (!user.hasAny(Role.EDITOR, Role.REVIEWER, Role.PUBLISHER, Role.DISCLOSURE_OFFICER)) {
            throw new ForbiddenException("access.role");
        }
        // the passage's position; with several versions, which version too (a comment stays on its version)
        Map<Long, PassageRef> refs = versions.refs(id);
        boolean several = refs.values().stream().filter(r -> !r.fin()).map(PassageRef::version).distinct().count() > 1;
        Map<Long, String> positions = refs.values().stream().collect(Collectors.toMap(PassageRef::id,
                r -> several ? messages.getMessage("consult.versionPassage", new Object[] {r.version(), r.position()},
                        Locale.SIMPLIFIED_CHINESE) : String.valueOf(r.position())));
        List<Comment> comments = store.comments(id);
        List<List<String>> rows = CommentExport.rows(comments, positions,
                key -> messages.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE));
        byte[] body = "csv".equals(format) ? CommentExport.csv(rows) : CommentExport.xlsx(rows);
        events.publishEvent(new StaffAction(user.id(), user.username(), c.organisationId(), "consultation.exported",
                "consultation", String.valueOf(id), Map.of(), Map.of("format", format, "comments", comments.size())));
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("consultation-" + id + "-comments." + format).build().toString())
                .body(body);
    }
}
