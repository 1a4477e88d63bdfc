package org.gongkai.syndication;

import org.gongkai.document.PublishedDocument;
import org.gongkai.document.PublishedDocuments;
import org.springframework.stereotype.Service;

import java.time.LocalDate;

/**
 * What the public side may know of re-posts, for the portal's document page (the fragment in
 * {@code templates/syndication/public.html}): only for a document the public holds, and the source's state read
 * through {@link PublishedDocuments} when the page is read, so a change of the source shows at once.
 */
@Service("publicReposts")
public class PublicReposts {

    /** Where the source stands now against the text re-posted. */
    public enum SourceState {
        CURRENT, AMENDED, REPEALED, WITHDRAWN, REMOVED;

        public String labelKey() {
            return "repost.public.state." + name();
        }
    }

    /**
     * The attribution a re-post carries. {@code sourceLinked}: the original's page is public (withdrawn pages still
     * answer, removed ones do not).
     */
    public record Attribution(long sourceDocumentId, String title, String documentNumber, String issuer,
                              LocalDate sourceDate, String fingerprint, SourceState state, boolean sourceLinked) {

        public boolean flagged() {
            return state != SourceState.CURRENT;
        }
    }

    /**
     * The attribution of a re-post from another instance. {@code faithful}: the re-post as published now says what
     * the verified original says (title, 文号, issuing body, text) and the kept canonical form still hashes to the
     * logged content hash — only then does the page say it matches the original.
     */
    public record RemoteAttribution(String title, String documentNumber, String issuer, LocalDate sourceDate,
                                    String originalUrl, String host, java.time.Instant publishedAt,
                                    String contentHash, Long leafIndex, Long treeSize, boolean faithful,
                                    SourceState state, boolean verified, String leafHash) {

        public boolean flagged() {
            return state != SourceState.CURRENT;
        }
    }

    private final SyndicationStore store;
    private final RemoteStore remote;
    private final PublishedDocuments published;

    PublicReposts(SyndicationStore store, RemoteStore remote, PublishedDocuments published) {
        this.store = store;
        this.remote = remote;
        this.published = published;
    }

    /** The attribution of a published re-post from another instance; null otherwise. */
    public RemoteAttribution remote(long documentId) {
        RemoteItem item = remote.byRepost(documentId).orElse(null);
        PublishedDocument copy = item == null ? null : published.find(documentId).orElse(null);
        if (copy == null) {
            return null;
        }
        RemoteSource source = remote.source(item.sourceId()).orElseThrow();
        SourceState state = item.sourceChange() == null ? SourceState.CURRENT
                : SourceState.valueOf(item.sourceChange().name());
        if (!item.verified()) {
            return new RemoteAttribution(item.title(), item.documentNumber(), item.issuer(), item.sourceDate(),
                    item.originalUrl(), java.net.URI.create(item.originalUrl()).getHost(), item.sourcePublishedAt(),
                    item.contentHash(), null, null, false, state, false, null);
        }
        boolean faithful = org.gongkai.transparency.RemoteEditionCheck.matches(item.canonicalJson(), item.contentHash())
                && same(copy.title(), item.title()) && same(copy.documentNumber(), item.documentNumber())
                && same(copy.issuer(), item.issuer())
                && lines(copy.bodyText()).equals(lines(canonicalBody(item.canonicalJson())));
        return new RemoteAttribution(item.title(), item.documentNumber(), item.issuer(), item.sourceDate(),
                source.documentUrl(item.remoteDocumentId()), java.net.URI.create(source.baseUrl()).getHost(),
                item.sourcePublishedAt(), item.contentHash(), item.leafIndex(), item.treeSize(), faithful, state, true,
                item.leafHash());
    }

    private static boolean same(String a, String b) {
        return java.util.Objects.equals(a == null || a.isBlank() ? null : a.strip(), b == null || b.isBlank() ? null : b.strip());
    }

    /** Text as the canonical form keeps it: each line stripped, empty lines dropped. */
    static String lines(String text) {
        if (text == null) {
            return "";
        }
        return String.join("\n", java.util.Arrays.stream(text.replace("\r", "").split("\n")).map(String::strip)
                .filter(l -> !l.isEmpty()).toList());
    }

    private static String canonicalBody(String canonicalJson) {
        var n = tools.jackson.databind.json.JsonMapper.builder().build().readTree(canonicalJson).get("body");
        return n == null || n.isNull() ? null : n.asString();
    }

    /** The attribution of a published re-post; null when the document is no re-post or not public. */
    public Attribution of(long documentId) {
        RepostItem item = store.byRepost(documentId).orElse(null);
        if (item == null || published.find(documentId).isEmpty()) {
            return null;
        }
        PublishedDocument source = published.find(item.sourceDocumentId()).orElse(null);
        SourceChange change = Sources.change(source, item.sourceEditionId());
        if (change == null && item.sourceChange() == SourceChange.AMENDED) {
            change = SourceChange.AMENDED; // updated from the amended original, the new edition not yet published
        }
        SourceState state = change == null ? SourceState.CURRENT : SourceState.valueOf(change.name());
        return new Attribution(item.sourceDocumentId(), item.title(), item.documentNumber(), item.issuer(),
                item.sourceDate(), item.fingerprint(), state, source != null);
    }
}
