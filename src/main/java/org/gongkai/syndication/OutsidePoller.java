package org.gongkai.syndication;

import org.gongkai.integrity.CleanedDocument;
import org.gongkai.integrity.PageCleaner;
import org.gongkai.integrity.Removal;
import org.gongkai.integrity.RemovalKind;
import org.gongkai.portal.SiteContentChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * One poll of an approved outside source (called by {@link RemotePoller}): an RSS/Atom feed's new entries, or one
 * page, fetched with {@link RemoteFetcher}'s limits, decoded strictly, and put through {@code integrity}'s import
 * cleaning. Scripts, styles, navigation, advertisements and other chrome are taken out (the trail says what); an
 * entry whose own text was tampered with (invisible characters, emoji, pinyin, gambling stuffing, mojibake, converted
 * script) is refused. A known entry or page whose cleaned text changed is flagged AMENDED; a watched page that now
 * answers 404/410 is flagged REMOVED.
 */
@Component
class OutsidePoller {

    static final int MAX_NEW_PER_POLL = 20;
    static final int TITLE_MAX = 300;
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final Set<RemovalKind> TAMPERED = EnumSet.of(RemovalKind.INVISIBLE, RemovalKind.EMOJI,
            RemovalKind.PINYIN, RemovalKind.SPAM_TOKEN, RemovalKind.SPAM_LINE, RemovalKind.MOJIBAKE,
            RemovalKind.MOJIBAKE_REPAIRED, RemovalKind.SCRIPT_CONVERTED);

    private final RemoteStore store;
    private final PageCleaner cleaner = new PageCleaner();
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final RuleRunner rules;

    @org.springframework.beans.factory.annotation.Autowired
    OutsidePoller(RemoteStore store, ApplicationEventPublisher events, Clock clock, RuleRunner rules) {
        this.store = store;
        this.events = events;
        this.clock = clock;
        this.rules = rules;
    }

    void poll(RemoteSource s, RemoteFetcher fetcher) {
        if (s.kind() == RemoteSource.Kind.FEED) {
            feed(s, fetcher);
        } else {
            page(s, fetcher);
        }
    }

    private void feed(RemoteSource s, RemoteFetcher fetcher) {
        List<FeedReader.Entry> entries;
        try {
            RemoteFetcher.Fetched f = fetcher.fetch(s.sourceUrl(), "application/rss+xml, application/atom+xml, application/xml");
            entries = FeedReader.read(FeedReader.decode(f.body(), f.contentType(), true));
        } catch (RemoteFetcher.Refused e) {
            store.record(s.id(), null, RemotePoller.failed(e.reason), e.reason, e.getMessage());
            return;
        }
        int fresh = 0;
        for (FeedReader.Entry e : entries) {
            if (fresh >= MAX_NEW_PER_POLL) {
                break;
            }
            try {
                String link = checkedLink(e.link());
                OutsideEntry cleaned = clean(sha256(e.id() == null ? link : e.id()), link, e.title(),
                        "<html><head><meta charset=\"utf-8\"></head><body>" + (e.html() == null ? "" : e.html())
                                + "</body></html>", s.label(), e.published());
                if (accept(s, cleaned)) {
                    fresh++;
                }
            } catch (RemoteFetcher.Refused r) {
                store.record(s.id(), null, RemotePoller.failed(r.reason), r.reason, r.getMessage() + " — "
                        + (e.title() == null ? "?" : e.title()));
            }
        }
    }

    private void page(RemoteSource s, RemoteFetcher fetcher) {
        String key = sha256(s.sourceUrl());
        try {
            RemoteFetcher.Fetched f = fetcher.fetch(s.sourceUrl(), "text/html");
            String html = FeedReader.decode(f.body(), f.contentType(), false);
            accept(s, clean(key, s.sourceUrl(), null, html, s.label(), null));
        } catch (RemoteFetcher.Refused r) {
            if (r.reason.equals("HTTP_STATUS") && (r.getMessage().contains("HTTP 404") || r.getMessage().contains("HTTP 410"))) {
                store.entry(s.id(), key).ifPresent(item -> flag(s, item, SourceChange.REMOVED));
            }
            store.record(s.id(), null, RemotePoller.failed(r.reason), r.reason, r.getMessage());
        }
    }

