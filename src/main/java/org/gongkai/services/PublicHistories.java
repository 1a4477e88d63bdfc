package org.gongkai.services;

import org.gongkai.document.PublishedDocument;
import org.gongkai.document.PublishedDocuments;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The public histories of replies, clean-ups and work-plan links, as pages, feeds and the API show them. Editions hold
 * only what was public; a document named in one is shown only while it is public now (a clean-up's item whose document
 * was withdrawn since leaves its history as it leaves the clean-up's page; a link to such a document is left out).
 */
@Component
class PublicHistories {

    /** One published change of a work-plan link: which year's plan or summary, its document (null: unlinked). */
    record LinkChange(long organisationId, int year, WorkPlan.Kind kind, int editionNo, Instant publishedAt,
                      Long documentId, String documentTitle) {
    }

    private final PublicEditions editions;
    private final PublishedDocuments documents;

    PublicHistories(PublicEditions editions, PublishedDocuments documents) {
        this.editions = editions;
        this.documents = documents;
    }

    List<PublicHistory.Line> reply(DeputyReply r) {
        return PublicHistory.of(editions.of(PublicEditions.Part.REPLY, r.organisationId(), String.valueOf(r.id())));
    }

    List<PublicHistory.Line> cleanUp(CleanUp c) {
        List<PublicEditions.Edition> all = editions.of(PublicEditions.Part.CLEANUP, c.organisationId(),
                String.valueOf(c.id()));
        Set<Long> ids = new HashSet<>();
        all.forEach(e -> items(e).forEach(i -> {
            ids.add(number(i.get("document")));
            if (i.get("replacedBy") != null) {
                ids.add(number(i.get("replacedBy")));
            }
        }));
        Set<Long> shown = publicAmong(new ArrayList<>(ids));
        return PublicHistory.of(all.stream().map(e -> {
            Map<String, Object> fields = new LinkedHashMap<>(e.fields());
            fields.put("items", items(e).stream().filter(i -> shown.contains(number(i.get("document")))).map(i -> {
                Map<String, Object> item = new LinkedHashMap<>(i);
                if (item.get("replacedBy") != null && !shown.contains(number(item.get("replacedBy")))) {
                    item.put("replacedBy", null);
                }
                return (Object) item;
            }).toList());
            return new PublicEditions.Edition(e.part(), e.organisationId(), e.subject(), e.editionNo(),
                    e.publishedAt(), fields);
        }).toList());
    }

    /** The newest link changes among these organisations, newest first. */
    List<LinkChange> workPlans(List<Long> organisationIds, int max) {
        List<PublicEditions.Edition> all = editions.newestAmong(PublicEditions.Part.WORK_PLAN, organisationIds, max);
        List<Long> ids = all.stream().map(e -> e.fields().get("document")).filter(d -> d != null)
                .map(PublicHistories::number).distinct().toList();
        Map<Long, PublishedDocument> shown = new LinkedHashMap<>();
        documents.findAll(ids).stream().filter(d -> !d.withdrawn()).forEach(d -> shown.put(d.documentId(), d));
        List<LinkChange> out = new ArrayList<>();
        for (PublicEditions.Edition e : all) {
            Object doc = e.fields().get("document");
            PublishedDocument d = doc == null ? null : shown.get(number(doc));
            if (doc != null && d == null) {
                continue;
            }
            out.add(new LinkChange(e.organisationId(), number(e.fields().get("year")).intValue(),
                    WorkPlan.Kind.valueOf(String.valueOf(e.fields().get("kind"))), e.editionNo(), e.publishedAt(),
                    d == null ? null : d.documentId(), d == null ? null : d.title()));
        }
        return out;
    }

    private Set<Long> publicAmong(List<Long> ids) {
        Set<Long> out = new HashSet<>();
        documents.findAll(ids).stream().filter(d -> !d.withdrawn()).forEach(d -> out.add(d.documentId()));
        return out;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(PublicEditions.Edition e) {
        Object items = e.fields().get("items");
        return items instanceof List<?> l ? (List<Map<String, Object>>) l : List.of();
    }

    private static Long number(Object o) {
        return ((Number) o).longValue();
    }
}
