package org.gongkai.syndication;

import org.gongkai.portal.SiteContentChanged;
import org.gongkai.transparency.RemoteEditionCheck;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One poll of an approved remote source: its public key (must be the pinned one), its Atom feed (which documents
 * are new), then for each new document its latest transparency-log leaf with proof, verified and cleaned before it
 * is queued; and for each document already queued or re-posted, whether the source withdrew, removed, repealed or
 * amended it since — such items are flagged like same-platform ones and the subscriber's pages refreshed. An
 * outside feed or page is polled by {@link OutsidePoller} with the same fetcher. Every outcome is written to the
 * trail with a reason. Called only by {@link RemotePollJob} (and tests).
 */
@Service
public class RemotePoller {

    static final int MAX_NEW_PER_POLL = 20;
    static final int MAX_WATCHED_PER_POLL = 200;
    private static final Pattern DOCUMENT_PATH = Pattern.compile("/documents/([0-9]{1,18})(?:[?#].*)?$");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Logger log = LoggerFactory.getLogger(RemotePoller.class);

    private final RemoteStore store;
    private final RemoteFetcher fetcher;
    private final RemoteCleaning cleaning;
    private final ApplicationEventPublisher events;
    private final OutsidePoller outside;
    private final RuleRunner rules;

    @org.springframework.beans.factory.annotation.Autowired
    RemotePoller(RemoteStore store, RemoteFetcher fetcher, RemoteCleaning cleaning, ApplicationEventPublisher events,
                 OutsidePoller outside, RuleRunner rules) {
        this.store = store;
        this.fetcher = fetcher;
        this.cleaning = cleaning;
        this.events = events;
        this.outside = outside;
        this.rules = rules;
    }

    /** A poller with its own fetcher (a test's, with a loopback source allowed), applying no rules. */
    RemotePoller(RemoteStore store, RemoteFetcher fetcher, RemoteCleaning cleaning, ApplicationEventPublisher events) {
        this(store, fetcher, cleaning, events, new OutsidePoller(store, events, java.time.Clock.systemUTC(), null),
                null);
    }

    /** A poller with its own fetcher that applies the rules too. */
    RemotePoller(RemoteStore store, RemoteFetcher fetcher, RemoteCleaning cleaning, ApplicationEventPublisher events,
                 RuleRunner rules) {
        this(store, fetcher, cleaning, events, new OutsidePoller(store, events, java.time.Clock.systemUTC(), rules),
                rules);
    }

    /** Polls every approved source, one after the other. */
    public void pollAll() {
        for (RemoteSource s : store.byStatus(RemoteSource.Status.APPROVED)) {
            try {
                poll(s);
            } catch (RuntimeException e) {
                log.warn("remote source {} could not be polled", s.id(), e);
                store.record(s.id(), null, RemoteFetch.Outcome.FAILED, "FAILED", e.getClass().getSimpleName());
            }
        }
    }

    /** Polls one source; does nothing unless it is approved. */
    public void poll(long sourceId) {
        store.source(sourceId).filter(s -> s.status() == RemoteSource.Status.APPROVED).ifPresent(this::poll);
    }

    private void poll(RemoteSource s) {
        store.polled(s.id());
        if (s.kind() != RemoteSource.Kind.GONGKAI) {
            outside.poll(s, fetcher);
            return;
        }
        String pem;
        List<Long> listed;
        try {
            pem = publicKey(s);
            listed = feed(s);
        } catch (RemoteFetcher.Refused e) {
            store.record(s.id(), null, failed(e.reason), e.reason, e.getMessage());
            return;
        }
        int fresh = 0;
        for (long id : listed) {
            if (fresh < MAX_NEW_PER_POLL && !store.known(s.id(), id)) {
                fresh++;
                importOne(s, pem, id);
            }
        }
        for (RemoteItem item : store.watched(s.id(), MAX_WATCHED_PER_POLL)) {
            recheck(s, pem, item);
        }
    }

    private String publicKey(RemoteSource s) throws RemoteFetcher.Refused {
        String body = fetcher.get(s.keyUrl(), "application/json");
        String pem;
        try {
            JsonNode n = JSON.readTree(body).get("pem");
            pem = n == null || n.isNull() ? "" : n.asString();
        } catch (RuntimeException e) {
            throw new RemoteFetcher.Refused("MALFORMED", "the public key answer is not JSON");
        }
        try {
            if (!RemoteEditionCheck.keyId(pem).equals(s.keyId())) {
                throw new RemoteFetcher.Refused("WRONG_KEY", "the source's public key is not the approved one");
            }
        } catch (RemoteEditionCheck.Refused e) {
            throw new RemoteFetcher.Refused(e.failure().name(), e.getMessage());
        }
        return pem;
    }

