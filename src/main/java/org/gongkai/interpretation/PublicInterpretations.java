package org.gongkai.interpretation;

import org.gongkai.document.PublishedDocument;
import org.gongkai.document.PublishedDocuments;
import org.gongkai.document.Validity;
import org.gongkai.platform.web.Page;
import org.springframework.stereotype.Service;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the public side may know of interpretations, for the portal's document page (through the fragments in
 * {@code templates/interpretation/public.html}) and the interpretation column. Every answer is read through
 * {@link PublishedDocuments}: a link shows only while the interpreting document is published and the policy is
 * public, so an interpretation not (or no longer) published never reaches a public page.
 */
@Service("publicInterpretations")
public class PublicInterpretations {

    /** Where the explained text stands now. */
    public enum PolicyState {
        /** The interpretation explains the policy's live, valid edition. */
        CURRENT,
        /** The policy has a newer edition than the one explained (修订). */
        AMENDED,
        /** The policy was replaced by another document (已修订, with the replacing one). */
        SUPERSEDED,
        /** The policy is no longer in force (废止 or 失效). */
        REPEALED,
        /** The policy was withdrawn from the site. */
        WITHDRAWN;

        public String labelKey() {
            return "interp.state." + name();
        }
    }

    /** An interpretation as a policy's page lists it. */
    public record Listed(long documentId, String title, LocalDate publishDate, InterpretationForm form,
                         Interpreter interpreter, String interpreterName, String mediaUrl, boolean followUp,
                         PolicyState state) {
    }

    /** A policy as an interpretation's page names it, with the document that holds the current text. */
    public record Explained(long policyDocumentId, String policyTitle, String policyNumber, InterpretationForm form,
                            Interpreter interpreter, String interpreterName, String mediaUrl, PolicyState state,
                            Long currentDocumentId, String currentTitle) {
    }

    /** An interpretation in the column, with the policies it explains. */
    public record ColumnItem(long documentId, String title, LocalDate publishDate, InterpretationForm form,
                             String interpreterName, List<Explained> policies, long organisationId) {
    }

    private final InterpretationStore store;
    private final PublishedDocuments published;

    PublicInterpretations(InterpretationStore store, PublishedDocuments published) {
        this.store = store;
        this.published = published;
    }

    /** The published interpretations of a policy: first ones by date, then the follow-ups (跟踪解读) by date. */
    public List<Listed> forPolicy(long policyDocumentId) {
        List<Interpretation> links = store.ofPolicy(policyDocumentId);
        if (links.isEmpty()) {
            return List.of();
        }
        PublishedDocument policy = published.find(policyDocumentId).orElse(null);
        if (policy == null) {
            return List.of();
        }
        Map<Long, PublishedDocument> docs = live(links.stream().map(Interpretation::documentId).toList());
        return links.stream().filter(l -> docs.containsKey(l.documentId()))
                .map(l -> {
                    PublishedDocument d = docs.get(l.documentId());
                    return new Listed(d.documentId(), d.title(), d.shownPublishDate(), l.form(), l.interpreter(),
                            l.interpreterName(), l.mediaUrl(), l.followUp(), state(l, policy));
                })
                .sorted(Comparator.comparing(Listed::followUp).thenComparing(Listed::publishDate)
                        .thenComparing(Listed::documentId))
                .toList();
    }

    /** The policies a published interpretation explains, each with where its text stands now. */
    public List<Explained> explainedBy(long documentId) {
        List<Interpretation> links = store.byDocument(documentId);
        if (links.isEmpty() || published.find(documentId).isEmpty()) {
            return List.of();
        }
        return explained(links);
    }

    /** True when the organisation has at least one published interpretation: its site then links to the column. */
    public boolean anyAt(long organisationId) {
        List<Long> ids = store.documentsOf(organisationId);
        return !ids.isEmpty() && !published.publishedAmong(ids).isEmpty();
    }

