package org.gongkai.consultation;

import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.platform.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.util.List;

/**
 * The versions of a published consultation's text, each kept as it was, and the diff between any two of them. The
 * final text exists here only once the adoption report is published.
 */
@Controller
class PublicVersionPages {

    private final ConsultationStore store;
    private final VersionStore versions;
    private final OrganisationDirectory organisations;
    private final Clock clock;

    PublicVersionPages(ConsultationStore store, VersionStore versions, OrganisationDirectory organisations,
                       Clock clock) {
        this.store = store;
        this.versions = versions;
        this.organisations = organisations;
        this.clock = clock;
    }

    @GetMapping("/consultations/{id}/versions/{number}")
    String version(@PathVariable long id, @PathVariable int number, Model model) {
        Consultation c = published(id);
        Version v = visible(c, number);
        model.addAttribute("org", organisations.get(c.organisationId()));
        model.addAttribute("c", c);
        model.addAttribute("v", v);
        model.addAttribute("passages", versions.passages(v.id()));
        model.addAttribute("previous", number > 1 ? number - 1 : null);
        return "consultation/public-version";
    }

    /** The diff from version {@code from} to version {@code to}: by default the latest one against the one before. */
    @GetMapping("/consultations/{id}/diff")
    String diff(@PathVariable long id, @RequestParam(required = false) Integer from,
                @RequestParam(required = false) Integer to, Model model) {
        Consultation c = published(id);
        List<Version> all = versions.versions(c.id()).stream()
                .filter(v -> !v.fin() || c.phase(clock.instant()) == Phase.REPORTED).toList();
        Version newer = visible(c, to == null ? all.get(all.size() - 1).number() : to);
        Version older = visible(c, from == null ? Math.max(1, newer.number() - 1) : from);
        model.addAttribute("org", organisations.get(c.organisationId()));
        model.addAttribute("c", c);
        model.addAttribute("from", older);
        model.addAttribute("to", newer);
        model.addAttribute("rows", PassageDiff.compare(versions.passages(older.id()), versions.passages(newer.id())));
        model.addAttribute("all", all);
        return "consultation/public-diff";
    }

    private Consultation published(long id) {
        return store.find(id).filter(Consultation::published).orElseThrow(() -> new NotFoundException("consultation", id));
    }

    private Version visible(Consultation c, int number) {
        return versions.byNumber(c.id(), number)
                .filter(v -> !v.fin() || c.phase(clock.instant()) == Phase.REPORTED)
                .orElseThrow(() -> new NotFoundException("version", number));
    }
}
