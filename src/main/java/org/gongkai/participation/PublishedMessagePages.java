package org.gongkai.participation;

import org.gongkai.identity.Organisation;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.platform.web.NotFoundException;
import org.gongkai.platform.web.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.stream.IntStream;

/**
 * What the public may read of messages: the exchanges staff published (only those the writer allowed; the writer's
 * name and contact details are never read here) with a plain-text search, and the monthly statistics.
 */
@Controller
class PublishedMessagePages {

    static final int PAGE_SIZE = 20;
    static final int QUERY_MAX = 50;

    private final PublishedExchangeStore store;
    private final MessageAttachments attachments;
    private final MessageStatistics statistics;
    private final ReplyClock clock;
    private final OrganisationDirectory organisations;

    PublishedMessagePages(PublishedExchangeStore store, MessageAttachments attachments, MessageStatistics statistics, ReplyClock clock,
                          OrganisationDirectory organisations) {
        this.store = store;
        this.attachments = attachments;
        this.statistics = statistics;
        this.clock = clock;
        this.organisations = organisations;
    }

    @GetMapping("/messages/published")
    String list(@RequestParam String org, @RequestParam(required = false) String q,
                @RequestParam(required = false) Integer page, Model model) {
        Organisation o = organisation(org);
        String query = q == null || q.isBlank() ? null : q.strip();
        if (query != null && query.length() > QUERY_MAX) {
            query = query.substring(0, QUERY_MAX);
        }
        Page<PublishedExchangeStore.PublishedRow> rows = store.published(o.id(), query, Page.clamp(page), PAGE_SIZE);
        model.addAttribute("org", o);
        model.addAttribute("q", query);
        model.addAttribute("rows", rows);
        return "participation/published";
    }

    @GetMapping("/messages/published/{id}")
    String one(@PathVariable long id, Model model) {
        PublishedExchangeStore.PublishedRow row = store.publishedOne(id).orElseThrow(() -> new NotFoundException("message", id));
        Organisation o = organisations.get(row.organisationId());
        model.addAttribute("org", o);
        model.addAttribute("row", row);
        model.addAttribute("attachments", attachments.publicOf(row.id()));
        return "participation/exchange";
    }

    @GetMapping("/messages/statistics")
    String statistics(@RequestParam String org, @RequestParam(required = false) Integer year, Model model) {
        Organisation o = organisation(org);
        int thisYear = clock.today().getYear();
        int y = year == null || year < 2000 || year > thisYear ? thisYear : year;
        model.addAttribute("org", o);
        model.addAttribute("year", y);
        model.addAttribute("years", IntStream.iterate(thisYear, i -> i >= thisYear - 4, i -> i - 1).boxed().toList());
        model.addAttribute("months", statistics.year(o.id(), y, clock.today()));
        model.addAttribute("types", MessageType.values());
        return "participation/statistics";
    }

    private Organisation organisation(String slug) {
        return organisations.findBySlug(slug.strip()).orElseThrow(() -> new NotFoundException("organisation", slug));
    }
}
