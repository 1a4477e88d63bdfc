package org.gongkai.document;

import org.gongkai.catalog.CatalogTree;
import org.gongkai.catalog.OpennessClass;
import org.gongkai.platform.web.FieldErrors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * Validates a document's content and metadata before a revision is stored; answers with field messages. What one field
 * allows by itself is its {@link DocumentField}'s; the rules here span fields or need the database.
 */
@Component
class ContentRules {

    /** The five-openness classes, as the catalog defines them, in their order. */
    static final List<String> OPENNESS = Arrays.stream(OpennessClass.values()).map(Enum::name).toList();
    static final int MAX_BODY = 2_000_000;

    private final JdbcClient jdbc;
    private final CatalogTree catalog;

    ContentRules(JdbcClient jdbc, CatalogTree catalog) {
        this.jdbc = jdbc;
        this.catalog = catalog;
    }

    /** Dates a document can carry: beyond these a typo (or a probe) would reach PostgreSQL's limits as a 500. */
    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2999, 12, 31);

    static boolean plausible(LocalDate date) {
        return date == null || !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
    }

    void validate(DocumentContent c, long organisationId, Long documentId) {
        FieldErrors e = new FieldErrors();
        for (DocumentField f : DocumentFields.all()) {
            f.check(c, e);
        }
        e.require(length(c.bodyHtml()) <= MAX_BODY, "bodyHtml", "doc.body.tooLong");
        e.require(c.opennessClass() == null || OPENNESS.contains(c.opennessClass()), "opennessClass", "doc.openness.invalid");
        e.require(c.disclosure() != null, "disclosure", "doc.disclosure.required");
        e.require(c.disclosure() != Disclosure.WITHHELD || (notBlank(c.withheldReason()) && c.withheldReason().length() <= 1000),
                "withheldReason", "doc.withheldReason.required");
        e.require(c.validity() != null, "validity", "doc.validity.required");
        e.require(c.writtenDate() == null || c.publishDate() == null || !c.writtenDate().isAfter(c.publishDate()),
                "writtenDate", "doc.writtenDate.afterPublish");
        if (c.validity() == Validity.REPEALED) {
            e.require(c.repealedOn() != null, "repealedOn", "doc.repealedOn.required");
        } else {
            e.require(c.repealedOn() == null, "repealedOn", "doc.repealedOn.onlyWhenRepealed");
        }
        e.require(c.repealedOn() == null || c.writtenDate() == null || !c.repealedOn().isBefore(c.writtenDate()),
                "repealedOn", "doc.repealedOn.beforeWritten");
        if (c.validity() == Validity.REVISED && c.replacedByDocumentId() == null) {
            e.reject("replacedByDocumentId", "doc.replacedBy.required");
        }
        if (c.catalogNodeId() != null) {
            e.require(catalog.find(c.catalogNodeId()).filter(n -> n.organisationId() == organisationId).isPresent(),
                    "catalogNodeId", "doc.catalogNode.invalid");
        }
        if (c.replacedByDocumentId() != null) {
            boolean exists = jdbc.sql("select count(*) from document where id = ?").param(c.replacedByDocumentId())
                    .query(Long.class).single() > 0;
            e.require(exists && !c.replacedByDocumentId().equals(documentId), "replacedByDocumentId", "doc.replacedBy.unknown");
        }
        e.throwIfAny();
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private static int length(String s) {
        return s == null ? 0 : s.length();
    }
}