    /** Queues a new entry, or flags a known one whose text changed; true when queued. */
    private boolean accept(RemoteSource s, OutsideEntry e) {
        var known = store.entry(s.id(), e.key());
        if (known.isPresent()) {
            if (!known.get().contentHash().equals(e.fingerprint())) {
                flag(s, known.get(), SourceChange.AMENDED);
            }
            return false;
        }
        long id = store.queueOutside(s, e);
        if (rules != null) {
            rules.queuedRemote(s.organisationId(), s.id(), id);
        }
        store.record(s.id(), null, RemoteFetch.Outcome.QUEUED, e.removed().isEmpty() ? "OUTSIDE" : "OUTSIDE_CLEANED",
                e.title() + (e.removed().isEmpty() ? "" : " — " + e.removed()));
        return true;
    }

    private void flag(RemoteSource s, RemoteItem item, SourceChange change) {
        if (item.status() != RepostStatus.DISMISSED && store.flag(item.id(), change)) {
            store.record(s.id(), null, RemoteFetch.Outcome.FLAGGED, change.name(), item.title());
            if (item.repostDocumentId() != null) {
                events.publishEvent(new SiteContentChanged(item.organisationId()));
            }
            if (rules != null) {
                rules.sourceGone(item.organisationId(), item.repostDocumentId(), change);
            }
        }
    }

    /** The import cleaning of the entry's (or page's) HTML; refused when its own text was tampered with. */
    OutsideEntry clean(String key, String url, String feedTitle, String html, String label, Instant published)
            throws RemoteFetcher.Refused {
        CleanedDocument c = cleaner.clean(html.getBytes(StandardCharsets.UTF_8), "entry.html");
        Set<String> tampered = c.removals().stream().map(Removal::kind).filter(TAMPERED::contains).map(Enum::name)
                .collect(Collectors.toCollection(TreeSet::new));
        if (!tampered.isEmpty()) {
            throw new RemoteFetcher.Refused("CLEANING", "the import cleaning found " + String.join(", ", tampered));
        }
        String title = feedTitle != null ? plain(feedTitle) : c.title() != null ? c.title() : pageTitle(html);
        if (title == null || title.isBlank() || title.length() > TITLE_MAX) {
            throw new RemoteFetcher.Refused("FIELDS", "the entry has no title, or one that is too long");
        }
        if (title.contains("<") || title.toLowerCase(java.util.Locale.ROOT).contains("javascript:")) {
            throw new RemoteFetcher.Refused("MARKUP", "the entry's title holds markup or a script address");
        }
        StringBuilder body = new StringBuilder();
        for (String p : c.paragraphs()) {
            if (!p.isBlank()) {
                body.append("<p>").append(HtmlUtils.htmlEscape(p.strip())).append("</p>");
            }
        }
        if (body.isEmpty()) {
            body.append("<p>").append(HtmlUtils.htmlEscape(title)).append("</p>");
        }
        String removed = c.removals().stream().map(r -> r.kind().name()).distinct().sorted()
                .collect(Collectors.joining(", "));
        String issuer = c.issuer() != null && c.issuer().length() <= 200 ? c.issuer() : label;
        String number = c.documentNumber() != null && c.documentNumber().length() <= 100 ? c.documentNumber() : null;
        Instant at = published != null ? published : clock.instant();
        LocalDate date = c.publishedDate() != null ? c.publishedDate()
                : c.writtenDate() != null ? c.writtenDate() : at.atZone(BEIJING).toLocalDate();
        String fingerprint = sha256(String.join("\n", title, number == null ? "" : number, issuer, c.bodyText()));
        return new OutsideEntry(key, url, title, number, issuer, date, at, body.toString(), fingerprint, removed);
    }

    /** A page's own heading, else its {@code <title>}, when the cleaner recognised none. */
    private static String pageTitle(String html) {
        org.jsoup.nodes.Document d = org.jsoup.Jsoup.parse(html);
        org.jsoup.nodes.Element h1 = d.selectFirst("h1");
        String t = h1 != null && !h1.text().isBlank() ? h1.text() : d.title();
        return t == null || t.isBlank() ? null : plain(t);
    }

    private static String checkedLink(String link) throws RemoteFetcher.Refused {
        String l = link == null ? "" : link.strip();
        if (!l.matches("(?i)https?://[^\\s<>\"]+") || l.length() > 1000) {
            throw new RemoteFetcher.Refused("FIELDS", "the entry has no http(s) link");
        }
        return l;
    }

    private static String plain(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
