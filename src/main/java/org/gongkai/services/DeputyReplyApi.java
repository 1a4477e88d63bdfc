package org.gongkai.services;

import org.gongkai.identity.Organisation;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.platform.web.InvalidInputException;
import org.gongkai.platform.web.NotFoundException;
import org.gongkai.platform.web.Page;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The public JSON of the replies to deputies' suggestions and members' proposals (under {@code /api/v1/public/}, open
 * without a token): a site's published replies of a year with the statistics, and one reply with its promises and its
 * public change history. Read only through the public views, as the pages are.
 */
@RestController
class DeputyReplyApi {

    record Reply(long id, String url, String organisation, int year, String kind, String code, String session,
                 String title, String author, String leadUnit, String assistingUnits, LocalDate receivedOn,
                 LocalDate dueOn, LocalDate repliedOn, String replyMode, String replyText, String withheldReason,
                 String classification, String satisfaction, boolean overdue, boolean repliedLate,
                 Instant publishedAt, Instant updatedAt) {
    }

    /** A promise; {@code taskUrl} and {@code taskStatus} only while the ledger task carrying it out is public. */
    record Promise(int position, String text, LocalDate dueOn, String taskUrl, String taskStatus, LocalDate keptOn,
                   String result, boolean overdue) {
    }

    record Listing(String site, int year, List<Integer> years, String kind, DeputyReplyStore.Stats stats, int page,
                   int size, long total, List<Reply> items) {
    }

    record Detail(Reply reply, List<Promise> promises, List<PublicHistory.Json> history) {
    }

    private final DeputyReplyStore store;
    private final TaskLedgerStore tasks;
    private final OrganisationDirectory organisations;
    private final ManageDeputyReplies manage;
    private final PublicHistories histories;

    DeputyReplyApi(DeputyReplyStore store, TaskLedgerStore tasks, OrganisationDirectory organisations,
                   ManageDeputyReplies manage, PublicHistories histories) {
        this.store = store;
        this.tasks = tasks;
        this.organisations = organisations;
        this.manage = manage;
        this.histories = histories;
    }

    @GetMapping("/api/v1/public/replies/{site}")
    Listing list(@PathVariable String site, @RequestParam(required = false) Integer year,
                 @RequestParam(required = false) String kind, @RequestParam(required = false) Integer page,
                 @RequestParam(required = false) Integer size) {
        Organisation o = organisations.findBySlug(site).orElseThrow(() -> new NotFoundException("site", site));
        int pageSize = ServicesApis.size(size);
        DeputyReply.Kind k = null;
        if (kind != null && !kind.isBlank()) {
            k = DeputyReplyValidation.parse(DeputyReply.Kind.class, kind);
            if (k == null) {
                throw InvalidInputException.of("kind", "svc.reply.error.kind");
            }
        }
        List<Long> ids = organisations.subtreeIds(o.id());
        List<Integer> years = store.publicYears(ids);
        LocalDate today = manage.today();
        int y = year != null ? year : years.isEmpty() ? today.getYear() : years.get(0);
        DeputyReplyStore.Filter f = new DeputyReplyStore.Filter(ids, y, k);
        Page<DeputyReply> rows = store.list(f, "r.kind, r.code", Page.clamp(page), pageSize, true);
        return new Listing(o.slug(), y, years, k == null ? null : k.name(), store.stats(f, today, true), rows.page(),
                pageSize, rows.total(), rows.items().stream().map(r -> reply(r, today)).toList());
    }

    @GetMapping("/api/v1/public/replies/items/{id}")
    Detail reply(@PathVariable long id) {
        DeputyReply r = store.findPublic(id).orElseThrow(() -> new NotFoundException("reply", id));
        LocalDate today = manage.today();
        List<Promise> promises = store.promises(id, true).stream().map(p -> {
            LedgerTask t = p.taskId() == null ? null : tasks.findPublic(p.taskId()).orElse(null);
            return new Promise(p.position(), p.text(), p.dueOn(), t == null ? null : "/tasks/" + t.id(),
                    t == null ? null : t.status().name(), p.keptOn(), p.result(),
                    p.overdueOn(today));
        }).toList();
        return new Detail(reply(r, today), promises, PublicHistory.json(histories.reply(r)));
    }

    private Reply reply(DeputyReply r, LocalDate today) {
        return new Reply(r.id(), "/replies/" + r.id(), organisations.get(r.organisationId()).name(), r.year(),
                r.kind().name(), r.code(), r.session(), r.title(), r.author(), r.leadUnit(), r.assistingUnits(),
                r.receivedOn(), r.dueOn(), r.repliedOn(), name(r.replyMode()), r.replyText(), r.withheldReason(),
                name(r.classification()), name(r.satisfaction()), r.overdueOn(today), r.repliedLate(),
                r.publishedAt(), r.updatedAt());
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }
}
