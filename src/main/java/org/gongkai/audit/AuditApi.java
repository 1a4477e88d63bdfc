package org.gongkai.audit;

import org.gongkai.identity.StaffUser;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Read-only JSON face of the audit log, for audit administrators only (same reach as the pages). */
@RestController
@RequestMapping("/api/v1/audit")
class AuditApi {

    private final AuditReader reader;

    AuditApi(AuditReader reader) {
        this.reader = reader;
    }

    record Entry(long id, Instant occurredAt, Long actorId, String actorName, Long organisationId, String action,
                 String targetType, String targetId, String ipAddress, JsonNode before, JsonNode after,
                 String prevHash, String hash) {

        static Entry of(AuditEntry e) {
            return new Entry(e.id(), e.occurredAt(), e.actorId(), e.actorName(), e.organisationId(), e.action(),
                    e.targetType(), e.targetId(), e.ipAddress(), json(e.before()), json(e.after()), e.prevHash(),
                    e.hash());
        }

        private static JsonNode json(String text) {
            return text == null ? null : CanonicalJson.parse(text);
        }
    }

    record Page(int page, int pageSize, int pages, long total, List<Entry> entries) {
    }

    @GetMapping
    Page list(StaffUser user, @RequestParam(required = false) String actor,
              @RequestParam(required = false) String action, @RequestParam(required = false) String org,
              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
              @RequestParam(defaultValue = "1") int page) {
        AuditReader.Page found = reader.search(user, new AuditFilter(actor, action, org, from, to), page);
        return new Page(found.page(), AuditReader.PAGE_SIZE, found.pages(), found.total(),
                found.entries().stream().map(Entry::of).toList());
    }

    @GetMapping("/{id}")
    Entry entry(StaffUser user, @PathVariable long id) {
        return Entry.of(reader.entry(user, id));
    }
}
