package org.gongkai.portal;

import org.gongkai.catalog.CatalogNode;
import org.gongkai.catalog.ColumnKind;
import org.gongkai.document.AttachmentInfo;
import org.gongkai.document.DocumentField;
import org.gongkai.document.DocumentFields;
import org.gongkai.document.PublishedDocument;
import org.gongkai.document.Validity;
import org.gongkai.identity.Organisation;
import tools.jackson.databind.json.JsonMapper;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * schema.org data of a document page, as JSON-LD. schema.org has no "government publication" type: a normative
 * document (filed in a policy column and carrying a 文号) is a {@code Legislation} — which has fields for the
 * document number, date, issuing body and legal force (有效性) — and anything else is a {@code DigitalDocument}.
 * The edition's plain members (name, dates, genre, keywords, abstract) come from the field registry
 * ({@link DocumentField#jsonLd()}). The result is safe to place inside {@code <script type="application/ld+json">}: {@code <} is escaped.
 */
final class JsonLd {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonLd() {
    }

    static String of(PublishedDocument doc, Organisation org, List<CatalogNode> path, String baseUrl) {
        return of(doc, org, path, baseUrl, List.of());
    }

    /** With what other modules add ({@link DocumentLinkedData}); a property set here is never overwritten. */
    static String of(PublishedDocument doc, Organisation org, List<CatalogNode> path, String baseUrl,
                     List<Map<String, Object>> added) {
        boolean legislation = doc.documentNumber() != null && !doc.documentNumber().isBlank() && !path.isEmpty()
                && path.get(path.size() - 1).columnKind() == ColumnKind.POLICY;
        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@context", "https://schema.org");
        ld.put("@type", legislation ? "Legislation" : "DigitalDocument");
        String url = baseUrl + "/documents/" + doc.documentId();
        ld.put("@id", url);
        ld.put("url", url);
        for (DocumentField f : DocumentFields.shown()) {
            String value = f.jsonLd() == null ? null : f.publicText(doc);
            if (value != null && !value.isBlank()) {
                ld.put(f.jsonLd(), value);
            }
        }
        ld.put("inLanguage", "zh-CN");
        if (doc.indexNumber() != null) {
            ld.put("identifier", Map.of("@type", "PropertyValue", "propertyID", "索引号", "value", doc.indexNumber()));
        }
        ld.put("dateModified", doc.publishedAt().toString());
        Map<String, Object> publisher = new LinkedHashMap<>();
        publisher.put("@type", "GovernmentOrganization");
        publisher.put("name", doc.issuer() != null ? doc.issuer() : org.name());
        publisher.put("url", baseUrl + "/o/" + org.slug());
        ld.put("publisher", publisher);
        if (!path.isEmpty()) {
            CatalogNode column = path.get(path.size() - 1);
            ld.put("isPartOf", Map.of("@type", "CollectionPage", "name", column.name(),
                    "url", baseUrl + "/o/" + org.slug() + "/catalog/" + column.id()));
        }
        if (legislation) {
            ld.put("legislationIdentifier", doc.documentNumber());
            ld.put("legislationPassedBy", publisher);
            if (doc.writtenDate() != null) {
                ld.put("legislationDate", doc.writtenDate().toString());
            }
            ld.put("legislationLegalForce", doc.validity() == Validity.VALID
                    ? "https://schema.org/InForce" : "https://schema.org/NotInForce");
        }
        if (!doc.attachments().isEmpty()) {
            ld.put("associatedMedia", doc.attachments().stream().map(a -> media(a, baseUrl)).toList());
        }
        added.forEach(a -> a.forEach(ld::putIfAbsent));
        return JSON.writeValueAsString(ld).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    private static Map<String, Object> media(AttachmentInfo a, String baseUrl) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("@type", "MediaObject");
        m.put("name", a.fileName());
        m.put("contentUrl", baseUrl + "/files/" + a.id());
        m.put("encodingFormat", a.mediaType());
        m.put("contentSize", a.sizeBytes() + " B");
        return m;
    }
}
