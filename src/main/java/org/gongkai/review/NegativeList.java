package org.gongkai.review;

import org.gongkai.identity.Organisation;
import org.gongkai.identity.OrganisationDirectory;
import org.springframework.stereotype.Service;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the negative lists. An organisation's list in effect is its own entries plus those of every organisation
 * above it; the screening uses their terms, the public sees only categories and legal bases.
 */
@Service
public class NegativeList {

    private final NegativeListRepository repository;
    private final OrganisationDirectory directory;

    NegativeList(NegativeListRepository repository, OrganisationDirectory directory) {
        this.repository = repository;
        this.directory = directory;
    }

    /** The entries in effect for the organisation: from the top of the tree down to the organisation itself. */
    public List<NegativeListEntry> effectiveFor(long organisationId) {
        List<Long> chain = directory.ancestry(organisationId).stream().map(Organisation::id).toList();
        Map<Long, Integer> depth = new HashMap<>();
        for (int i = 0; i < chain.size(); i++) {
            depth.put(chain.get(i), i);
        }
        return repository.ofOrganisations(chain).stream()
                .sorted(Comparator.comparingInt((NegativeListEntry e) -> depth.get(e.organisationId()))
                        .thenComparing(NegativeListEntry::category).thenComparingLong(NegativeListEntry::id))
                .toList();
    }

    /** The terms in effect for the organisation, ready for {@link Screener#screen(String, List)}. */
    public List<NegativeTerm> termsFor(long organisationId) {
        return effectiveFor(organisationId).stream().flatMap(e -> e.negativeTerms().stream()).toList();
    }

    /** Screens a text against everything in effect for the organisation. */
    public List<Finding> screen(long organisationId, String text) {
        return Screener.screen(text, termsFor(organisationId));
    }

    /** Only the organisation's own entries. */
    public List<NegativeListEntry> ownEntries(long organisationId) {
        return repository.ofOrganisations(List.of(organisationId));
    }

    public Optional<NegativeListEntry> find(long id) {
        return repository.find(id);
    }

    /** What the public may know of the list in effect: categories and legal bases, with the organisation that set them. */
    public List<NegativeListSummary> publicSummary(long organisationId) {
        return repository.summaries(directory.ancestry(organisationId).stream().map(Organisation::id).toList());
    }
}
