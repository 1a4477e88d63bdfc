package org.gongkai.enrollment;

import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The public look-up "which school serves this address", over published zonings only. The answer is one school,
 * several (ambiguous: the rules overlap, all shown with the rule that matched), or none (with what was recognised:
 * a known street without a covered number, or nothing at all). It is compared with the latest earlier published
 * year, and a different answer says so together with this year's decision. A published zoning never changes
 * (V60), so its index is built once and kept by zoning id.
 */
@Service
class DistrictLookup {

    /** How the look-up ended. */
    enum Outcome { ONE, SEVERAL, STREET_WITHOUT_MATCH, NO_NUMBER, UNKNOWN, EMPTY }

    /** One school with the rules that put the address in its district. */
    record SchoolMatch(String school, List<ZoningRule> rules) {
    }

    /** The answer for one year, and the year before when there is one. */
    record Answer(String address, String normalised, Zoning zoning, Outcome outcome, List<SchoolMatch> schools,
                  List<String> streetsSeen, Zoning previous, Set<String> previousSchools, boolean changed) {

        public boolean hasPrevious() {
            return previous != null;
        }
    }

    private static final int CACHED_ZONINGS = 64;

    private final ZoningStore store;
    private final Map<Long, DistrictIndex> indexes = new ConcurrentHashMap<>();

    DistrictLookup(ZoningStore store) {
        this.store = store;
    }

    List<Zoning> publishedYears(long organisationId) {
        return store.publishedOf(organisationId);
    }

    /** The published zoning of the year (the latest when no year is asked for). */
    Optional<Zoning> published(long organisationId, Integer year) {
        return store.publishedOf(organisationId).stream().filter(z -> year == null || z.year() == year).findFirst();
    }

    Answer answer(Zoning zoning, String address) {
        if (!zoning.published()) {
            throw new IllegalArgumentException("only a published zoning answers the public");
        }
        String normalised = AddressNormaliser.normalise(address);
        Zoning previous = store.publishedOf(zoning.organisationId()).stream().filter(z -> z.year() < zoning.year())
                .findFirst().orElse(null);
        if (normalised.isEmpty()) {
            return new Answer(address, normalised, zoning, Outcome.EMPTY, List.of(), List.of(), previous, Set.of(), false);
        }
        DistrictIndex.Reading reading = index(zoning).lookup(normalised);
        Map<String, List<ZoningRule>> bySchool = new LinkedHashMap<>();
        reading.matches().forEach(r -> bySchool.computeIfAbsent(r.school(), s -> new ArrayList<>()).add(r));
        List<SchoolMatch> schools = bySchool.entrySet().stream().map(e -> new SchoolMatch(e.getKey(), e.getValue())).toList();
        List<String> streets = reading.streets().stream().map(DistrictIndex.StreetMention::streetKey).distinct().toList();
        Outcome outcome;
        if (schools.size() == 1) {
            outcome = Outcome.ONE;
        } else if (schools.size() > 1) {
            outcome = Outcome.SEVERAL;
        } else if (reading.streets().stream().anyMatch(s -> s.number() == null)) {
            outcome = Outcome.NO_NUMBER;
        } else if (!reading.streets().isEmpty()) {
            outcome = Outcome.STREET_WITHOUT_MATCH;
        } else {
            outcome = Outcome.UNKNOWN;
        }
        Set<String> before = previous == null ? Set.of() : index(previous).lookup(normalised).schools();
        boolean changed = previous != null && !before.equals(new LinkedHashSet<>(bySchool.keySet()));
        return new Answer(address, normalised, zoning, outcome, schools, streets, previous, before, changed);
    }

    /** Per school, the rules added and removed from the latest earlier published year to this one. */
    record SchoolChanges(String school, List<ZoningRule> added, List<ZoningRule> removed, boolean newSchool,
                         boolean goneSchool) {
    }

    List<SchoolChanges> changes(Zoning zoning, Zoning previous) {
        Map<String, Map<String, ZoningRule>> now = bySchool(store.allRules(zoning.id()));
        Map<String, Map<String, ZoningRule>> then = bySchool(store.allRules(previous.id()));
        Set<String> schools = new java.util.TreeSet<>(now.keySet());
        schools.addAll(then.keySet());
        List<SchoolChanges> out = new ArrayList<>();
        for (String s : schools) {
            Map<String, ZoningRule> a = now.getOrDefault(s, Map.of());
            Map<String, ZoningRule> b = then.getOrDefault(s, Map.of());
            List<ZoningRule> added = a.entrySet().stream().filter(e -> !b.containsKey(e.getKey())).map(Map.Entry::getValue).toList();
            List<ZoningRule> removed = b.entrySet().stream().filter(e -> !a.containsKey(e.getKey())).map(Map.Entry::getValue).toList();
            if (!added.isEmpty() || !removed.isEmpty()) {
                out.add(new SchoolChanges(s, added, removed, b.isEmpty(), a.isEmpty()));
            }
        }
        return out;
    }

    private static Map<String, Map<String, ZoningRule>> bySchool(List<ZoningRule> rules) {
        Map<String, Map<String, ZoningRule>> m = new LinkedHashMap<>();
        rules.forEach(r -> m.computeIfAbsent(r.school(), s -> new LinkedHashMap<>()).putIfAbsent(r.signature(), r));
        return m;
    }

    private DistrictIndex index(Zoning zoning) {
        DistrictIndex cached = indexes.get(zoning.id());
        if (cached != null) {
            return cached;
        }
        if (indexes.size() >= CACHED_ZONINGS) {
            indexes.clear();
        }
        DistrictIndex built = new DistrictIndex(store.allRules(zoning.id()));
        indexes.put(zoning.id(), built);
        return built;
    }
}