    /** The documents the source's feed lists, newest first as the feed orders them. */
    private List<Long> feed(RemoteSource s) throws RemoteFetcher.Refused {
        String xml = fetcher.get(s.feedUrl(), "application/atom+xml");
        Set<Long> ids = new LinkedHashSet<>();
        for (Element link : Jsoup.parse(xml, "", Parser.xmlParser()).select("entry > link[href]")) {
            Matcher m = DOCUMENT_PATH.matcher(link.attr("href"));
            if (m.find()) {
                ids.add(Long.parseLong(m.group(1)));
            }
        }
        return new ArrayList<>(ids);
    }

    private void importOne(RemoteSource s, String pem, long documentId) {
        try {
            RemoteEditionCheck.Verified v = verified(s, pem, documentId);
            if (!v.published() || !"VALID".equals(v.validity())) {
                throw new RemoteFetcher.Refused("NOT_IN_FORCE", "the document is " + (v.published()
                        ? "no longer in force (" + v.validity() + ")" : v.kind().toLowerCase()) + " at the source");
            }
            cleaning.check(v);
            if (v.title() == null || v.title().length() > 300 || v.issuer() == null || v.issuer().length() > 200
                    || (v.documentNumber() != null && v.documentNumber().length() > 100)) {
                throw new RemoteFetcher.Refused("FIELDS", "title, 文号 or issuing body missing or too long");
            }
            long id = store.queue(s, v, date(v.publishDate()));
            if (rules != null) {
                rules.queuedRemote(s.organisationId(), s.id(), id);
            }
            store.record(s.id(), documentId, RemoteFetch.Outcome.QUEUED, "VERIFIED",
                    "leaf " + v.leafIndex() + " in the signed tree of " + v.treeSize() + " leaves; SHA-256 "
                            + v.contentHash());
        } catch (RemoteFetcher.Refused e) {
            store.record(s.id(), documentId, failed(e.reason), e.reason, e.getMessage());
        }
    }

    private void recheck(RemoteSource s, String pem, RemoteItem item) {
        try {
            RemoteEditionCheck.Verified v = verified(s, pem, item.remoteDocumentId());
            SourceChange change;
            if (!v.published()) {
                change = "REMOVED".equals(v.kind()) ? SourceChange.REMOVED : SourceChange.WITHDRAWN;
            } else if (!"VALID".equals(v.validity())) {
                change = SourceChange.REPEALED;
            } else if (v.editionId() != item.remoteEditionId()) {
                change = SourceChange.AMENDED;
            } else {
                change = null;
            }
            if (change != null && store.flag(item.id(), change)) {
                store.record(s.id(), item.remoteDocumentId(), RemoteFetch.Outcome.FLAGGED, change.name(),
                        "the source's log shows the document " + change.name().toLowerCase() + " (leaf "
                                + v.leafIndex() + ")");
                if (item.repostDocumentId() != null) {
                    events.publishEvent(new SiteContentChanged(item.organisationId()));
                }
                if (rules != null) {
                    rules.sourceGone(item.organisationId(), item.repostDocumentId(), change);
                }
            }
            if (change == SourceChange.AMENDED && item.status() == RepostStatus.REPOSTED && rules != null) {
                rules.sourceAmendedRemote(item.organisationId(), item.id(), v);
            }
        } catch (RemoteFetcher.Refused e) {
            store.record(s.id(), item.remoteDocumentId(), failed(e.reason), e.reason, e.getMessage());
        }
    }

    private RemoteEditionCheck.Verified verified(RemoteSource s, String pem, long documentId)
            throws RemoteFetcher.Refused {
        String json = fetcher.get(s.proofUrl(documentId), "application/json");
        try {
            return RemoteEditionCheck.verify(json, pem, s.keyId(), documentId);
        } catch (RemoteEditionCheck.Refused e) {
            throw new RemoteFetcher.Refused(e.failure().name(), e.getMessage());
        }
    }

    /** Network trouble is a failure (tried again next time); anything the source answered wrongly is a refusal. */
    static RemoteFetch.Outcome failed(String reason) {
        return switch (reason) {
            case "TIMEOUT", "NETWORK", "HTTP_STATUS", "FAILED" -> RemoteFetch.Outcome.FAILED;
            default -> RemoteFetch.Outcome.REFUSED;
        };
    }

    private static LocalDate date(String s) {
        try {
            return s == null ? null : LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