    /**
     * The organisation's published interpretations (every organisation's when null: the column across sites), newest
     * first, optionally of one form only.
     */
    public Page<ColumnItem> column(Long organisationId, InterpretationForm form, int page, int size) {
        List<Interpretation> links = store.allOf(organisationId, form);
        Map<Long, PublishedDocument> docs = live(links.stream().map(Interpretation::documentId).distinct().toList());
        Map<Long, List<Interpretation>> byDoc = links.stream().filter(l -> docs.containsKey(l.documentId()))
                .collect(Collectors.groupingBy(Interpretation::documentId, LinkedHashMap::new, Collectors.toList()));
        List<ColumnItem> all = new ArrayList<>();
        byDoc.forEach((id, ls) -> {
            PublishedDocument d = docs.get(id);
            all.add(new ColumnItem(id, d.title(), d.shownPublishDate(), ls.get(0).form(), ls.get(0).interpreterName(),
                    explained(ls), ls.get(0).organisationId()));
        });
        all.sort(Comparator.comparing(ColumnItem::publishDate).reversed()
                .thenComparing(Comparator.comparing(ColumnItem::documentId).reversed()));
        int from = Math.min(all.size(), Page.offset(page, size));
        return new Page<>(all.subList(from, Math.min(all.size(), from + size)), page, size, all.size());
    }

    /**
     * schema.org {@code FAQPage} of a published Q&A interpretation, from the question and answer paragraphs of its
     * body; null when the document is no published Q&A interpretation or has no pairs. Safe inside a script element.
     */
    public String faqJsonLd(long documentId) {
        if (store.byDocument(documentId).stream().noneMatch(l -> l.form() == InterpretationForm.QA)) {
            return null;
        }
        PublishedDocument doc = published.find(documentId).filter(d -> !d.withdrawn()).orElse(null);
        if (doc == null) {
            return null;
        }
        String url = ServletUriComponentsBuilder.fromCurrentContextPath().path("/documents/" + documentId)
                .build().toUriString();
        return FaqPage.jsonLd(url, doc.title(), QuestionsAndAnswers.of(doc.bodyHtml()));
    }

    private List<Explained> explained(List<Interpretation> links) {
        Map<Long, PublishedDocument> policies = published.findAll(links.stream()
                .map(Interpretation::policyDocumentId).distinct().toList()).stream()
                .collect(Collectors.toMap(PublishedDocument::documentId, Function.identity()));
        Set<Long> replacements = policies.values().stream().map(PublishedDocument::replacedByDocumentId)
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        Map<Long, PublishedDocument> current = live(List.copyOf(replacements));
        List<Explained> out = new ArrayList<>();
        for (Interpretation l : links) {
            PublishedDocument p = policies.get(l.policyDocumentId());
            if (p == null) {
                continue; // removed: nothing public to name
            }
            PolicyState state = state(l, p);
            PublishedDocument now = p.replacedByDocumentId() == null ? null : current.get(p.replacedByDocumentId());
            Long currentId = state == PolicyState.AMENDED ? Long.valueOf(p.documentId())
                    : now == null ? null : now.documentId();
            String currentTitle = state == PolicyState.AMENDED ? p.title() : now == null ? null : now.title();
            out.add(new Explained(p.documentId(), p.title(), p.documentNumber(), l.form(), l.interpreter(),
                    l.interpreterName(), l.mediaUrl(), state, currentId, currentTitle));
        }
        return out;
    }

    static PolicyState state(Interpretation link, PublishedDocument policy) {
        if (policy.withdrawn()) {
            return PolicyState.WITHDRAWN;
        }
        Validity v = policy.validity();
        if (v == Validity.REVISED) {
            return PolicyState.SUPERSEDED;
        }
        if (v == Validity.REPEALED || v == Validity.EXPIRED) {
            return PolicyState.REPEALED;
        }
        return policy.editionId() == link.policyEditionId() ? PolicyState.CURRENT : PolicyState.AMENDED;
    }

    /** The published (not withdrawn) documents among these, by id. */
    private Map<Long, PublishedDocument> live(List<Long> ids) {
        return published.findAll(ids).stream().filter(d -> !d.withdrawn())
                .collect(Collectors.toMap(PublishedDocument::documentId, Function.identity()));
    }
}
