package org.gongkai.syndication;

import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.document.DocumentKind;
import org.gongkai.identity.Organisation;
import org.gongkai.identity.OrganisationAccess;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.Zones;
import org.gongkai.platform.audit.StaffAction;
import org.gongkai.platform.web.InvalidInputException;
import org.gongkai.platform.web.NotFoundException;
import org.gongkai.platform.web.Page;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The re-post board of an organisation (the source): for each of its documents, which subscribers below re-posted
 * it, when (the re-post's first publication), the delay in working days, who has not, and who is overdue against the
 * organisation's limit (default {@link #DEFAULT_LIMIT} working day); and per subscriber, the median delay. Readable by
 * the organisation and those above it.
 */
@Service
public class RepostBoard {

    static final int DEFAULT_LIMIT = 1;
    static final int MAX_LIMIT = 30;
    /** How far back the per-organisation figures look. */
    static final Duration SUMMARY_SPAN = Duration.ofDays(365);

    /** A subscriber's line under one source document. */
    public record Row(long organisationId, String organisationName, RepostStatus status, Long repostDocumentId,
                      Instant repostedAt, Integer delay, boolean overdue, String dismissReason, SourceChange change,
                      int limit) {
    }

    /**
     * The limits a source organisation set: one for all its documents, and optionally one per kind of document (no
     * law fixes these numbers; ADR 0052). A document of a kind without its own limit takes the general one.
     */
    public record Limits(int general, Map<DocumentKind, Integer> byKind) {

        public int of(DocumentKind kind) {
            return kind == null ? general : byKind.getOrDefault(kind, general);
        }

        /** The limit of a kind when set for that kind, else null. */
        public Integer own(DocumentKind kind) {
            return byKind.get(kind);
        }
    }

    /** A source document with its subscribers' lines and the limit that applies to it. */
    public record Entry(long sourceDocumentId, String title, String documentNumber, Instant publishedAt,
                        DocumentKind kind, int limit, List<Row> rows) {

        public long reposted() {
            return rows.stream().filter(r -> r.repostedAt() != null).count();
        }

        public long overdue() {
            return rows.stream().filter(Row::overdue).count();
        }
    }

    /** A subscriber's figures over the source's documents of the last year. */
    public record Summary(long organisationId, String organisationName, int documents, int reposted,
                          Double medianDelay, int overdue) {
    }

    private final SyndicationStore store;
    private final OrganisationDirectory organisations;
    private final OrganisationAccess access;
    private final WorkingDayCalendar calendar;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RepostBoard(SyndicationStore store, OrganisationDirectory organisations, OrganisationAccess access,
                WorkingDayCalendar calendar, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.organisations = organisations;
        this.access = access;
        this.calendar = calendar;
        this.events = events;
        this.clock = clock;
    }

    public int limitOf(long organisationId) {
        return store.limit(organisationId).orElse(DEFAULT_LIMIT);
    }

    public Limits limitsOf(long organisationId) {
        return new Limits(limitOf(organisationId), store.kindLimits(organisationId));
    }

    /** The limit for one kind of the organisation's documents; blank removes it (the general limit applies). */
    @Transactional
    public void setKindLimit(StaffUser user, String kind, String workingDays) {
        access.requireRole(user, user.organisationId(), Role.PUBLISHER, Role.DISCLOSURE_OFFICER);
        DocumentKind k;
        try {
            k = DocumentKind.valueOf(kind == null ? "" : kind.strip());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("kind", "repost.error.kind");
        }
        Integer days = null;
        if (workingDays != null && !workingDays.isBlank()) {
            try {
                days = Integer.parseInt(workingDays.strip());
            } catch (NumberFormatException e) {
                days = -1;
            }
            if (days < 0 || days > MAX_LIMIT) {
                throw InvalidInputException.of("kindDays", "repost.error.limit");
            }
        }
        Integer before = limitsOf(user.organisationId()).own(k);
        store.setKindLimit(user.organisationId(), k, days, user.id());
        Map<String, Object> was = new LinkedHashMap<>();
        was.put("kind", k.name());
        was.put("workingDays", before == null ? "" : before);
        Map<String, Object> now = new LinkedHashMap<>();
        now.put("kind", k.name());
        now.put("workingDays", days == null ? "" : days);
        events.publishEvent(new StaffAction(user.id(), user.username(), user.organisationId(),
                "syndication.kindLimit", "organisation", String.valueOf(user.organisationId()), was, now));
    }

    @Transactional
    public void setLimit(StaffUser user, String workingDays) {
        access.requireRole(user, user.organisationId(), Role.PUBLISHER, Role.DISCLOSURE_OFFICER);
        int days;
        try {
            days = Integer.parseInt(workingDays == null ? "" : workingDays.strip());
        } catch (NumberFormatException e) {
            days = -1;
        }
        if (days < 0 || days > MAX_LIMIT) {
            throw InvalidInputException.of("workingDays", "repost.error.limit");
        }
        int before = limitOf(user.organisationId());
        store.setLimit(user.organisationId(), days, user.id());
        events.publishEvent(new StaffAction(user.id(), user.username(), user.organisationId(), "syndication.limit",
                "organisation", String.valueOf(user.organisationId()), Map.of("workingDays", before),
                Map.of("workingDays", days)));
    }

    /** The organisation's documents that were queued below, newest first, with their lines. */
    public Page<Entry> documents(StaffUser user, long organisationId, int page, int size) {
        access.requireRead(user, organisationId);
        Page<SyndicationStore.BoardDocument> docs = store.boardDocuments(organisationId, page, size);
        Limits limits = limitsOf(organisationId);
        Map<Long, String> names = new HashMap<>();
        List<Entry> entries = docs.items().stream().map(d -> entry(store.bySource(d.sourceDocumentId()), limits,
                names)).toList();
        return new Page<>(entries, docs.page(), docs.size(), docs.total());
    }

    /** One document's lines; 404 when it is no source the user may read the board of. */
    public Entry document(StaffUser user, long sourceDocumentId) {
        List<RepostItem> items = store.bySource(sourceDocumentId);
        if (items.isEmpty() || !access.canRead(user, items.get(0).sourceOrganisationId())) {
            throw new NotFoundException("repost_board", sourceDocumentId);
        }
        return entry(items, limitsOf(items.get(0).sourceOrganisationId()), new HashMap<>());
    }

    private Entry entry(List<RepostItem> items, Limits limits, Map<Long, String> names) {
        RepostItem first = items.get(0);
        DocumentKind kind = items.stream().map(RepostItem::sourceKind).filter(java.util.Objects::nonNull).findFirst()
                .orElse(null);
        return new Entry(first.sourceDocumentId(), first.title(), first.documentNumber(), first.sourcePublishedAt(),
                kind, limits.of(kind), rows(items, limits, names));
    }

    /** Per subscriber: how many of the last year's documents it re-posted, the median delay, how many were late. */
    public List<Summary> summary(StaffUser user, long organisationId) {
        access.requireRead(user, organisationId);
        Limits limits = limitsOf(organisationId);
        Map<Long, String> names = new HashMap<>();
        Map<Long, List<Row>> byOrg = new LinkedHashMap<>();
        for (Row r : rows(store.itemsOfSource(organisationId, clock.instant().minus(SUMMARY_SPAN)), limits, names)) {
            byOrg.computeIfAbsent(r.organisationId(), k -> new ArrayList<>()).add(r);
        }
        List<Summary> out = new ArrayList<>();
        byOrg.forEach((org, rows) -> {
            List<Integer> delays = rows.stream().filter(r -> r.delay() != null).map(Row::delay).sorted().toList();
            out.add(new Summary(org, names.get(org), rows.size(), delays.size(), median(delays),
                    (int) rows.stream().filter(Row::overdue).count()));
        });
        out.sort(Comparator.comparing(Summary::organisationName));
        return out;
    }

    List<Row> rows(List<RepostItem> items, Limits limits, Map<Long, String> names) {
        LocalDate today = LocalDate.now(clock.withZone(Zones.CHINA));
        List<Row> rows = new ArrayList<>();
        for (RepostItem i : items) {
            int limit = limits.of(i.sourceKind());
            LocalDate from = i.sourcePublishedAt().atZone(Zones.CHINA).toLocalDate();
            Integer delay = i.repostedAt() == null ? null : workingDays(from, i.repostedAt().atZone(Zones.CHINA).toLocalDate());
            boolean expected = i.status() != RepostStatus.DISMISSED && (i.status() == RepostStatus.REPOSTED
                    || i.sourceChange() == null || i.sourceChange() == SourceChange.AMENDED);
            boolean overdue = delay != null ? delay > limit : expected && workingDays(from, today) > limit;
            String name = names.computeIfAbsent(i.organisationId(),
                    id -> organisations.find(id).map(Organisation::name).orElse("#" + id));
            rows.add(new Row(i.organisationId(), name, i.status(), i.repostDocumentId(), i.repostedAt(), delay,
                    overdue, i.dismissReason(), i.sourceChange(), limit));
        }
        rows.sort(Comparator.comparing(Row::organisationName));
        return rows;
    }

    private int workingDays(LocalDate from, LocalDate to) {
        try {
            return Math.max(0, calendar.countWorkingDays(from, to).workingDays());
        } catch (IllegalArgumentException e) {
            return Integer.MAX_VALUE;
        }
    }

    static Double median(List<Integer> sorted) {
        if (sorted.isEmpty()) {
            return null;
        }
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }
}
