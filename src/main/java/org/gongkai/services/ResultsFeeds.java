package org.gongkai.services;

import jakarta.servlet.http.HttpServletRequest;
import org.gongkai.identity.Organisation;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.platform.web.NotFoundException;
import org.gongkai.portal.AtomFeed;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Atom feeds of 结果公开: replies to suggestions and proposals and clean-up results (one entry per reply or clean-up,
 * its newest published edition), and the work plans' link changes. Read from the published editions only, so a
 * draft never reaches them.
 */
@Controller
class ResultsFeeds {

    static final int SIZE = 30;

    private final PublicEditions editions;
    private final PublicHistories histories;
    private final OrganisationDirectory organisations;

    ResultsFeeds(PublicEditions editions, PublicHistories histories, OrganisationDirectory organisations) {
        this.editions = editions;
        this.histories = histories;
        this.organisations = organisations;
    }

    @GetMapping("/o/{slug}/replies/feed.atom")
    ResponseEntity<String> replies(@PathVariable String slug, HttpServletRequest request) {
        Organisation org = site(slug);
        String base = base(request);
        List<AtomFeed.Entry> entries = newest(PublicEditions.Part.REPLY, org).stream().map(e -> {
            Map<String, Object> f = e.fields();
            String state = f.get("repliedOn") == null ? "尚未答复"
                    : "答复日期：" + f.get("repliedOn") + ("SUMMARY".equals(f.get("replyMode")) ? "；公开摘要" : "；全文公开");
            return new AtomFeed.Entry(base + "/replies/" + e.subject(),
                    f.get("year") + " · " + f.get("code") + " " + f.get("title") + "（第 " + e.editionNo() + " 版）",
                    e.publishedAt(), organisations.get(e.organisationId()).name(),
                    "代表委员：" + f.get("author") + "；承办单位：" + f.get("leadUnit") + "；" + state);
        }).toList();
        return AtomFeed.response(org.name() + " · 建议提案办理结果", base + "/o/" + org.slug() + "/replies/feed.atom",
                base + "/o/" + org.slug() + "/replies", entries);
    }

    @GetMapping("/o/{slug}/cleanups/feed.atom")
    ResponseEntity<String> cleanUps(@PathVariable String slug, HttpServletRequest request) {
        Organisation org = site(slug);
        String base = base(request);
        List<AtomFeed.Entry> entries = newest(PublicEditions.Part.CLEANUP, org).stream().map(e -> new AtomFeed.Entry(
                base + "/cleanups/" + e.subject(), e.fields().get("title") + "（第 " + e.editionNo() + " 版）",
                e.publishedAt(), organisations.get(e.organisationId()).name(),
                "决定日期：" + e.fields().get("decidedOn"))).toList();
        return AtomFeed.response(org.name() + " · 规范性文件清理结果", base + "/o/" + org.slug() + "/cleanups/feed.atom",
                base + "/o/" + org.slug() + "/cleanups", entries);
    }

    @GetMapping("/o/{slug}/work-plans/feed.atom")
    ResponseEntity<String> workPlans(@PathVariable String slug, HttpServletRequest request) {
        Organisation org = site(slug);
        String base = base(request);
        String page = base + "/o/" + org.slug() + "/work-plans";
        List<AtomFeed.Entry> entries = histories.workPlans(organisations.subtreeIds(org.id()), SIZE).stream()
                .map(c -> new AtomFeed.Entry(
                        c.documentId() == null ? page + "#change-" + c.organisationId() + "-" + c.year() + "-" + c.kind() + "-" + c.editionNo()
                                : base + "/documents/" + c.documentId(),
                        c.year() + " 年度" + (c.kind() == WorkPlan.Kind.PLAN ? "工作计划" : "工作总结")
                                + (c.documentId() == null ? "：取消关联" : "：" + c.documentTitle()),
                        c.publishedAt(), organisations.get(c.organisationId()).name(), null))
                .filter(unique()).toList();
        return AtomFeed.response(org.name() + " · 工作计划与总结", page + "/feed.atom", page, entries);
    }

    /** Each subject's newest edition, newest first. */
    private List<PublicEditions.Edition> newest(PublicEditions.Part part, Organisation org) {
        Set<String> seen = new HashSet<>();
        List<PublicEditions.Edition> out = new ArrayList<>();
        for (PublicEditions.Edition e : editions.newestAmong(part, organisations.subtreeIds(org.id()), SIZE * 10)) {
            if (out.size() < SIZE && seen.add(e.organisationId() + "/" + e.subject())) {
                out.add(e);
            }
        }
        return out;
    }

    /** An entry's address is its id: a document linked twice appears once, at its newest link. */
    private static java.util.function.Predicate<AtomFeed.Entry> unique() {
        Set<String> seen = new HashSet<>();
        return e -> seen.add(e.url());
    }

    private Organisation site(String slug) {
        return organisations.findBySlug(slug).orElseThrow(() -> new NotFoundException("site", slug));
    }

    private static String base(HttpServletRequest request) {
        return ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
    }
}
