package org.gongkai.document;

import org.gongkai.identity.OrganisationAccess;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.web.ForbiddenException;
import org.gongkai.platform.web.NotFoundException;
import org.gongkai.platform.web.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads documents for the back office, within what the signed-in user may see. */
@Service
public class DocumentQueries {

    /** Sort orders a list may ask for, mapped to SQL. */
    private static final Map<String, String> SORTS = Map.of(
            "updated", "updated_at desc, d.id desc",
            "published", "published_at desc nulls last, d.id desc",
            "title", "title, d.id",
            "index", "d.index_number nulls last, d.id");

    private final JdbcClient jdbc;
    private final DocumentStore store;
    private final OrganisationAccess access;

    DocumentQueries(JdbcClient jdbc, DocumentStore store, OrganisationAccess access) {
        this.jdbc = jdbc;
        this.store = store;
        this.access = access;
    }

    /** Staff with a content role may read documents of their organisation and of those below it. */
    public void requireReader(StaffUser user, long organisationId) {
        if (!user.hasAny(Role.EDITOR, Role.REVIEWER, Role.PUBLISHER, Role.DISCLOSURE_OFFICER)) {
            throw new ForbiddenException("access.role");
        }
        access.requireRead(user, organisationId);
    }

    public Page<DocumentRow> list(StaffUser user, long organisationId, String status, String query, String sort,
                                  int page, int size) {
        requireReader(user, organisationId);
        List<Object> params = new ArrayList<>();
        params.add(organisationId);
        StringBuilder where = new StringBuilder(" where d.organisation_id = ?");
        if (status != null && !status.isBlank()) {
            EditionStatus wanted = EditionStatus.valueOf(status);
            where.append(wanted.inProgress() ? " and w.status = ?" : " and l.status = ?");
            params.add(wanted.name());
        }
        if (query != null && !query.isBlank()) {
            where.append(" and (coalesce(wr.title, lr.title) ilike ? or d.index_number ilike ? or coalesce(wr.document_number, lr.document_number) ilike ?)");
            String like = "%" + query.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            params.add(like);
            params.add(like);
            params.add(like);
        }
        String from = """
                 from document d
                 left join edition w on w.document_id = d.id and w.status in ('DRAFT','SUBMITTED','REJECTED','APPROVED','SCHEDULED')
                 left join revision wr on wr.id = w.revision_id
                 left join edition l on l.document_id = d.id and l.status in ('PUBLISHED','WITHDRAWN','REMOVED')
                 left join revision lr on lr.id = l.revision_id""";
        long total = jdbc.sql("select count(*)" + from + where).params(params).query(Long.class).single();
        String order = SORTS.getOrDefault(sort == null ? "" : sort, SORTS.get("updated"));
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(size);
        pageParams.add(Page.offset(page, size));
        List<DocumentRow> rows = jdbc.sql("""
                select * from (select d.id, d.index_number, coalesce(wr.title, lr.title) as title,
                       coalesce(wr.document_number, lr.document_number) as document_number, w.status as wstatus,
                       l.status as lstatus, greatest(w.updated_at, l.updated_at) as updated_at, l.published_at
                """ + from + where + ") d order by " + order + " limit ? offset ?")
                .params(pageParams)
                .query((rs, i) -> new DocumentRow(rs.getLong("id"), rs.getString("index_number"), rs.getString("title"),
                        rs.getString("document_number"), status(rs.getString("wstatus")), status(rs.getString("lstatus")),
                        DocumentStore.instant(rs, "updated_at"), DocumentStore.instant(rs, "published_at")))
                .list();
        return new Page<>(rows, page, size, total);
    }

    public DocumentView view(StaffUser user, long documentId) {
        DocumentRef doc = store.findDocument(documentId).orElseThrow(() -> new NotFoundException("document", documentId));
        requireReader(user, doc.organisationId());
        var working = store.inProgressEdition(documentId);
        var live = store.liveEdition(documentId);
        return new DocumentView(doc, store.editionsOf(documentId), working,
                working.flatMap(e -> store.findRevision(e.revisionId())), live,
                live.flatMap(e -> store.findRevision(e.revisionId())));
    }

    public List<EditionEvent> history(StaffUser user, long documentId) {
        DocumentRef doc = store.findDocument(documentId).orElseThrow(() -> new NotFoundException("document", documentId));
        requireReader(user, doc.organisationId());
        return store.eventsOf(documentId);
    }

    /** The revision of an edition of the document, for the history and the diff. */
    public Revision revisionOf(StaffUser user, long documentId, int editionNumber) {
        DocumentRef doc = store.findDocument(documentId).orElseThrow(() -> new NotFoundException("document", documentId));
        requireReader(user, doc.organisationId());
        Edition e = store.editionsOf(documentId).stream().filter(x -> x.number() == editionNumber).findFirst()
                .orElseThrow(() -> new NotFoundException("edition", editionNumber));
        return store.findRevision(e.revisionId()).orElseThrow();
    }

    /** Edition number to revision id, for the editions that point to a redacted revision (their original is staff-only). */
    public java.util.Map<Integer, Long> redactedEditions(StaffUser user, long documentId) {
        DocumentRef doc = store.findDocument(documentId).orElseThrow(() -> new NotFoundException("document", documentId));
        requireReader(user, doc.organisationId());
        java.util.Map<Integer, Long> out = new java.util.TreeMap<>();
        for (Edition e : store.editionsOf(documentId)) {
            store.redactedFrom(e.revisionId()).ifPresent(original -> out.put(e.number(), e.revisionId()));
        }
        return out;
    }

    /** A redacted revision of the document and the unredacted original it was made from: [original, redacted]. */
    public List<Revision> redaction(StaffUser user, long documentId, long revisionId) {
        DocumentRef doc = store.findDocument(documentId).orElseThrow(() -> new NotFoundException("document", documentId));
        requireReader(user, doc.organisationId());
        Revision redacted = store.findRevision(revisionId).filter(r -> r.documentId() == documentId)
                .orElseThrow(() -> new NotFoundException("revision", revisionId));
        long originalId = store.redactedFrom(revisionId).orElseThrow(() -> new NotFoundException("revision", revisionId));
        return List.of(store.findRevision(originalId).orElseThrow(), redacted);
    }

    /** An attachment the user may read (any file ever attached to a document they may read). */
    public AttachmentInfo attachment(StaffUser user, long attachmentId) {
        AttachmentInfo a = store.findAttachment(attachmentId).orElseThrow(() -> new NotFoundException("attachment", attachmentId));
        DocumentRef doc = store.findDocument(a.documentId()).orElseThrow();
        requireReader(user, doc.organisationId());
        return a;
    }

    private static EditionStatus status(String s) {
        return s == null ? null : EditionStatus.valueOf(s);
    }
}
