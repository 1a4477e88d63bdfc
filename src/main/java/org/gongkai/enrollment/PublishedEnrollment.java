package org.gongkai.enrollment;

import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The public read path of enrollment information: published years only. A year's page puts each school beside its
 * district in the same year's published zoning (the rules that name it), so "the zoning for each school for each
 * year" is read from the one record the look-up also reads.
 */
@Service
public class PublishedEnrollment {

    /** A published year's address for the sitemap. */
    public record Entry(String slug, int year, Instant publishedAt) {
    }

    /** A school of the year with its district's rules (empty when the zoning does not name it or is not published). */
    public record SchoolDistrict(EnrollmentSchool school, List<ZoningRule> rules) {
    }

    /** Everything a published year's public page shows. */
    public record YearPage(EnrollmentYear year, List<ScheduleItem> schedule, List<SchoolDistrict> schools,
                           Zoning zoning) {
    }

    private final EnrollmentStore store;
    private final ZoningStore zonings;

    PublishedEnrollment(EnrollmentStore store, ZoningStore zonings) {
        this.store = store;
        this.zonings = zonings;
    }

    /** Whether the organisation's site has enrollment information (a published year). */
    public boolean anyOf(long organisationId) {
        return store.anyPublished(organisationId);
    }

    public List<Entry> sitemap(int max) {
        return store.published(max).stream().map(p -> new Entry(p.slug(), p.year(), p.publishedAt())).toList();
    }

    public static String path(String slug) {
        return "/o/" + slug + "/enrollment";
    }

    List<EnrollmentYear> years(long organisationId) {
        return store.publishedOf(organisationId);
    }

    Optional<YearPage> year(long organisationId, int year) {
        Optional<EnrollmentYear> y = years(organisationId).stream().filter(e -> e.year() == year).findFirst();
        return y.map(e -> page(e, zonings.publishedOf(organisationId).stream().filter(z -> z.year() == year)
                .findFirst().orElse(null)));
    }

    private YearPage page(EnrollmentYear y, Zoning zoning) {
        Map<String, List<ZoningRule>> bySchool = new LinkedHashMap<>();
        if (zoning != null) {
            for (ZoningRule r : zonings.allRules(zoning.id())) {
                bySchool.computeIfAbsent(r.school(), k -> new java.util.ArrayList<>()).add(r);
            }
        }
        List<SchoolDistrict> schools = store.schools(y.id()).stream()
                .map(s -> new SchoolDistrict(s, bySchool.getOrDefault(s.name(), List.of()))).toList();
        return new YearPage(y, store.schedule(y.id()), schools, zoning);
    }
}
