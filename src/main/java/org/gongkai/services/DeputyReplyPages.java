package org.gongkai.services;

import org.gongkai.identity.Organisation;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.platform.web.NotFoundException;
import org.gongkai.platform.web.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The public side of the replies to deputies' suggestions and members' proposals: a site's replies for a year (its
 * organisation and those below it) with the statistics (received, replied on time, published in full, A/B/C,
 * satisfaction), and a reply's page with the chain: the reply, its promises, the ledger tasks carrying them out (when
 * public) and their results, overdue promises flagged. Read only through the {@code svc_public_*} views.
 */
@Controller
class DeputyReplyPages {

    static final int PAGE_SIZE = 50;

    private final DeputyReplyStore store;
    private final TaskLedgerStore tasks;
    private final OrganisationDirectory organisations;
    private final ManageDeputyReplies manage;
    private final PublicHistories histories;

    DeputyReplyPages(DeputyReplyStore store, TaskLedgerStore tasks, OrganisationDirectory organisations,
                     ManageDeputyReplies manage, PublicHistories histories) {
        this.histories = histories;
        this.store = store;
        this.tasks = tasks;
        this.organisations = organisations;
        this.manage = manage;
    }

    @GetMapping("/o/{slug}/replies")
    String list(@PathVariable String slug, @RequestParam(required = false) Integer year,
                @RequestParam(required = false) String kind, @RequestParam(required = false) Integer page,
                Model model) {
        Organisation site = organisations.findBySlug(slug).orElseThrow(() -> new NotFoundException("site", slug));
        List<Long> ids = organisations.subtreeIds(site.id());
        List<Integer> years = store.publicYears(ids);
        int y = year != null && years.contains(year) ? year : years.isEmpty() ? manage.today().getYear() : years.get(0);
        DeputyReply.Kind k = DeputyReplyValidation.parse(DeputyReply.Kind.class, kind);
        DeputyReplyStore.Filter f = new DeputyReplyStore.Filter(ids, y, k);
        Page<DeputyReply> rows = store.list(f, "r.kind, r.code", Page.clamp(page), PAGE_SIZE, true);
        model.addAttribute("org", site);
        model.addAttribute("year", y);
        model.addAttribute("years", years);
        model.addAttribute("kind", k == null ? null : k.name());
        model.addAttribute("kinds", DeputyReply.Kind.values());
        model.addAttribute("rows", rows);
        model.addAttribute("stats", store.stats(f, manage.today(), true));
        model.addAttribute("today", manage.today());
        return "services/replies";
    }

    @GetMapping("/replies/{id}")
    String reply(@PathVariable long id, Model model) {
        DeputyReply r = store.findPublic(id).orElseThrow(() -> new NotFoundException("reply", id));
        List<DeputyPromise> promises = store.promises(id, true);
        Map<Long, LedgerTask> linked = new HashMap<>();
        promises.stream().map(DeputyPromise::taskId).filter(java.util.Objects::nonNull).distinct()
                .forEach(t -> tasks.findPublic(t).ifPresent(task -> linked.put(t, task)));
        model.addAttribute("org", organisations.get(r.organisationId()));
        model.addAttribute("reply", r);
        model.addAttribute("promises", promises);
        model.addAttribute("tasks", linked);
        model.addAttribute("history", histories.reply(r));
        model.addAttribute("today", manage.today());
        return "services/reply";
    }
}
