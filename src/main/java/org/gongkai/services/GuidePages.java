package org.gongkai.services;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.identity.Organisation;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.platform.RateBuckets;
import org.gongkai.platform.web.NotFoundException;
import org.gongkai.platform.web.Page;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;

/**
 * The public catalog of services of a site (its organisation and those below) and a service's guide: its newest
 * published edition with materials and their files, its completeness, its earlier editions, and the usefulness
 * rating anyone may give without an account — one per client address and service a day, and a few an hour in all
 * ({@link RateBuckets}, salted hashes only).
 */
@Controller
class GuidePages {

    static final int PAGE_SIZE = 50;
    static final RateBuckets.Limit ONE_PER_GUIDE = RateBuckets.Limit.perDay("svc-guide-rating-one", 1, 1);
    static final RateBuckets.Limit PER_ADDRESS = RateBuckets.Limit.perHour("svc-guide-rating", 10, 20);

    private final GuideStore store;
    private final OrganisationDirectory organisations;
    private final RateBuckets buckets;

    GuidePages(GuideStore store, OrganisationDirectory organisations, RateBuckets buckets) {
        this.store = store;
        this.organisations = organisations;
        this.buckets = buckets;
    }

    @GetMapping("/o/{slug}/services")
    String list(@PathVariable String slug, @RequestParam(required = false) String q,
                @RequestParam(required = false) Integer page, Model model) {
        Organisation site = organisations.findBySlug(slug).orElseThrow(() -> new NotFoundException("site", slug));
        String query = q == null || q.isBlank() ? null : q.strip().substring(0, Math.min(50, q.strip().length()));
        Page<ServiceGuide> rows = store.publicList(organisations.subtreeIds(site.id()), query, Page.clamp(page), PAGE_SIZE);
        model.addAttribute("org", site);
        model.addAttribute("q", query);
        model.addAttribute("rows", rows);
        model.addAttribute("names", rows.items().stream().map(g -> organisations.get(g.organisationId()).name()).toList());
        return "services/guides";
    }

    @GetMapping("/services/{id}")
    String guide(@PathVariable long id, Model model) {
        ServiceGuide g = store.publicGuide(id).orElseThrow(() -> new NotFoundException("service", id));
        List<GuideMaterial> materials = store.materials(g.id());
        model.addAttribute("guide", g);
        model.addAttribute("org", organisations.get(g.organisationId()));
        model.addAttribute("materials", materials);
        model.addAttribute("missing", GuideCompleteness.check(g, materials));
        model.addAttribute("editions", store.publicEditions(id));
        model.addAttribute("ratings", store.ratings(id));
        return "services/guide";
    }

    @PostMapping("/services/{id}/rating")
    String rate(@PathVariable long id, @RequestParam(required = false) String useful, HttpServletRequest request,
                HttpServletResponse response, Model model) {
        ServiceGuide g = store.publicGuide(id).orElseThrow(() -> new NotFoundException("service", id));
        if (!"yes".equals(useful) && !"no".equals(useful)) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("ratingError", "svc.guide.rating.error");
            return guide(id, model);
        }
        String address = request.getRemoteAddr();
        if (!buckets.tryTake(PER_ADDRESS, address) || !buckets.tryTake(ONE_PER_GUIDE, address + "/" + id)) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            model.addAttribute("ratingError", "svc.guide.rating.limited");
            return guide(id, model);
        }
        store.rate(id, g.id(), "yes".equals(useful));
        return "redirect:/services/" + id + "?rated#rating";
    }
}
