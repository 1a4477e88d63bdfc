package org.gongkai.syndication;

import org.gongkai.calendar.WorkingDayCalendar;
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
                      Instant repostedAt, Integer delay, boolean overdue, String dismissReason, SourceChange change) {
    }

    /** A source document with its subscribers' lines. */
    public record Entry(long sourceDocumentId, String title, String documentNumber, Instant publishedAt,
                        List<Row> rows) {

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
        int limit = limitOf(organisationId);
        Map<Long, String> names = new HashMap<>();
        List<Entry> entries = docs.items().stream().map(d -> new Entry(d.sourceDocumentId(), d.title(),
                d.documentNumber(), d.publishedAt(), rows(store.bySource(d.sourceDocumentId()), limit, names))).toList();
        return new Page<>(entries, docs.page(), docs.size(), docs.total());
    }

    /** One document's lines; 404 when it is no source the user may read the board of. */
    public Entry document(StaffUser user, long sourceDocumentId) {
        List<RepostItem> items = store.bySource(sourceDocumentId);
        if (items.isEmpty() || !access.canRead(user, items.get(0).sourceOrganisationId())) {
            throw new NotFoundException("repost_board", sourceDocumentId);
        }
        RepostItem first = items.get(0);
        return new Entry(sourceDocumentId, first.title(), first.documentNumber(), first.sourcePublishedAt(),
                rows(items, limitOf(first.sourceOrganisationId()), new HashMap<>()));
    }

    /** Per subscriber: how many of the last year's documents it re-posted, the median delay, how many were late. */
    public List<Summary> summary(StaffUser user, long organisationId) {
        access.requireRead(user, organisationId);
        int limit = limitOf(organisationId);
        Map<Long, String> names = new HashMap<>();
        Map<Long, List<Row>> byOrg = new LinkedHashMap<>();
        for (Row r : rows(store.itemsOfSource(organisationId, clock.instant().minus(SUMMARY_SPAN)), limit, names)) {
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

    List<Row> rows(List<RepostItem> items, int limit, Map<Long, String> names) {
        LocalDate today = LocalDate.now(clock.withZone(Zones.CHINA));
        List<Row> rows = new ArrayList<>();
        for (RepostItem i : items) {
            LocalDate from = i.sourcePublishedAt().atZone(Zones.CHINA).toLocalDate();
            Integer delay = i.repostedAt() == null ? null : workingDays(from, i.repostedAt().atZone(Zones.CHINA).toLocalDate());
            boolean expected = i.status() != RepostStatus.DISMISSED && (i.status() == RepostStatus.REPOSTED
                    || i.sourceChange() == null || i.sourceChange() == SourceChange.AMENDED);
            boolean overdue = delay != null ? delay > limit : expected && workingDays(from, today) > limit;
            String name = names.computeIfAbsent(i.organisationId(),
                    id -> organisations.find(id).map(Organisation::name).orElse("#" + id));
            rows.add(new Row(i.organisationId(), name, i.status(), i.repostDocumentId(), i.repostedAt(), delay,
                    overdue, i.dismissReason(), i.sourceChange()));
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
