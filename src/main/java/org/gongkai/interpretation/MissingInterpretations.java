package org.gongkai.interpretation;

import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.document.DocumentQueries;
import org.gongkai.document.PublishedDocument;
import org.gongkai.document.PublishedDocuments;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.Zones;
import org.gongkai.platform.web.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where each major policy of an organisation and those below it stands: still being prepared, published with a
 * public interpretation, or published without one, counted in working days since publication (the
 * interpretation-missing dashboard, and the landing page's count past {@code gongkai.interpretation.missing-after-days}).
 */
@Component
class MissingInterpretations {

    enum State {
        /** Not public yet. */
        PREPARING,
        /** Public, with at least one public interpretation. */
        INTERPRETED,
        /** Public, with no public interpretation. */
        MISSING;

        public String labelKey() {
            return "interp.major.state." + name();
        }
    }

    /** A major policy as the dashboard lists it; {@code workingDays} since publication, when public. */
    record Row(MajorPolicy major, String organisationName, String title, State state, Instant publishedAt,
               Integer workingDays) {

        public boolean missingFor(int days) {
            return state == State.MISSING && workingDays != null && workingDays >= days;
        }
    }

    private final MajorPolicyStore store;
    private final InterpretationStore links;
    private final PublishedDocuments published;
    private final DocumentQueries documents;
    private final OrganisationDirectory organisations;
    private final WorkingDayCalendar calendar;
    private final Clock clock;
    private final int afterDays;

    MissingInterpretations(MajorPolicyStore store, InterpretationStore links, PublishedDocuments published,
                           DocumentQueries documents, OrganisationDirectory organisations,
                           WorkingDayCalendar calendar, Clock clock,
                           @Value("${gongkai.interpretation.missing-after-days:5}") int afterDays) {
        this.store = store;
        this.links = links;
        this.published = published;
        this.documents = documents;
        this.organisations = organisations;
        this.calendar = calendar;
        this.clock = clock;
        this.afterDays = afterDays;
    }

    /** The working days after which a published major policy without interpretation is listed (configurable). */
    int afterDays() {
        return afterDays;
    }

    /** Every major policy of the user's organisation and those below it, newest mark first, with titles. */
    List<Row> below(StaffUser user) {
        List<MajorPolicy> majors = store.of(organisations.subtreeIds(user.organisationId()));
        Map<Long, PublishedDocument> live = live(majors);
        Set<Long> interpreted = interpreted(majors);
        LocalDate today = LocalDate.now(clock.withZone(Zones.CHINA));
        Map<Long, String> names = new HashMap<>();
        return majors.stream().map(m -> {
            PublishedDocument p = live.get(m.documentId());
            String org = names.computeIfAbsent(m.organisationId(), id -> organisations.get(id).name());
            if (p == null) {
                return new Row(m, org, draftTitle(user, m.documentId()), State.PREPARING, null, null);
            }
            State state = interpreted.contains(m.documentId()) ? State.INTERPRETED : State.MISSING;
            return new Row(m, org, p.title(), state, p.publishedAt(), workingDaysSince(p.publishedAt(), today));
        }).toList();
    }

    /** How many of the organisation's own major policies have been public without interpretation too long. */
    long overdueIn(long organisationId) {
        List<MajorPolicy> majors = store.of(List.of(organisationId));
        if (majors.isEmpty()) {
            return 0;
        }
        Map<Long, PublishedDocument> live = live(majors);
        Set<Long> interpreted = interpreted(majors);
        LocalDate today = LocalDate.now(clock.withZone(Zones.CHINA));
        return live.values().stream().filter(p -> !interpreted.contains(p.documentId()))
                .filter(p -> workingDaysSince(p.publishedAt(), today) >= afterDays).count();
    }

    private Map<Long, PublishedDocument> live(List<MajorPolicy> majors) {
        Map<Long, PublishedDocument> live = new HashMap<>();
        published.findAll(majors.stream().map(MajorPolicy::documentId).toList()).stream()
                .filter(p -> !p.withdrawn()).forEach(p -> live.put(p.documentId(), p));
        return live;
    }

    /** The major policies with at least one public interpretation. */
    private Set<Long> interpreted(List<MajorPolicy> majors) {
        List<Interpretation> all = majors.stream().flatMap(m -> links.ofPolicy(m.documentId()).stream()).toList();
        Set<Long> publicOnes = published.publishedAmong(all.stream().map(Interpretation::documentId).distinct().toList());
        Set<Long> interpreted = new HashSet<>();
        all.stream().filter(l -> publicOnes.contains(l.documentId()))
                .forEach(l -> interpreted.add(l.policyDocumentId()));
        return interpreted;
    }

    private int workingDaysSince(Instant publishedAt, LocalDate today) {
        LocalDate day = publishedAt.atZone(Zones.CHINA).toLocalDate();
        return day.isBefore(today) ? calendar.countWorkingDays(day, today).workingDays() : 0;
    }

    private String draftTitle(StaffUser user, long documentId) {
        try {
            return documents.view(user, documentId).current().content().title();
        } catch (NotFoundException e) {
            return null;
        }
    }
}
